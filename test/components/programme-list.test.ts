import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AnctProgrammeList } from '../../src/entries/index.js';
import { LOZERE, cleanup, lozereJson, mount, settled, shadow, shadowAll, visibleText } from '../support/mount.js';

const programme = (el: Element, nom: string) =>
  shadowAll(el, '[part="item"]').find((item) => visibleText(item.querySelector('.programme-heading')) === nom)!;

describe('<anct-programme-list>', () => {
  afterEach(cleanup);

  it('links a programme’s source and a figure’s source to their page when the feed gives one', async () => {
    const feed = await lozereJson();
    const ruralite = feed.programmes.find((p: { id: string }) => p.id === 'ruralite');
    ruralite.source = { libelle: 'Liste des communes rurales', url: 'https://www.data.gouv.fr/' };
    ruralite.chiffres[0].source = { libelle: 'Observatoire des territoires', url: 'https://www.observatoire-des-territoires.gouv.fr/' };
    const m = mount<AnctProgrammeList>('anct-programme-list');
    m.el.feed = feed;
    await settled(m);
    const liens = [...programme(m.el, 'Ruralité').querySelectorAll('.mention a')].map((a) => [visibleText(a), a.getAttribute('href')]);
    expect(liens).to.deep.equal([
      ['Observatoire des territoires', 'https://www.observatoire-des-territoires.gouv.fr/'],
      ['Liste des communes rurales', 'https://www.data.gouv.fr/'],
    ]);
  });

  it('groups every programme by axe, in the feed’s order, under semantic headings', async () => {
    const m = mount('anct-programme-list', { src: LOZERE });
    await settled(m);
    expect(visibleText(shadow(m.el, 'h2'))).to.equal('Programmes d’action de l’ANCT : Lozère');
    expect(shadowAll(m.el, 'h3').map(visibleText)).to.deep.equal(['Territoires et ruralités', 'Numérique']);
    expect(shadowAll(m.el, 'h4').map(visibleText)).to.deep.equal([
      'France Services',
      'Action cœur de ville',
      'Petites villes de demain',
      "Territoires d'industrie",
      'Ruralité',
      'Montagne',
      'France Mobile',
      'France Très Haut Débit',
      'Fabriques numériques',
      'Hubs Territoriaux',
      'Conseillers numériques',
      'Pass numériques',
    ]);
    expect(shadowAll(m.el, 'ul.programmes')).to.have.length(2);
    expect(m.loads).to.have.length(1);
  });

  it('writes each figure in French, with its total where the feed gives one', async () => {
    const m = mount('anct-programme-list', { src: LOZERE });
    await settled(m);
    const figures = (nom: string) => [...programme(m.el, nom).querySelectorAll('.chiffres li')].map(visibleText);
    expect(figures('France Services')).to.deep.equal(['12 espaces France Services']);
    expect(figures('Action cœur de ville')[1]).to.equal(
      "5,4 millions d'euros : les engagements cumulés de l'État et des partenaires financiers pour ce programme dans le territoire",
    );
    expect(figures('Ruralité')[1]).to.equal(
      '138 communes classées en zone de revitalisation rurale (ZRR), sur 152 communes du département',
    );
    expect(figures('France Mobile')[0]).to.equal('57 zones prioritaires à couvrir identifiées en Lozère, sur 546 identifiées en Occitanie');
    expect(figures('Pass numériques')).to.deep.equal([
      '4 000 pass numériques déployés en Lozère',
      '40 000 € : montant total des pass numériques déployés en Lozère',
    ]);
    expect(visibleText(programme(m.el, 'France Mobile'))).to.contain('Dans le cadre du dispositif 4G fixe :');
    expect([...programme(m.el, 'Ruralité').querySelectorAll('.contrats li')].map(visibleText)).to.deep.equal([
      'Terre de vie en Lozère',
      'Gévaudan',
      'Causses Cévennes',
    ]);
  });

  it('folds long lists of places behind a disclosure that opens with the keyboard', async () => {
    const m = mount('anct-programme-list', { src: LOZERE });
    await settled(m);
    const item = programme(m.el, 'France Services');
    const details = item.querySelector('details')!;
    const summary = details.querySelector('summary')!;
    expect(details.open).to.equal(false);
    expect(visibleText(summary.querySelector('.voir'))).to.equal('Voir les 12 lieux');
    expect([...details.querySelectorAll('li')].map(visibleText)).to.include.members([
      'Langogne',
      "Saint-Chély-d'Apcher",
      'Florac Trois Rivières',
    ]);
    expect(details.querySelectorAll('li')).to.have.length(12);
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    expect(summary.querySelector('.voir')!.getBoundingClientRect().width).to.equal(0);
    expect(visibleText(summary.querySelector('.masquer'))).to.equal('Masquer les 12 lieux');
    // A short list is shown as it is.
    expect(visibleText(programme(m.el, 'Action cœur de ville').querySelector('.lieux'))).to.equal('Mende');
  });

  it('links to a programme’s page with a name that says which', async () => {
    const m = mount('anct-programme-list', { src: LOZERE });
    await settled(m);
    const links = shadowAll(m.el, 'a[part="link"]') as HTMLAnchorElement[];
    expect(links.map((a) => [visibleText(a), a.href])).to.deep.equal([
      ['Page du programme Pass numériques', 'https://www.societenumerique.gouv.fr/'],
    ]);
  });

  it('filters by programme ids and by axe', async () => {
    const byIds = mount('anct-programme-list', { src: LOZERE, programmes: 'petites-villes-de-demain  france-services' });
    const byAxe = mount('anct-programme-list', { src: LOZERE, axe: 'numerique' });
    await settled(byIds);
    await settled(byAxe);
    expect(shadowAll(byIds.el, '.programme-heading').map(visibleText)).to.deep.equal(['France Services', 'Petites villes de demain']);
    expect(shadowAll(byAxe.el, '.axe-heading').map(visibleText)).to.deep.equal(['Numérique']);
    expect(shadowAll(byAxe.el, '[part="item"]')).to.have.length(6);
  });

  it('says so when no programme matches', async () => {
    const m = mount('anct-programme-list', { src: LOZERE, programmes: 'programme-inconnu' });
    await settled(m);
    expect(visibleText(shadow(m.el, '[part="empty"]'))).to.equal('Aucune donnée de ce type pour ce territoire.');
  });

  describe('for one commune', () => {
    it('leads with what concerns Mende, then the département as context', async () => {
      const m = mount('anct-programme-list', { src: LOZERE, commune: '48095' });
      await settled(m);
      expect(visibleText(shadow(m.el, 'h2'))).to.equal('Les programmes de l’ANCT à Mende');
      expect(visibleText(shadow(m.el, '[part="lead"]'))).to.equal('Mende bénéficie de 2 programmes de l’ANCT.');
      const concernes = shadowAll(m.el, '.programme.concerne');
      expect(concernes.map((c) => visibleText(c.querySelector('.programme-heading')))).to.deep.equal([
        'Action cœur de ville',
        'Fabriques numériques',
      ]);
      expect(visibleText(concernes[1])).to.contain('À Mende : Lozère Développement');
      expect(visibleText(shadow(m.el, 'h3.subheading'))).to.equal('Dans le département : Lozère');
      expect(shadowAll(m.el, '.programme:not(.concerne)')).to.have.length(10);
      expect(m.errors).to.have.length(0);
    });

    it('shows a commune’s programmes from the open-data feed, with their places’ details', async () => {
      const m = mount('anct-programme-list', { src: '/dist/feeds/48.json', commune: '48095' });
      await settled(m);
      expect(visibleText(shadow(m.el, '[part="lead"]'))).to.equal('Mende bénéficie de 5 programmes de l’ANCT.');
      const fs = shadowAll(m.el, '.programme.concerne').find(
        (p) => visibleText(p.querySelector('.programme-heading')) === 'France Services',
      )!;
      expect(visibleText(fs)).to.contain('Tél.').and.contain('Lundi');
      // Hours as a resident says them, not as the source file writes them (« 08:30 - 12:00 »).
      expect(visibleText(fs)).to.contain('Lundi 8 h 30 à 12 h et 13 h 30 à 17 h ; Mardi');
      expect(visibleText(fs))
        .to.contain('Vendredi 8 h 30 à 12 h et 13 h 30 à 16 h 30')
        .and.not.match(/\d\d:\d\d/);
      expect(visibleText(fs)).to.contain('Source : ANCT, liste des structures France services, 1er août 2024');
      const altier = mount('anct-programme-list', { src: '/dist/feeds/48.json', commune: '48004' });
      await settled(altier);
      expect(visibleText(shadow(altier.el, '[part="lead"]'))).to.equal(
        'Altier ne figure parmi les bénéficiaires d’aucun programme de cette fiche.',
      );
    });

    it('shows an arrondissement’s own places, and a former code’s current commune with one sentence', async () => {
      const m = mount('anct-programme-list', { src: '/dist/feeds/75.json', commune: '75118' });
      await settled(m);
      const leads = shadowAll(m.el, '[part="lead"]').map(visibleText);
      expect(leads[0]).to.contain('Paris 18e Arrondissement est un arrondissement municipal de Paris :');
      const fs = shadowAll(m.el, '.programme.concerne').find(
        (p) => visibleText(p.querySelector('.programme-heading')) === 'France Services',
      )!;
      expect(visibleText(fs)).to.contain('Porte d');
      expect(visibleText(fs)).not.to.contain('Paris 20ème');
      const ancien = mount('anct-programme-list', { src: '/dist/feeds/93.json', commune: '93059' });
      await settled(ancien);
      expect(visibleText(shadow(ancien.el, 'h2'))).to.equal('Les programmes de l’ANCT à Saint-Denis');
      expect(visibleText(shadow(ancien.el, '[part="lead"]'))).to.contain('depuis le 1er janvier 2025');
      expect(ancien.errors).to.have.length(0);
    });

    it('says when a commune of the département has no programme', async () => {
      const m = mount('anct-programme-list', { src: LOZERE, commune: '48001' });
      await settled(m);
      expect(visibleText(shadow(m.el, '[part="lead"]'))).to.equal(
        'Albaret-le-Comtal ne figure parmi les bénéficiaires d’aucun programme de cette fiche.',
      );
      expect(shadowAll(m.el, '[part="item"]')).to.have.length(12);
    });

    for (const [code, message, technique] of [
      [
        '4809',
        'Cette commune n’est pas reconnue. Voici les programmes de tout le département (Lozère).',
        'commune="4809" is no INSEE code',
      ],
      ['48999', 'Cette commune n’est pas connue dans ce département (Lozère).', 'commune 48999 is unknown in département 48'],
      [
        '75056',
        'Cette commune n’est pas dans ce département (Lozère). Voici les programmes du département.',
        'commune 75056 is not in département 48',
      ],
    ]) {
      it(`explains the code ${code} and still shows the département`, async () => {
        const m = mount('anct-programme-list', { src: LOZERE, commune: code! });
        await settled(m);
        // A resident reads the sentence: no code in it; the console and the event give the code.
        expect(visibleText(shadow(m.el, '[part="lead"]')))
          .to.contain(message)
          .and.not.contain(code!);
        expect(m.errors[0]!.detail.technique).to.contain(technique);
        expect(shadowAll(m.el, '[part="item"]')).to.have.length(12);
        expect(m.errors.map((e) => e.detail.code)).to.deep.equal(['commune']);
      });
    }

    it('finds the commune in the whole feed, then applies the filters', async () => {
      const m = mount('anct-programme-list', { src: LOZERE, commune: '48095', axe: 'numerique' });
      await settled(m);
      expect(visibleText(shadow(m.el, '[part="lead"]'))).to.equal('Mende bénéficie de 1 programme de l’ANCT.');
      const feed = await lozereJson();
      delete feed.communes;
      const sansListe = mount<AnctProgrammeList>('anct-programme-list', { commune: '48095' });
      sansListe.el.feed = feed;
      await settled(sansListe);
      expect(visibleText(shadow(sansListe.el, '[part="lead"]'))).to.equal('La commune 48095 bénéficie de 2 programmes de l’ANCT.');
      expect(sansListe.errors).to.have.length(0);
    });

    it('contracts « à » before a name with an article', async () => {
      const feed = await lozereJson();
      feed.programmes[0].lieux.push({ nom: 'Maison France Services du Born', commune: '48029' });
      const m = mount<AnctProgrammeList>('anct-programme-list', { commune: '48029' });
      m.el.feed = feed;
      await settled(m);
      expect(visibleText(shadow(m.el, 'h2'))).to.equal('Les programmes de l’ANCT au Born');
      expect(visibleText(shadow(m.el, '.programme.concerne'))).to.contain('Au Born : Maison France Services du Born');
      const bondons = mount('anct-programme-list', { src: LOZERE, commune: '48028' });
      await settled(bondons);
      expect(visibleText(shadow(bondons.el, 'h2'))).to.equal('Les programmes de l’ANCT aux Bondons');
    });

    it('follows a change of commune', async () => {
      const m = mount<AnctProgrammeList>('anct-programme-list', { src: LOZERE, commune: '48095' });
      await settled(m);
      m.el.commune = '48080';
      await m.el.updateComplete;
      expect(visibleText(shadow(m.el, '[part="lead"]'))).to.equal('Langogne bénéficie de 2 programmes de l’ANCT.');
    });
  });

  it('places its headings at the level the page asks for', async () => {
    const four = mount('anct-programme-list', { src: LOZERE, 'heading-level': '4', axe: 'numerique' });
    const six = mount('anct-programme-list', { src: LOZERE, 'heading-level': '6', axe: 'numerique' });
    const wrong = mount('anct-programme-list', { src: LOZERE, 'heading-level': 'neuf', axe: 'numerique' });
    for (const m of [four, six, wrong]) await settled(m);
    const levels = (el: Element) => [...new Set(shadowAll(el, 'h1,h2,h3,h4,h5,h6').map((h) => h.localName))];
    expect(levels(four.el)).to.deep.equal(['h4', 'h5', 'h6']);
    expect(levels(six.el)).to.deep.equal(['h6']);
    expect(levels(wrong.el)).to.deep.equal(['h2', 'h3', 'h4']);
  });

  it('takes a heading level set from code, as a number or a string', async () => {
    const m = mount<AnctProgrammeList>('anct-programme-list', { src: LOZERE, axe: 'numerique' });
    (m.el as unknown as { headingLevel: unknown }).headingLevel = '3';
    await settled(m);
    expect(shadow(m.el, '.heading')!.localName).to.equal('h3');
    m.el.headingLevel = 0;
    await m.el.updateComplete;
    expect(shadow(m.el, '.heading')!.localName).to.equal('h2');
  });

  it('shows the valid programmes when one of them is broken, and says one is missing', async () => {
    const feed = await lozereJson();
    feed.programmes[1].nom = '';
    const m = mount<AnctProgrammeList>('anct-programme-list');
    m.el.feed = feed;
    await settled(m);
    expect(shadowAll(m.el, '[part="item"]')).to.have.length(11);
    expect(visibleText(shadow(m.el, '[part="notice"]'))).to.equal('Une partie des données n’a pas pu être lue et n’est pas affichée.');
    expect(m.errors.map((e) => e.detail.path)).to.deep.equal(['programmes[1].nom']);
    expect(m.loads).to.have.length(1);
  });

  it('shows a programme with a broken figure, without that figure', async () => {
    const feed = await lozereJson();
    feed.programmes[1].chiffres[1].valeur = '5,4 M€';
    const m = mount<AnctProgrammeList>('anct-programme-list');
    m.el.feed = feed;
    await settled(m);
    expect(shadowAll(m.el, '[part="item"]')).to.have.length(12);
    expect(shadowAll(m.el, '[part="item"]')[1]!.querySelectorAll('[part="figures"] li')).to.have.length(
      feed.programmes[1].chiffres.length - 1,
    );
    expect(visibleText(shadow(m.el, '[part="notice"]'))).to.equal('Une partie des données n’a pas pu être lue et n’est pas affichée.');
    expect(m.errors.map((e) => e.detail.path)).to.deep.equal(['programmes[1].chiffres[1].valeur']);
    expect(m.loads).to.have.length(1);
  });
});

describe('<anct-programme-list> with a national list of places', () => {
  afterEach(cleanup);

  /** The Lozère feed with one programme of 150 places: more than the list builds while folded. */
  async function longue() {
    const feed = await lozereJson();
    const lieux = Array.from({ length: 150 }, (_, i) => ({ nom: `Lieu ${i + 1}` }));
    feed.programmes = [{ ...feed.programmes[0], lieux }];
    const m = mount<AnctProgrammeList>('anct-programme-list');
    m.el.feed = feed;
    await settled(m);
    return m;
  }
  const places = (el: Element) => shadowAll(el, '[part="places"] li');

  it('builds a folded list of over 100 places only when it is opened', async () => {
    const m = await longue();
    const details = shadow(m.el, 'details') as HTMLDetailsElement;
    expect(visibleText(details.querySelector('summary .voir'))).to.equal('Voir les 150 lieux');
    expect(places(m.el)).to.have.length(0);
    details.open = true;
    await waitUntil(() => places(m.el).length === 150, 'the places built');
    expect(visibleText(places(m.el)[149])).to.equal('Lieu 150');
  });

  it('builds every list before printing, since paper cannot open one, and folds it back after', async () => {
    const m = await longue();
    window.dispatchEvent(new Event('beforeprint'));
    // Built at once, in the same task: the browser lays the page out for print right after.
    expect(places(m.el)).to.have.length(150);
    window.dispatchEvent(new Event('afterprint'));
    await m.el.updateComplete;
    expect(places(m.el)).to.have.length(0);
  });
});

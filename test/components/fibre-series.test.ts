/**
 * The fibre table for a département's generated feed: Arcep's quarterly deployment, its
 * eligibility per technology, and one commune's. The feeds are test/fixtures/fibre/, extracted
 * from Arcep's files by the script beside them; the figures expected here are the source's
 * own, as data/sources' provenance cross-checks them (Lozère T1 2021: 28 403 raccordables;
 * 2024: 73 058 locaux, 63 903 eligible to fibre; Mende 9 392 and 8 028).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AnctFibreTable } from '../../src/entries/index.js';
import { cleanup, mount, settled, shadow, shadowAll, visibleText } from '../support/mount.js';
import { ligne, sansLigne } from '../support/colonnes.js';

const feedOf = async (code: string) => (await fetch(`/test/fixtures/fibre/${code}.json`)).json();

/** The element with its feed set before it meets the page, as an application would give it. */
async function table(code: string | Record<string, any>, attrs: Record<string, string> = {}, parent: HTMLElement = document.body) {
  const feed = typeof code === 'string' ? await feedOf(code) : code;
  const hors = document.createElement('div');
  hors.className = 'fixture';
  const m = mount<AnctFibreTable>('anct-fibre-table', attrs, '', hors);
  m.el.feed = feed;
  parent.append(hors);
  await settled(m);
  return m;
}

const pct = (n: number, sur: number) => `${Math.round((100 * n) / sur)} %`;
const fr = (n: number) => n.toLocaleString('fr-FR').replace(/\s/g, ' ');

describe('<anct-fibre-table> for a generated feed', () => {
  afterEach(cleanup);

  it('says the latest deployment in a sentence, with the estimate rounded to the hundred', async () => {
    const feed = await feedOf('48');
    const m = await table('48');
    const serie = feed.fibre.deploiement.trimestres;
    expect(serie).to.have.length(19);
    const dernier = serie.at(-1).locauxRaccordables;
    const estimation = feed.fibre.deploiement.estimationLocaux.valeur;
    const arrondie = (Math.round(estimation / 100) * 100).toLocaleString('fr-FR').replace(/\s/g, ' ');
    const phrase = visibleText(shadow(m.el, '[part="deploiement"] p'));
    expect(phrase).to.equal(
      `Fin juin 2022, ${dernier.toLocaleString('fr-FR').replace(/\s/g, ' ')} locaux du département étaient raccordables à la fibre optique, ` +
        `sur environ ${arrondie} locaux en tout : ${pct(dernier, estimation)}.`,
    );
    expect(arrondie).to.equal('71 100');
    expect(visibleText(shadow(m.el, '[part="deploiement"] [part="source"]'))).to.equal(
      'Source : Arcep, observatoire du haut et très haut débit (déploiements), 13 octobre 2022 ; nombre de locaux estimé au 30 juin 2022.',
    );
    expect(m.errors).to.have.length(0);
  });

  it('says in plain words that raccordable and éligible are two measures', async () => {
    const m = await table('48');
    const text = visibleText(m.el.shadowRoot);
    expect(visibleText(shadow(m.el, '[part="difference"]'))).to.contain('Raccordable et éligible sont deux mesures différentes');
    expect(text).to.contain('En 2024, 87 % des 73 058 locaux du département étaient éligibles à la fibre optique.');
    for (const mot of ['feed', 'JSON', 'FTTH', 'undefined', 'NaN']) expect(text).not.to.contain(mot);
  });

  it('draws the 19 quarters as an image whose name states the trend, and the same numbers as a table', async () => {
    const m = await table('48');
    const chart = shadow(m.el, 'svg[part="chart"]')!;
    expect(chart.getAttribute('role')).to.equal('img');
    const serie = (await feedOf('48')).fibre.deploiement.trimestres;
    const dernier = serie.at(-1).locauxRaccordables;
    expect(chart.getAttribute('aria-label')!.replace(/\s/g, ' ')).to.equal(
      `Locaux raccordables à la fibre optique (Lozère), en hausse : de 2 367 fin décembre 2017 à ${fr(dernier)} fin juin 2022, ` +
        `${Math.round(dernier / 2367)} fois plus.`,
    );
    expect(chart.querySelectorAll('path.line')).to.have.length(1);
    const rows = shadowAll(m.el, '[part="deploiement"] tbody tr').map((tr) => [...tr.children].map((c) => visibleText(c)));
    expect(rows).to.have.length(19);
    expect(rows[0]).to.deep.equal(['Fin décembre 2017', '2 367']);
    expect(rows[13]).to.deep.equal(['Fin mars 2021', '28 403']);
    expect(visibleText(shadow(m.el, '[part="deploiement"] caption'))).to.equal(
      'Locaux raccordables à la fibre optique (FttH) à la fin de chaque trimestre : Lozère',
    );
    expect(shadowAll(m.el, '[part="deploiement"] th').map((th) => th.getAttribute('scope'))).to.deep.equal([
      'col',
      'col',
      ...Array(19).fill('row'),
    ]);
  });

  it('switches between chart and table with real buttons, from the keyboard', async () => {
    const m = await table('48');
    const [graphique, tableau] = shadowAll(m.el, '[part="switch"] button') as HTMLButtonElement[];
    expect([visibleText(graphique), visibleText(tableau)]).to.deep.equal(['Graphique', 'Tableau']);
    const visible = (sel: string) => getComputedStyle(shadow(m.el, sel)!).display !== 'none';
    expect([graphique!.getAttribute('aria-pressed'), tableau!.getAttribute('aria-pressed')]).to.deep.equal(['true', 'false']);
    expect([visible('figure'), visible('[part="deploiement"] .table-wrapper')]).to.deep.equal([true, false]);
    // From one button to the other with Tab, then Enter; WebKit's driver has no Shift+Tab, so
    // the way back is taken by focus() and the space bar.
    graphique!.focus();
    await sendKeys({ press: 'Tab' });
    expect(m.el.shadowRoot!.activeElement).to.equal(tableau);
    await sendKeys({ press: 'Enter' });
    await m.el.updateComplete;
    expect([graphique!.getAttribute('aria-pressed'), tableau!.getAttribute('aria-pressed')]).to.deep.equal(['false', 'true']);
    expect([visible('figure'), visible('[part="deploiement"] .table-wrapper')]).to.deep.equal([false, true]);
    expect(m.el.shadowRoot!.activeElement).to.equal(tableau);
    graphique!.focus();
    // The space character: the engines' drivers do not all know the key by the name « Space ».
    await sendKeys({ press: ' ' });
    await m.el.updateComplete;
    expect(graphique!.getAttribute('aria-pressed')).to.equal('true');
    expect([visible('figure'), visible('[part="deploiement"] .table-wrapper')]).to.deep.equal([true, false]);
  });

  it('offers the series as CSV, its source and where it was read below', async () => {
    const feed = await feedOf('48');
    feed.fibre.deploiement.source.provenance = 'un-depot/un-dossier, fichier.csv @ abc1234 ; copie de la feuille « Départements »';
    const m = await table(feed);
    const link = shadow(m.el, '[part="deploiement"] a[part="download"]') as HTMLAnchorElement;
    expect(link.download).to.equal('fibre-deploiement-48.csv');
    const lines = (await (await fetch(link.href)).text()).split('\r\n');
    expect(lines[0]).to.equal('Trimestre;Locaux raccordables en FttH (fin du trimestre)');
    expect(lines[1]).to.equal('2017-T4;2367');
    expect(lines[14]).to.equal('2021-T1;28403');
    // Under the quarters, after an empty row, the source and where it was read; every row as wide as the table.
    expect(lines.slice(20)).to.deep.equal([
      ';',
      'Source;Arcep, observatoire du haut et très haut débit (déploiements), 13 octobre 2022',
      'Provenance;"un-depot/un-dossier, fichier.csv @ abc1234 ; copie de la feuille « Départements »"',
      '',
    ]);
  });

  it('says where its sources were read in one closed « D’où viennent ces chiffres ? » at its end', async () => {
    const m = mount('anct-fibre-table', { src: '/dist/feeds/48.json', commune: '48095' });
    await settled(m);
    const boites = shadowAll(m.el, 'details.provenance') as HTMLDetailsElement[];
    expect(boites).to.have.length(1);
    expect(boites[0]!.open).to.equal(false);
    expect([...boites[0]!.querySelectorAll('li')].map((li) => visibleText(li).split(' : ')[0])).to.deep.equal([
      'Arcep, observatoire du déploiement de la fibre, 2e trimestre 2022, 13 octobre 2022',
      'Arcep, Ma connexion internet, statistiques par commune, 2024',
    ]);
    expect(visibleText(boites[0])).to.contain('ThibautNguyen/carte-fibre-france, data/fibre_data.csv @ b553ecd');
  });

  it('gives the département’s eligibility per technology in French format', async () => {
    const m = await table('48');
    const rows = shadowAll(m.el, '[part="eligibilite"] tr').map((tr) => [...tr.children].map((c) => visibleText(c)));
    expect(rows[0]).to.deep.equal(['Technologie', 'Lozère (73 058 locaux)']);
    expect(rows[1]).to.deep.equal(['Fibre optique (FttH)', `${pct(63903, 73058)} (63 903)`]);
    expect(rows.map((r) => r[0])).to.deep.equal([
      'Technologie',
      'Fibre optique (FttH)',
      'Câble',
      'Cuivre (ADSL, VDSL)',
      'Très haut débit radio',
      '4G fixe',
      'Haut débit radio',
      'Satellite',
    ]);
    expect(visibleText(shadow(m.el, '[part="eligibilite"] [part="source"]'))).to.equal(
      'Source : Arcep, Ma connexion internet, statistiques par commune, 2024.',
    );
  });

  it('leaves the year out when the source gives none', async () => {
    const feed = await feedOf('48');
    delete feed.fibre.eligibilite.source.date;
    const m = await table(feed, { commune: '48095' });
    expect(visibleText(shadow(m.el, '[part="eligibilite"] p'))).to.equal(
      '87 % des 73 058 locaux du département étaient éligibles à la fibre optique.',
    );
    expect(visibleText(shadow(m.el, '[part="commune"] [part="lead"]'))).to.equal(
      `Mende : ${pct(8028, 9392)} des locaux éligibles à la fibre optique ; Lozère : 87 %.`,
    );
  });

  it('names what is missing for an overseas département, never a blank or a zero', async () => {
    const m = await table('974');
    expect(visibleText(shadow(m.el, '[part="missing"]'))).to.equal(
      'L’évolution du déploiement de la fibre trimestre par trimestre n’est pas disponible pour La Réunion : ' +
        'l’observatoire des déploiements de l’Arcep ne la publie, département par département, que pour la métropole.',
    );
    expect(shadow(m.el, 'svg[part="chart"]')).to.equal(null);
    expect(shadow(m.el, '[part="difference"]')).to.equal(null);
    expect(visibleText(shadow(m.el, '[part="eligibilite"] p'))).to.match(/^En 2024, \d+ % des [\d ]+ locaux du département/);
  });

  it('keeps within 360 pixels, and passes axe, in the DSFR look light and dark and in the neutral look', async () => {
    for (const { look, theme } of [
      { look: 'dsfr', theme: 'light' },
      { look: 'dsfr', theme: 'dark' },
      { look: 'neutre', theme: 'auto' },
    ]) {
      const box = document.createElement('div');
      box.className = 'fixture';
      box.style.width = '360px';
      document.body.append(box);
      const m = await table('48', { look, theme, commune: '48095' }, box);
      const base = shadow(m.el, '[part="base"]') as HTMLElement;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      expect(shadow(m.el, 'svg[part="chart"]')!.getBoundingClientRect().right).to.be.at.most(base.getBoundingClientRect().right + 1);
      await expect(m.el).to.be.accessible();
      (shadowAll(m.el, '[part="switch"] button')[1] as HTMLButtonElement).click();
      await m.el.updateComplete;
      await expect(m.el).to.be.accessible();
      cleanup();
    }
  });
});

describe('<anct-fibre-table commune>', () => {
  afterEach(cleanup);

  it('gives the commune’s eligibility beside the département’s', async () => {
    const m = await table('48', { commune: '48095' });
    expect(visibleText(shadow(m.el, '[part="commune"] [part="subheading"]'))).to.equal('L’accès à internet : Mende');
    expect(visibleText(shadow(m.el, '[part="commune"] [part="lead"]'))).to.equal(
      `Mende : ${pct(8028, 9392)} des locaux éligibles à la fibre optique en 2024 ; Lozère : ${pct(63903, 73058)}.`,
    );
    const rows = shadowAll(m.el, '[part="commune"] tr').map((tr) => [...tr.children].map((c) => visibleText(c)));
    expect(rows[0]).to.deep.equal(['Technologie', 'Mende (9 392 locaux)', 'Lozère (73 058 locaux)']);
    expect(rows[1]).to.deep.equal(['Fibre optique (FttH)', `${pct(8028, 9392)} (8 028)`, `${pct(63903, 73058)} (63 903)`]);
    expect(rows[2]).to.deep.equal(['Câble', '0 % (0)', '0 % (0)']);
    expect(m.errors).to.have.length(0);
  });

  it('shows a Marseille arrondissement’s city, and says so', async () => {
    const feed = await feedOf('13');
    const marseille = ligne(feed.fibre.eligibilite.communes, '13055')!;
    const m = await table('13', { commune: '13201' });
    const leads = shadowAll(m.el, '[part="commune"] [part="lead"]').map((p) => visibleText(p));
    expect(leads[0]).to.equal(
      'Marseille 1er Arrondissement est un arrondissement de Marseille : la source compte la ville entière, sans la détailler par arrondissement. ' +
        'Voici donc les chiffres de toute la ville de Marseille.',
    );
    expect(leads[1]).to.match(
      new RegExp(
        `^Marseille : ${pct(marseille.fibre, marseille.locaux)} des locaux éligibles à la fibre optique en 2024 ; Bouches-du-Rhône : \\d+ %\\.$`,
      ),
    );
    const head = shadowAll(m.el, '[part="commune"] thead th').map((th) => visibleText(th));
    expect(head[1]).to.equal(`Marseille (${marseille.locaux.toLocaleString('fr-FR').replace(/\s/g, ' ')} locaux)`);
  });

  it('names what is missing, and its source, for a commune the source does not have', async () => {
    const feed = await feedOf('48');
    sansLigne(feed.fibre.eligibilite.communes, '48095');
    const m = await table(feed, { commune: '48095' });
    expect(visibleText(shadow(m.el, '[part="commune"] [part="missing"]'))).to.equal(
      'Les chiffres d’accès à internet de Mende ne figurent pas dans la source, Arcep, Ma connexion internet, statistiques par commune, 2024.',
    );
    expect(shadow(m.el, '[part="commune"] table')).to.equal(null);
  });

  it('says why it cannot show a code, and shows the département', async () => {
    for (const [code, attendu, technique] of [
      ['4809', 'Cette commune n’est pas reconnue.', 'commune="4809" is no INSEE code'],
      ['13055', 'Cette commune n’est pas dans ce département (Lozère).', 'commune 13055 is not in département 48'],
      ['48999', 'Cette commune n’est pas connue dans ce département (Lozère).', 'commune 48999 is unknown in département 48'],
    ]) {
      const m = await table('48', { commune: code! });
      // A resident reads the sentence: no code in it; the console and the event give the code.
      expect(visibleText(shadow(m.el, '.commune-error')))
        .to.contain(attendu)
        .and.not.contain(code!);
      expect(m.errors[0]!.detail.technique).to.contain(technique);
      expect(shadow(m.el, '[part="commune"]')).to.equal(null);
      expect(shadow(m.el, 'svg[part="chart"]')).not.to.equal(null);
      expect(m.errors.map((e) => e.detail.code)).to.deep.equal(['commune']);
      cleanup();
    }
  });
});

describe('<anct-fiche> with a generated feed', () => {
  afterEach(cleanup);

  it('includes the fibre section, and gives it the commune', async () => {
    const hors = document.createElement('div');
    hors.className = 'fixture';
    const m = mount<HTMLElement & { feed: unknown }>('anct-fiche', { commune: '13201' }, '', hors);
    m.el.feed = await feedOf('13');
    document.body.append(hors);
    await settled(m);
    const fibre = shadow(m.el, 'anct-fibre-table')!;
    await (fibre as AnctFibreTable).updateComplete;
    expect(visibleText(shadow(fibre, '[part="commune"] [part="subheading"]'))).to.equal(
      'L’accès à internet : Marseille 1er Arrondissement',
    );
    expect(shadow(fibre, 'svg[part="chart"]')!.getAttribute('role')).to.equal('img');
    expect(visibleText(shadow(m.el, '[part="toc"]'))).to.contain('Programmes d’action de l’ANCT');
  });
});

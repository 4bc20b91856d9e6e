import { expect } from '@open-wc/testing';
import { cleanup, mount, settled, shadow, shadowAll, visibleText } from '../support/mount.js';

const feed = (departement: string) => `/dist/feeds/${departement}.json`;

async function liste(departement: string, commune?: string) {
  const m = mount('anct-programme-list', { src: feed(departement), ...(commune && { commune }) });
  await settled(m);
  return m.el;
}

/** Words of a sentence, as a reader counts them (« l’ANCT » is one). */
const mots = (phrase: string) => phrase.split(/\s+/).filter((m) => /\p{L}|\d/u.test(m)).length;

/**
 * The summary's links against the cards: the same names in the same order, each reaching its
 * card's heading inside the shadow root, which takes the focus.
 */
function verifierLiens(el: Element, cartes: Element[]) {
  const liens = shadowAll(el, '[part="summary"] a') as HTMLAnchorElement[];
  const titres = cartes.map((c) => c.querySelector('.programme-heading')!);
  expect(liens.map(visibleText)).to.deep.equal(titres.map(visibleText));
  for (const [i, lien] of liens.entries()) {
    const id = lien.getAttribute('href')!.slice(1);
    expect(titres[i]!.id).to.equal(id);
    const avant = location.href;
    lien.click();
    expect(el.shadowRoot!.activeElement).to.equal(titres[i]);
    expect(location.href).to.equal(avant);
  }
  const ids = shadowAll(el, '[id]').map((e) => e.id);
  expect(new Set(ids).size).to.equal(ids.length);
}

describe('<anct-programme-list> summary', () => {
  afterEach(cleanup);

  for (const [departement, commune, nom, n, franceServices] of [
    ['48', '48095', 'Mende', 5, 'France Services à Mende : 2 sites.'],
    ['16', '16292', 'Ruffec', 3, 'France Services à Ruffec : France services Val de Charente.'],
    [
      '02',
      '02054',
      'Bazoches-et-Saint-Thibaut',
      1,
      'Aucune France Services à Bazoches-et-Saint-Thibaut. Dans votre intercommunalité : France services Vailly-sur-Aisne, à Vailly-sur-Aisne.',
    ],
    [
      '12',
      '12002',
      'Aguessac',
      2,
      'Aucune France Services à Aguessac. Dans votre intercommunalité, dans le département : 3 sites, à Millau, à Rivière-sur-Tarn et à Saint-Georges-de-Luzençon.',
    ],
    ['26', '26171', 'Manas', 1, 'Aucune France Services à Manas ni dans son intercommunalité : voir celles du département.'],
    [
      '01',
      '01010',
      'Anglefort',
      2,
      'Aucune France Services à Anglefort ni dans la partie de son intercommunalité qui est dans le département : voir celles du département.',
    ],
  ] as const) {
    it(`names ${nom}’s programmes as its cards do, links each to its card, and says where its France Services are`, async () => {
      const el = await liste(departement, commune);
      const lead = visibleText(shadow(el, 'p[part="lead"]'));
      expect(lead).to.equal(`${nom} bénéficie de ${n} programme${n > 1 ? 's' : ''} de l’ANCT.`);
      verifierLiens(el, shadowAll(el, '.programme.concerne'));
      const fs = visibleText(shadow(el, '[part="france-services"]'));
      expect(fs).to.equal(franceServices);
      for (const phrase of fs.split(/(?<=\.) /)) expect(mots(phrase), phrase).to.be.at.most(25);
    });
  }

  it('links a commune’s several France Services to their card', async () => {
    const el = await liste('48', '48095');
    (shadow(el, '[part="france-services"] a') as HTMLAnchorElement).click();
    const carte = el.shadowRoot!.activeElement!.closest('.programme')!;
    expect(visibleText(carte.querySelector('.programme-heading'))).to.equal('France Services');
    expect(visibleText(carte)).to.contain('France services MSA itinérante de Lozère').and.contain('France services de Mende');
  });

  it('links « celles du département » to the France Services card', async () => {
    const el = await liste('26', '26171');
    const lien = shadow(el, '[part="france-services"] a') as HTMLAnchorElement;
    lien.click();
    expect(visibleText(el.shadowRoot!.activeElement)).to.equal('France Services');
  });

  it('opens a département’s view with how many of its communes the programmes reach, and which programmes', async () => {
    const el = await liste('48');
    const lead = visibleText(shadow(el, 'p[part="lead"]'));
    const cartes = shadowAll(el, '.programme');
    expect(lead).to.match(/^Dans le département, (\d+) communes sur 152 bénéficient d’au moins un des (\d+) programmes de l’ANCT :$/);
    expect(Number(/des (\d+) programmes/.exec(lead)![1])).to.equal(cartes.length);
    expect(mots(lead)).to.be.at.most(25);
    verifierLiens(el, cartes);
  });

  it('cites each programme’s source short, with no address the feed does not know', async () => {
    const el = await liste('48', '48095');
    const pvd = shadowAll(el, '.programme').find((c) => visibleText(c.querySelector('.programme-heading')) === 'Petites villes de demain')!;
    const source = [...pvd.querySelectorAll('.mention')].find((m) => visibleText(m).startsWith('Source'))!;
    expect(visibleText(source)).to.equal('Source : ANCT, liste des Petites villes de demain, 7 août 2024.');
    expect(source.querySelector('a')).to.equal(null);
  });

  it('keeps where each source was read in one closed « D’où viennent ces chiffres ? », never in the running text', async () => {
    const el = await liste('48', '48095');
    const boites = shadowAll(el, 'details.provenance') as HTMLDetailsElement[];
    expect(boites).to.have.length(1);
    const boite = boites[0]!;
    expect(boite.open).to.equal(false);
    expect(boite.querySelector('summary')!.getBoundingClientRect().height).to.be.above(0);
    const ul = boite.querySelector('ul') as HTMLElement & { checkVisibility?: () => boolean };
    if (ul.checkVisibility) expect(ul.checkVisibility()).to.equal(false);
    expect(visibleText(boite.querySelector('summary'))).to.equal('D’où viennent ces chiffres ?');
    const lignes = [...boite.querySelectorAll('li')].map(visibleText);
    expect(lignes).to.include(
      'ANCT, liste des Petites villes de demain, 7 août 2024 : anct-carto/superposeur-anct, data/geom/geojsonV2/pvd_geom.geojson @ 5c5ffe3 ; date de la liste lue par le script de l’éditeur à 5c5ffe3.',
    );
    expect(
      lignes.some((l) => l.startsWith('Arcep, Ma connexion internet, statistiques par commune, 2024 : ThibautNguyen/carte-fibre-france')),
    ).to.equal(true);
    expect(lignes.some((l) => l.startsWith('ANCT, périmètres des CRTE, 2023 : MTES-MCT/zero-logement-vacant'))).to.equal(true);
    expect(new Set(lignes).size).to.equal(lignes.length);
    boite.remove();
    expect(visibleText(el.shadowRoot)).not.to.match(/@|anct-carto|\.geojson|\.csv/);
  });
});

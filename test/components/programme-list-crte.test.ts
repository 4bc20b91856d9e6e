/**
 * The programme list's sentences on a commune's CRTE and access to fibre, and the département's
 * count of CRTE: the shipped feed of the département, with the fibre and CRTE sections of
 * test/fixtures/fibre/ (extracted from the ANCT's and Arcep's files).
 */
import { expect } from '@open-wc/testing';
import type { AnctProgrammeList } from '../../src/entries/index.js';
import { cleanup, mount, settled, shadow, shadowAll, visibleText } from '../support/mount.js';
import { ligne, sansLigne } from '../support/colonnes.js';

const json = async (url: string) => (await fetch(url)).json();

/** The shipped feed of `code` with the fixture's fibre and CRTE. */
async function feedOf(code: string) {
  const [livre, fixture] = await Promise.all([json(`/dist/feeds/${code}.json`), json(`/test/fixtures/fibre/${code}.json`)]);
  return { ...livre, fibre: fixture.fibre, crte: fixture.crte };
}

async function liste(feed: Record<string, any>, commune?: string) {
  const hors = document.createElement('div');
  hors.className = 'fixture';
  const m = mount<AnctProgrammeList>('anct-programme-list', commune ? { commune } : {}, '', hors);
  m.el.feed = feed;
  document.body.append(hors);
  await settled(m);
  return m;
}

const enBref = (el: Element) => shadowAll(el, '[part="en-bref"]').map((p) => visibleText(p));
const pct = (n: number, sur: number) => `${Math.round((100 * n) / sur)} %`;
const crteDe = (feed: Record<string, any>, code: string) => feed.crte.contrats.filter((c: any) => c.communes.includes(code));

describe('<anct-programme-list>: CRTE and fibre', () => {
  afterEach(cleanup);

  it('says which CRTE a commune belongs to, how many communes it joins, and its access to fibre', async () => {
    const feed = await feedOf('48');
    const [contrat] = crteDe(feed, '48095');
    const m = await liste(feed, '48095');
    expect(enBref(m.el)).to.deep.equal([
      `Mende fait partie d’un contrat de relance et de transition écologique (CRTE) qui réunit ${contrat.nombreCommunes} communes.`,
      `Mende : ${pct(8028, 9392)} des locaux éligibles à la fibre optique en 2024 ; Lozère : ${pct(63903, 73058)} ` +
        '(source : Arcep, Ma connexion internet, statistiques par commune, 2024).',
    ]);
    expect(m.errors).to.have.length(0);
  });

  it('names a CRTE only when the feed does', async () => {
    const feed = await feedOf('48');
    const [contrat] = crteDe(feed, '48095');
    contrat.nom = 'Pays du Gévaudan';
    const m = await liste(feed, '48095');
    expect(enBref(m.el)[0]).to.equal(
      `Mende fait partie du contrat de relance et de transition écologique (CRTE) « Pays du Gévaudan », qui réunit ${contrat.nombreCommunes} communes.`,
    );
  });

  it('says when the CRTE is carried by another département', async () => {
    const feed = await feedOf('48');
    const [contrat] = crteDe(feed, '48131');
    const m = await liste(feed, '48131');
    expect(enBref(m.el)[0]).to.equal(
      `Le Rozier fait partie d’un contrat de relance et de transition écologique (CRTE) qui réunit ${contrat.nombreCommunes} communes. ` +
        'Ce contrat est porté par un autre département (12).',
    );
  });

  it('says so when a commune belongs to two CRTE', async () => {
    const fixture = await json('/test/fixtures/fibre/01.json');
    const feed = { ...(await json('/dist/feeds/01.json')), crte: fixture.crte };
    const contrats = crteDe(feed, '01033');
    expect(contrats).to.have.length(2);
    const m = await liste(feed, '01033');
    expect(enBref(m.el)).to.deep.equal([
      'Valserhône fait partie de 2 contrats de relance et de transition écologique (CRTE) : ' +
        `l’un de ${contrats[0].nombreCommunes} communes, un autre de ${contrats[1].nombreCommunes} communes.`,
      // The shipped Ain feed's eligibility, read from its table of communes.
      `Valserhône : ${pct(ligne(feed.fibre.eligibilite.communes, '01033')!.fibre!, ligne(feed.fibre.eligibilite.communes, '01033')!.locaux!)} ` +
        'des locaux éligibles à la fibre optique en 2024 ; ' +
        `Ain : ${pct(feed.fibre.eligibilite.departement.fibre, feed.fibre.eligibilite.departement.locaux)} ` +
        '(source : Arcep, Ma connexion internet, statistiques par commune, 2024).',
    ]);
  });

  it('gives an arrondissement its city’s figures, said as such', async () => {
    const feed = await feedOf('13');
    const marseille = ligne(feed.fibre.eligibilite.communes, '13055')!;
    const [contrat] = crteDe(feed, '13055');
    const m = await liste(feed, '13201');
    expect(enBref(m.el)).to.deep.equal([
      `Marseille fait partie d’un contrat de relance et de transition écologique (CRTE) qui réunit ${contrat.nombreCommunes} communes.`,
      `Marseille (toute la ville) : ${pct(marseille.fibre, marseille.locaux)} des locaux éligibles à la fibre optique en 2024 ; ` +
        `Bouches-du-Rhône : ${pct(feed.fibre.eligibilite.departement.fibre, feed.fibre.eligibilite.departement.locaux)} ` +
        '(source : Arcep, Ma connexion internet, statistiques par commune, 2024).',
    ]);
  });

  it('names what is missing, and from which source, for a commune the source lacks', async () => {
    const feed = await feedOf('48');
    sansLigne(feed.fibre.eligibilite.communes, '48095');
    const m = await liste(feed, '48095');
    expect(enBref(m.el)[1]).to.equal(
      'Les chiffres d’accès à internet de Mende ne figurent pas dans la source, Arcep, Ma connexion internet, statistiques par commune, 2024.',
    );
  });

  it('says how many CRTE the département has', async () => {
    const m = await liste(await feedOf('48'));
    expect(visibleText(shadow(m.el, '[part="crte"]'))).to.equal(
      'Le département compte 3 contrats de relance et de transition écologique (CRTE) ; ' +
        'un autre, porté par un autre département, réunit aussi certaines de ses communes.',
    );
  });

  it('reports a broken CRTE section, and still shows the programmes', async () => {
    const feed = await feedOf('48');
    feed.crte.contrats[0].nombreCommunes = 'beaucoup';
    const m = await liste(feed, '48095');
    expect(m.errors.map((e) => e.detail.path)).to.deep.equal(['crte.contrats[0].nombreCommunes']);
    expect(visibleText(shadow(m.el, '[part="lead"]'))).to.match(/^Mende bénéficie de \d+ programmes de l’ANCT\.$/);
  });

  it('passes axe with the sentences', async () => {
    const m = await liste(await feedOf('48'), '48095');
    await expect(m.el).to.be.accessible();
  });
});

describe('<anct-accompagnements> with the CRTE of a generated feed', () => {
  afterEach(cleanup);

  it('counts the département’s own CRTE, and lists no name the source does not give', async () => {
    const hors = document.createElement('div');
    hors.className = 'fixture';
    const m = mount<HTMLElement & { feed: unknown }>('anct-accompagnements', {}, '', hors);
    m.el.feed = await json('/test/fixtures/fibre/48.json');
    document.body.append(hors);
    await settled(m);
    expect(visibleText(m.el.shadowRoot).includes('Le département compte 3 CRTE.')).to.equal(true);
    expect(shadow(m.el, '[part="crte"]')).to.equal(null);
  });
});

/**
 * Numbers and dates that cannot be, and errors at the right depth: an impossible date or count is
 * a problem at its path; one broken entry costs that entry (a place's phone, one commune's name,
 * one zone), not its list or its section; thousands of problems give a bounded report.
 */
import { expect } from '@open-wc/testing';
import { COMPTE_MAX } from '../../src/data/feed/schema-base.js';
import { validateFeed } from '../../src/data/feed/validate.js';
import { DETAILED_PROBLEMS } from '../../src/components/feed-problems.js';
import { cleanup, lozereJson, mount, settled, shadow, shadowAll, visibleText } from '../support/mount.js';

type Json = Record<string, any>;
type Lit = HTMLElement & { feed: unknown };

const problems = (feed: Json) => validateFeed(feed).problems.map((p) => `${p.path} : ${p.message}`);

describe('numbers and dates that cannot be', () => {
  const dates: [string, boolean][] = [
    ['2021-02-31', false],
    ['2023-02-29', false],
    ['2021-04-31', false],
    ['2024-02-29', true],
    ['2021-12-31', true],
    ['2021-06', true],
    ['2021', true],
  ];
  for (const [date, existe] of dates) {
    it(`${date} is ${existe ? 'a date' : 'a problem at its path'}`, async () => {
      const feed = await lozereJson();
      feed.fibre.source.date = date;
      expect(problems(feed)).to.deep.equal(
        existe ? [] : [`fibre.source.date : date qui existe attendue (le 31 février n’existe pas), « ${date} » reçu`],
      );
    });
  }

  const comptes: [string, unknown, string][] = [
    ['a fraction of a local', 10500.5, 'nombre entier attendu, 10500.5 reçu'],
    ['more than the bound', COMPTE_MAX + 1, 'nombre au plus égal à 1 000 000 000 attendu, 1000000001 reçu'],
    ['a number JSON writes as 1e308', 1e308, 'nombre au plus égal à 1 000 000 000 attendu'],
    ['a negative count', -1, 'valeur positive ou nulle attendue, -1 reçu'],
  ];
  for (const [what, value, message] of comptes) {
    it(`a count: ${what} is a problem at its path`, async () => {
      const feed = await lozereJson();
      feed.fibre.zones[0].locauxADeployer = value;
      feed.territoire.nombreCommunes = value;
      const found = problems(feed);
      expect(found.filter((p) => p.startsWith(`territoire.nombreCommunes : ${message}`))).to.have.length(1);
      expect(found.filter((p) => p.startsWith(`fibre.zones[0].locauxADeployer : ${message}`))).to.have.length(1);
    });
  }

  it('a zone with more locaux raccordables than to deploy is an error of that zone, and the others are shown', async () => {
    const feed = await lozereJson();
    feed.fibre.zones[1].locauxRaccordables = 60000;
    expect(problems(feed)).to.deep.equal(['fibre.zones[1] : plus de locaux raccordables que de locaux à déployer dans la zone « RIP »']);
    const m = mount<Lit>('anct-fibre-table');
    m.el.feed = feed;
    await settled(m);
    expect(shadowAll(m.el, 'tbody tr').map((tr) => visibleText(tr))).to.deep.equal(['Zone AMII 10 500 (100 %) 6 700 (64 %)']);
    expect(visibleText(shadow(m.el, '[part="notice"]'))).to.equal('Une partie des données n’a pas pu être lue et n’est pas affichée.');
    expect(m.errors.map((e) => e.detail.path)).to.deep.equal(['fibre.zones[1]']);
    cleanup();
  });
});

describe('errors at the right depth', () => {
  afterEach(cleanup);

  it('a place with an empty phone loses its phone, not its programme nor its place', async () => {
    const feed = await lozereJson();
    feed.programmes[0].lieux[0].telephone = '';
    feed.programmes[0].lieux[1].telephone = '04 66 69 00 00';
    const { feed: valide, problems: found } = validateFeed(feed);
    expect(found.map((p) => p.path)).to.deep.equal(['programmes[0].lieux[0].telephone']);
    expect(valide!.programmes).to.have.length(12);
    expect(valide!.programmes![0]!.lieux).to.have.length(12);
    expect(valide!.programmes![0]!.lieux[0]).to.deep.equal({ nom: 'Langogne', commune: '48080' });
    expect(valide!.programmes![0]!.lieux[1]!.telephone).to.equal('04 66 69 00 00');
    // The feed given is left as it was.
    expect(feed.programmes[0].lieux[0].telephone).to.equal('');
  });

  it('a place without a name loses the place, not the programme', async () => {
    const feed = await lozereJson();
    delete feed.programmes[2].lieux[3].nom;
    const { feed: valide, problems: found } = validateFeed(feed);
    expect(found.map((p) => p.path)).to.deep.equal(['programmes[2].lieux[3].nom']);
    expect(valide!.programmes![2]!.lieux.map((l) => l.nom)).to.not.include(feed.programmes[2].lieux[3].nom);
    expect(valide!.programmes![2]!.lieux).to.have.length(13);
  });

  it('one malformed commune key loses that commune’s name, not the 151 others', async () => {
    const feed = await lozereJson();
    feed.communes['4809'] = 'Nulle part';
    const { feed: valide, problems: found } = validateFeed(feed);
    expect(found.map((p) => p.path)).to.deep.equal(['communes.4809']);
    expect(Object.keys(valide!.communes!)).to.have.length(152);
    const m = mount<Lit>('anct-programme-list', { commune: '48095' });
    m.el.feed = feed;
    await settled(m);
    expect(visibleText(shadow(m.el, '[part="heading"]'))).to.equal('Les programmes de l’ANCT à Mende');
  });

  it('a figure that is not a number loses that figure, not its programme', async () => {
    const feed = await lozereJson();
    feed.programmes[0].chiffres.push({ valeur: 'douze', libelle: 'bus' });
    const { feed: valide } = validateFeed(feed);
    expect(valide!.programmes![0]!.chiffres).to.deep.equal([{ valeur: 12, libelle: 'espaces France Services' }]);
  });

  it('thousands of problems give a bounded number of events and console lines, and a count of the rest', async () => {
    const feed = await lozereJson();
    const n = 5000;
    feed.programmes[3].lieux = Array.from({ length: n }, (_, i) => ({ nom: `Lieu ${i}`, telephone: '' }));
    const lines: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => lines.push(args.join(' '));
    try {
      const m = mount<Lit>('anct-programme-list');
      m.el.feed = feed;
      await settled(m);
      expect(m.errors).to.have.length(DETAILED_PROBLEMS + 1);
      expect(m.errors[0]!.detail.path).to.equal('programmes[3].lieux[0].telephone');
      expect(m.errors.at(-1)!.detail.message).to.match(/^… et 4\s980 autres parties des données illisibles, non détaillées ici/);
      expect(m.errors.at(-1)!.detail.technique).to.contain('npx anct-widgets validate');
      // Each place is shown, without its phone.
      expect(shadowAll(m.el, 'details summary .voir').map((s) => visibleText(s))).to.include('Voir les 5 000 lieux');
      // The notice counts them as a reader reads a number.
      expect(visibleText(shadow(m.el, '[part="notice"]'))).to.equal(
        '5 000 parties des données n’ont pas pu être lues et ne sont pas affichées.',
      );
    } finally {
      console.error = original;
    }
    expect(lines.filter((l) => l.startsWith('[anct-widgets]'))).to.have.length(DETAILED_PROBLEMS + 1);
  });
});

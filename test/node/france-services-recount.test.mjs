// The France Services sites of the generated feeds against the source file read here, row by row,
// with none of the builder's functions: hours (text and ranges), appointments, kind, format,
// coordinates and labelling date of every site, département by département; the EPCI of each
// feed's communes against the COG; and the postal-code index against the COG's communes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';

const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url).pathname;
const lignes = parse(readFileSync(join(root, 'data/sources/france-services-20240801.csv')), { columns: true, bom: true });
/** The départements whose feed is published: the index the build writes beside them. */
const publies = new Set(JSON.parse(readFileSync(join(root, 'dist/feeds/index.json'), 'utf8')).departements.map((d) => d.code));
const feeds = new Map();
const feed = (code) => {
  if (!feeds.has(code)) feeds.set(code, JSON.parse(readFileSync(join(root, 'dist/feeds', `${code}.json`), 'utf8')));
  return feeds.get(code);
};
const cog = require('@etalab/decoupage-administratif/data/communes.json');
// The 101 départements; the collectivités d'outre-mer (Saint-Martin…) have no feed.
const DEPARTEMENTS = new Set(
  require('@etalab/decoupage-administratif/data/departements.json')
    .filter((d) => d.zone !== 'com')
    .map((d) => d.code),
);
const JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

/** One site of the source against its département's feed. */
function recompter(ligne, f) {
  const sites = f.programmes.find((p) => p.id === 'france-services').lieux.filter((l) => l.nom === ligne.lib_fs.trim());
  const site = sites.find((s) => s.adresse?.startsWith(ligne.adresse.trim())) ?? sites[0];
  assert.ok(site, 'the site is in its département’s feed');
  const texte = Object.fromEntries(JOURS.filter((j) => ligne[`h_${j}`].trim()).map((j) => [j, ligne[`h_${j}`].trim()]));
  assert.deepEqual(site.horaires ?? {}, texte, 'the hours as the source writes them');
  // Ranges, read here with a pattern of our own: « 09:00 - 12:00 / 13:30 - 17:00 ».
  const plages = Object.fromEntries(
    Object.entries(texte).map(([j, h]) => [j, [...h.matchAll(/(\d\d:\d\d) - (\d\d:\d\d)/g)].map((m) => [m[1], m[2]])]),
  );
  // A range that ends when it starts (« 00:00 - 00:00 »), or ranges that overlap, say nothing a clock
  // can trust: the site keeps its text only.
  const lisibles = Object.entries(texte).every(
    ([j, h]) =>
      plages[j].map(([a, b]) => `${a} - ${b}`).join(' / ') === h &&
      plages[j].every(([a, b], i) => a < b && (i === 0 || plages[j][i - 1][1] <= a)),
  );
  if (lisibles && Object.keys(texte).length) assert.deepEqual(site.plages, plages, 'the hours as ranges');
  else assert.equal(site.plages, undefined, 'no ranges when the text does not read as such');
  assert.equal(site.rendezVous, ligne.prise_rdv === 'Oui');
  assert.equal(site.site, ligne.type_fs === 'Antenne' ? 'antenne' : 'principal');
  assert.equal(site.format, ['Bus_équivalent', 'Itinérante'].includes(ligne.format_fs) ? 'itinerant' : 'fixe');
  assert.ok(Math.abs(site.coordonnees.latitude - Number(ligne.latitude)) <= 0.00005 + 1e-9, 'latitude to four decimals');
  assert.ok(Math.abs(site.coordonnees.longitude - Number(ligne.longitude)) <= 0.00005 + 1e-9, 'longitude to four decimals');
  const [, jj, mm, aaaa] = /(\d\d)\/(\d\d)\/(\d{4})/.exec(ligne.labellisation_fs);
  assert.equal(site.labellisation, `${aaaa}-${mm}-${jj}`);
  assert.equal(site.telephone, ligne.telephone.trim() || undefined);
}

describe('every France Services site, against the source file', () => {
  // Sites the builder merged (two ids for one site: same name, commune and address, whatever their
  // case, accents or punctuation) are left out: the later row wins there.
  const simple = (texte) =>
    texte
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  const identite = (l) => `${simple(l.lib_fs)}|${l.insee_com}|${simple(l.adresse)}`;
  const parIdentite = new Map();
  for (const l of lignes) parIdentite.set(identite(l), (parIdentite.get(identite(l)) ?? 0) + 1);
  // A site is in the feed of the département of its commune: a bus of the Eure (insee_dep 27)
  // based in Rouen is in the Seine-Maritime's.
  const departementDe = (commune) => (commune.startsWith('97') ? commune.slice(0, 3) : commune.slice(0, 2));
  const parDepartement = new Map();
  for (const l of lignes) {
    if (parIdentite.get(identite(l)) !== 1 || !l.insee_com) continue;
    const departement = departementDe(l.insee_com);
    parDepartement.set(departement, [...(parDepartement.get(departement) ?? []), l]);
  }
  for (const [departement, sites] of parDepartement) {
    it(`${departement}: ${sites.length} sites`, (t) => {
      // Only a territory that is no département (a collectivité d’outre-mer) is skipped; a département missing
      // from the build's index, or whose published feed cannot be read, fails.
      if (!DEPARTEMENTS.has(departement)) {
        t.skip(`no published feed for ${departement}`);
        return;
      }
      assert.ok(publies.has(departement), `the build publishes a feed for ${departement}`);
      const f = feed(departement);
      for (const ligne of sites) {
        try {
          recompter(ligne, f);
        } catch (error) {
          error.message = `${ligne.id_fs} « ${ligne.lib_fs.trim()} »: ${error.message}`;
          throw error;
        }
      }
    });
  }
});

describe('what the element needs beyond the sites', () => {
  it('each feed names the EPCI of its communes, as the COG has them', () => {
    const epci = require('@etalab/decoupage-administratif/data/epci.json');
    for (const code of ['48', '75', '2A', '974']) {
      const f = feed(code);
      const attendu = Object.fromEntries(
        epci
          .map((e) => {
            const ici = e.membres.map((m) => m.code).filter((c) => Object.hasOwn(f.communes, c));
            // Members beyond the département: the feed says so, since it holds none of their places.
            return [e.code, { nom: e.nom, communes: ici.sort(), ...(ici.length < e.membres.length && { horsDepartement: true }) }];
          })
          .filter(([, e]) => e.communes.length)
          .sort(([a], [b]) => (a < b ? -1 : 1)),
      );
      assert.deepEqual(f.intercommunalites, attendu, code);
    }
    assert.equal(Object.keys(feed('48').intercommunalites).length, 11);
    assert.equal(feed('48').intercommunalites['200069128'].horsDepartement, true, 'CC Mont Lozère reaches the Gard');
  });

  it('finds a commune by its postal code, Paris by its arrondissements', () => {
    const index = (prefixe) => JSON.parse(readFileSync(join(root, 'dist/feeds/codes-postaux', `${prefixe}.json`), 'utf8'));
    assert.ok(index('48')['48000'].some(([code, nom]) => code === '48095' && nom === 'Mende'));
    assert.deepEqual(index('75')['75015'], [['75115', 'Paris 15e Arrondissement']]);
    // Every postal code of every current commune (but the three cities with arrondissements) leads to it.
    for (const c of cog.filter((x) => x.type === 'commune-actuelle' && !['75056', '69123', '13055'].includes(x.code))) {
      for (const cp of c.codesPostaux ?? [])
        assert.ok(
          index(cp.slice(0, 2))[cp]?.some(([code]) => code === c.code),
          `${cp} → ${c.code}`,
        );
    }
  });
});

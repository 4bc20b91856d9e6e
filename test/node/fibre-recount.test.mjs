// The fibre of every feed recounted from Arcep's two files (data/sources/): the deployment
// series and estimate of each metropolitan département, the 2024 eligibility of every commune
// and its sum per département; then the figures the 2021 fiche and the sources' provenance give.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { actuelle, csv, departementDe, feed, publies, root, une } from './recount-helpers.mjs';

const COLONNES = {
  fibre: 'nb_locaux_fibre',
  cable: 'nb_locaux_cable',
  dsl: 'nb_locaux_dsl',
  thdRadio: 'nb_locaux_thd_radio',
  '4gFixe': 'nb_locaux_4g_fixe',
  hdRadio: 'nb_locaux_hd_radio',
  satellite: 'nb_locaux_satellite',
};
const n = (texte) => (texte ? Math.round(Number(texte)) : 0);
/** Counts as the feed writes them: a technology with no eligible locaux is absent. */
const compact = (c) => Object.fromEntries(Object.entries(c).filter(([k, v]) => k === 'locaux' || v > 0));

describe('fibre: the deployment series against Arcep’s observatory', () => {
  const lignes = une(() => csv('arcep-ftth-departements-2017t4-2022t2.csv'));
  const departements = une(() => new Set(lignes().map((l) => l.code_departement)));

  it('has the 96 metropolitan départements, 19 quarters each, and each is published', () => {
    assert.equal(departements().size, 96);
    const codes = new Set(publies());
    for (const d of departements()) assert.ok(codes.has(d), d);
  });

  for (const d of publies()) {
    it(`${d}: every quarter and the estimate, or none where the source has no series`, () => {
      const { deploiement } = feed(d).fibre;
      if (!departements().has(d)) return assert.equal(deploiement, undefined);
      const attendu = lignes()
        .filter((l) => l.code_departement === d)
        .map((l) => ({ trimestre: `${l.annee}-T${l.trimestre}`, locauxRaccordables: n(l.nombre_de_logements_raccordables) }))
        .sort((a, b) => (a.trimestre < b.trimestre ? -1 : 1));
      assert.equal(attendu.length, 19);
      assert.deepEqual(deploiement.trimestres, attendu);
      assert.equal(deploiement.trimestres[0].trimestre, '2017-T4');
      assert.equal(deploiement.trimestres.at(-1).trimestre, '2022-T2');
      const estimation = Number(lignes().find((l) => l.code_departement === d).meilleure_estimation_des_locaux_t2_2022);
      assert.deepEqual(deploiement.estimationLocaux, { valeur: estimation, date: '2022-06-30' });
    });
  }

  it('no zone table in any generated feed: the 2021 Lozère edition alone has one', () => {
    for (const code of publies()) assert.equal(feed(code).fibre?.zones, undefined, code);
    for (const code of ['971', '972', '973', '974', '976']) assert.ok(feed(code).fibre.eligibilite, code);
    assert.equal(feed('48-lozere-2021').fibre.zones.length, 2);
  });
});

/** The feed's columns (`codes`, `locaux`, one column per technology) read back as one object per commune, zeros left out. */
function parCode(colonnes) {
  const technologies = Object.keys(colonnes).filter((k) => k !== 'codes');
  for (const t of technologies) assert.equal(colonnes[t].length, colonnes.codes.length, `column ${t} as long as the codes`);
  return Object.fromEntries(
    colonnes.codes.map((code, i) => [
      code,
      Object.fromEntries(technologies.map((t) => [t, colonnes[t][i]]).filter(([t, v]) => t === 'locaux' || v > 0)),
    ]),
  );
}

describe('fibre: the 2024 eligibility against Ma connexion internet', () => {
  const donnees = une(() => {
    const parCommune = new Map();
    const nonPlacees = [];
    for (const l of csv('arcep-mci-techno-internet-communes-2024.csv')) {
      const code = actuelle(l.code_insee);
      if (!code) {
        nonPlacees.push(l.code_insee);
        continue;
      }
      const c = parCommune.get(code) ?? { locaux: 0, ...Object.fromEntries(Object.keys(COLONNES).map((t) => [t, 0])) };
      c.locaux += n(l.nb_locaux);
      for (const [t, col] of Object.entries(COLONNES)) c[t] += n(l[col]);
      parCommune.set(code, c);
    }
    const parDept = new Map();
    for (const [code, c] of parCommune) {
      const d = departementDe(code);
      parDept.set(d, [...(parDept.get(d) ?? []), [code, c]]);
    }
    return { parDept, nonPlacees };
  });

  it('places every row of the file on a current commune', () => {
    assert.deepEqual(donnees().nonPlacees, []);
  });

  for (const d of publies()) {
    it(`${d}: each commune, and the département as the sum of its communes`, () => {
      const { eligibilite } = feed(d).fibre;
      const communes = donnees().parDept.get(d);
      assert.ok(communes?.length, `the source has communes in ${d}`);
      const lues = parCode(eligibilite.communes);
      assert.deepEqual(lues, Object.fromEntries(communes.map(([code, c]) => [code, compact(c)])));
      const somme = { locaux: 0, ...Object.fromEntries(Object.keys(COLONNES).map((t) => [t, 0])) };
      for (const [, c] of communes) for (const k of Object.keys(somme)) somme[k] += c[k];
      assert.deepEqual(eligibilite.departement, compact(somme));
      for (const c of [eligibilite.departement, ...Object.values(lues)])
        for (const v of Object.values(c)) assert.ok(Number.isInteger(v) && v > 0);
    });
  }

  it('Paris, Lyon and Marseille are whole cities', () => {
    for (const [d, ville] of [
      ['75', '75056'],
      ['69', '69123'],
      ['13', '13055'],
    ]) {
      const { codes } = feed(d).fibre.eligibilite.communes;
      assert.ok(codes.includes(ville), ville);
      assert.ok(!codes.some((c) => c.startsWith(ville.slice(0, 2)) && c !== ville && /^(751|6938|132)/.test(c)), d);
    }
    assert.deepEqual(feed('75').fibre.eligibilite.communes.codes, ['75056']);
  });
});

describe('fibre: the figures of the 2021 fiche and of the sources’ provenance', () => {
  const lozere = feed('48').fibre;

  it('Lozère at T1 2021: 28 403 raccordables, the fiche’s « 28 400 »', () => {
    const t1 = lozere.deploiement.trimestres.find((t) => t.trimestre === '2021-T1');
    assert.equal(t1.locauxRaccordables, 28403);
    const fiche = readFileSync(join(root, 'data/seed/fiche-territoriale-lozere-2021.txt'), 'utf8');
    assert.match(fiche, /TOTAL\s70\s000\s28\s400/);
    assert.equal(Math.round(t1.locauxRaccordables / 100) * 100, 28400);
  });

  it('Lozère in 2024: 152 communes, 73 058 locaux, 63 903 eligible to fibre; Mende 9 392 and 8 028', () => {
    const { departement, communes } = lozere.eligibilite;
    assert.equal(communes.codes.length, 152);
    assert.equal(departement.locaux, 73058);
    assert.equal(departement.fibre, 63903);
    const mende = communes.codes.indexOf('48095');
    assert.equal(communes.locaux[mende], 9392);
    assert.equal(communes.fibre[mende], 8028);
  });

  it('cites each measure as a resident reads it, and says what it counts', () => {
    assert.equal(lozere.deploiement.source.libelle, 'Arcep, observatoire du déploiement de la fibre, 2e trimestre 2022');
    assert.equal(lozere.eligibilite.source.libelle, 'Arcep, Ma connexion internet, statistiques par commune');
    for (const s of [lozere.source, lozere.deploiement.source, lozere.eligibilite.source])
      assert.doesNotMatch(s.libelle, /github|commit|csv|@|\.py|\.R\b/i);
    assert.match(lozere.deploiement.definition, /raccordable/);
    assert.match(lozere.eligibilite.definition, /éligible/);
  });
});

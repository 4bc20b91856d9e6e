// The generated feeds against an independent recount: the CSVs of data/sources/ read here with
// csv-parse, and the COG read here from @etalab/decoupage-administratif (and its vintages), with
// none of the builder's functions. Then the invariants every one of the 101 feeds must hold.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { programmesForCommune } from '../../dist/data.js';

const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url).pathname;
const csv = (f) => parse(readFileSync(join(root, 'data/sources', f)), { columns: true, bom: true, skip_empty_lines: true });
const feed = (code) => JSON.parse(readFileSync(join(root, 'dist/feeds', `${code}.json`), 'utf8'));
const programme = (f, id) => f.programmes.find((p) => p.id === id);
const valeur = (f, id, i = 0) => programme(f, id)?.chiffres[i].valeur ?? 0;

// The COG, read directly: every code of 2026 (communes, déléguées, arrondissements) → its département.
const cog = require('@etalab/decoupage-administratif/data/communes.json');
const actuelles = new Map(cog.filter((c) => c.type === 'commune-actuelle').map((c) => [c.code, c]));
const deptDuCode = new Map();
for (const c of cog) if (!deptDuCode.has(c.code) || c.type === 'commune-actuelle') deptDuCode.set(c.code, c.departement);
for (const c of actuelles.values()) for (const a of c.anciensCodes ?? []) if (!deptDuCode.has(a)) deptDuCode.set(a, c.departement);
const communeParSiren = new Map([...actuelles.values()].map((c) => [c.siren, c.code]));
const cacheMembres = new Map();
const membres = (paquet) => {
  if (cacheMembres.has(paquet)) return cacheMembres.get(paquet);
  const m = new Map();
  cacheMembres.set(paquet, m);
  for (const e of require(`${paquet}/data/epci.json`))
    m.set(
      e.code,
      e.membres.map((x) => x.code),
    );
  try {
    for (const e of require(`${paquet}/data/ept.json`))
      m.set(
        e.code,
        e.membres.map((x) => x.code),
      );
  } catch {
    // Vintages before the EPT file (the Grand Paris territories) have none: the EPCI file is all.
  }
  return m;
};

const DEPTS = ['75', '13', '69', '2A', '974', '976', '48', '73', '01', '15', '93'];
const communes = csv('programmes-communes.csv');
const epci = csv('programmes-epci.csv');
const amm = csv('amm-communes-cog2023.csv');

/** Distinct communes of a programme in a département. */
function communesDe(prog, dept) {
  return new Set(communes.filter((r) => r.programme === prog && deptDuCode.get(r.insee_com) === dept).map((r) => r.insee_com)).size;
}

/** Distinct keys of a groupement programme touching a département, members from the given vintage. */
function groupementsDe(prog, dept, paquet, cle) {
  const m = membres(paquet);
  const actuel = membres('@etalab/decoupage-administratif');
  const cles = new Set();
  for (const r of epci.filter((x) => x.programme === prog)) {
    const code = r.siren_groupement;
    const codes = m.get(code) ?? actuel.get(code) ?? [code];
    const parSiren = communeParSiren.get(code);
    if (codes.concat(parSiren ?? []).some((c) => deptDuCode.get(c) === dept)) cles.add(cle(r));
  }
  return cles.size;
}

describe('an independent recount of the feeds from data/sources/ and the COG', () => {
  for (const dept of DEPTS) {
    it(`${dept}: France Services, PVD, ACV, Villages d’avenir, conseillers numériques, Territoires d’industrie et d’engagement, AMM, Fabriques de territoire`, () => {
      const f = feed(dept);
      const fs = csv('france-services-20240801.csv').filter((r) => deptDuCode.get(r.insee_com) === dept);
      assert.equal(valeur(f, 'france-services'), fs.length, 'France Services');
      assert.equal(programme(f, 'france-services')?.lieux.length ?? 0, fs.length);
      for (const [prog, id] of [
        ['PVD', 'petites-villes-de-demain'],
        ['ACV', 'action-coeur-de-ville'],
        ['Villages_d_avenir', 'villages-d-avenir'],
      ]) {
        assert.equal(valeur(f, id), communesDe(prog, dept), id);
      }
      const cnfs = csv('conseillers-numeriques-2021.csv').filter(
        (r) => r.insee_com && deptDuCode.get(r.insee_com.padStart(5, '0')) === dept,
      );
      assert.equal(
        valeur(f, 'conseillers-numeriques'),
        new Set(cnfs.map((r) => `${r.siret}|${r.raison_sociale.trim()}`)).size,
        'structures',
      );
      assert.equal(
        valeur(f, 'conseillers-numeriques', 1),
        cnfs.reduce((n, r) => n + Number(r.nb_cnfs), 0),
        'conseillers',
      );
      assert.equal(
        valeur(f, 'territoires-d-industrie'),
        groupementsDe('Territoires_d_industrie_2024', dept, 'cog2023', (r) => r.id),
        'TI',
      );
      assert.equal(
        valeur(f, 'territoires-d-engagement'),
        groupementsDe('Territoires_d_engagement', dept, 'cog2025', (r) => r.siren_groupement),
        'TE',
      );
      // The ANCT's placement of each laureate on communes, not its groupements' members.
      assert.equal(
        valeur(f, 'avenir-montagnes-mobilites'),
        new Set(amm.filter((r) => deptDuCode.get(r.insee_com) === dept).flatMap((r) => r.id_amm.split(' ; '))).size,
        'AMM',
      );
      // « fabt-51; fabt-52 » in one row are two fabriques.
      const fabt = communes.filter((r) => r.programme === 'Fabriques_de_territoire' && deptDuCode.get(r.insee_com) === dept);
      assert.equal(valeur(f, 'fabriques-de-territoire'), new Set(fabt.flatMap((r) => r.id.split('; '))).size, 'Fabriques de territoire');
    });
  }

  it('national totals: distinct Territoires d’engagement, the laureates of Avenir Montagnes Mobilités, every conseiller', () => {
    const f = feed('73');
    const te = epci.filter((r) => r.programme === 'Territoires_d_engagement');
    assert.equal(te.length, 419);
    assert.equal(programme(f, 'territoires-d-engagement').chiffres[0].total.valeur, new Set(te.map((r) => r.siren_groupement)).size);
    const amm = epci.filter((r) => r.programme === 'Avenir_montagnes_mobilites');
    assert.equal(programme(f, 'avenir-montagnes-mobilites').chiffres[0].total.valeur, new Set(amm.map((r) => r.id)).size);
    assert.match(programme(f, 'avenir-montagnes-mobilites').chiffres[0].libelle, /projets lauréats/);
    const total = csv('conseillers-numeriques-2021.csv').reduce((n, r) => n + Number(r.nb_cnfs), 0);
    assert.equal(programme(f, 'conseillers-numeriques').chiffres[1].total.valeur, total);
    assert.match(
      programme(f, 'conseillers-numeriques').chiffres[1].total.calcul,
      /9 conseillers de 7 lignes sans commune, que la source ne permet pas de situer/,
    );
  });

  it('Savoie counts 6 Territoires d’engagement, and Chambéry once, with its 20 ids', () => {
    const te = programme(feed('73'), 'territoires-d-engagement');
    assert.equal(te.chiffres[0].valeur, 6);
    const chambery = te.lieux.filter((l) => l.communes.includes('73065') && l.nom === 'Chambéry');
    assert.equal(chambery.length, 1);
    assert.equal(chambery[0].identifiants.length, 20);
  });

  it('Lozère’s 14 Petites villes de demain read as the COG writes them', () => {
    const pvd = programme(feed('48'), 'petites-villes-de-demain');
    for (const l of pvd.lieux) assert.equal(l.nom, actuelles.get(l.commune).nom, l.commune);
    assert.ok(pvd.lieux.some((l) => l.nom === "Saint-Chély-d'Apcher"));
    assert.ok(pvd.lieux.some((l) => l.nom === 'Bourgs sur Colagne'));
  });
});

describe('invariants of all 101 feeds', () => {
  const index = JSON.parse(readFileSync(join(root, 'dist/feeds/index.json'), 'utf8')).departements;
  const feeds = index.map((d) => feed(d.code));
  const nomsEpci = new Map(require('@etalab/decoupage-administratif/data/epci.json').map((e) => [e.code, e.nom]));

  it('no programme lists the same place twice', () => {
    for (const f of feeds) {
      for (const p of f.programmes) {
        const cles = p.lieux.map((l) => `${l.nom}|${l.commune ?? l.communes.join(',')}|${l.arrondissement ?? ''}|${l.adresse ?? ''}`);
        assert.equal(new Set(cles).size, cles.length, `${f.territoire.code} ${p.id}`);
      }
    }
  });

  it('communes and groupements carry their COG names', () => {
    for (const f of feeds) {
      for (const [code, nom] of Object.entries(f.communes)) assert.equal(nom, actuelles.get(code).nom, code);
      for (const p of f.programmes) {
        for (const l of p.lieux) {
          for (const g of l.groupements ?? []) if (nomsEpci.has(g.siren)) assert.equal(g.nom, nomsEpci.get(g.siren), g.siren);
          if (['petites-villes-de-demain', 'villages-d-avenir', 'action-coeur-de-ville-entrees-de-ville'].includes(p.id)) {
            assert.equal(l.nom, actuelles.get(l.commune)?.nom ?? l.nom, `${p.id} ${l.commune}`);
          }
        }
      }
    }
  });

  it('every code a feed uses is a commune or an arrondissement of that feed, and every former code leads to one', () => {
    for (const f of feeds) {
      const connus = new Set(Object.keys(f.communes));
      for (const p of f.programmes) {
        for (const l of p.lieux) {
          for (const c of l.communes ?? [l.commune]) assert.ok(connus.has(c), `${f.territoire.code} ${p.id} ${c}`);
          if (l.arrondissement) assert.ok(f.arrondissements[l.arrondissement], l.arrondissement);
        }
      }
      for (const [code, a] of Object.entries(f.anciensCodes)) assert.ok(connus.has(a.commune), `${code} → ${a.commune}`);
    }
  });

  it('every code of the COG that leads to a commune of a feed opens that commune’s page in it', () => {
    let n = 0;
    for (const f of feeds) {
      for (const code of [...Object.keys(f.communes), ...Object.keys(f.arrondissements ?? {}), ...Object.keys(f.anciensCodes)]) {
        const vue = programmesForCommune(f, code);
        assert.equal(vue.statut, 'trouvee', `${f.territoire.code} ${code}`);
        n++;
      }
    }
    assert.ok(n > 39000, `${n} codes`);
  });

  it('sums over départements equal the national figure, or the total’s calcul says by how much and why', () => {
    const parId = new Map();
    for (const f of feeds)
      for (const p of f.programmes)
        for (const [i, c] of p.chiffres.entries()) {
          if (!c.total) continue;
          const cle = `${p.id}#${i}`;
          if (!parId.has(cle)) parId.set(cle, { total: c.total, somme: 0 });
          assert.deepEqual(parId.get(cle).total, c.total, `${cle}: one national figure in every feed`);
          parId.get(cle).somme += c.valeur;
        }
    for (const [cle, { total, somme }] of parId) {
      assert.equal(total.perimetre, 'en France', `${cle}: said simply`);
      const n = (re) => [...(total.calcul ?? '').matchAll(re)].reduce((s, m) => s + Number(m[1].replace(/\s/g, '')), 0);
      const hors = n(/([\d\s\u202f]+) (?:à [^;]+, qui n’a pas de fiche|hors des départements)/g);
      const nonSitues = n(/([\d\s\u202f]+) (?:que la source ne permet pas|conseillers? de \d+ lignes? sans commune)/g);
      const enPlus = n(/en compte ([\d\s\u202f]+) de plus/g);
      assert.equal(somme, total.valeur - hors - nonSitues + enPlus, `${cle}: ${somme} vs ${total.valeur} (${total.calcul})`);
    }
  });

  it('an arrondissement, a former code and a missing code each get their answer', () => {
    const paris = programmesForCommune(feed('75'), '75118');
    assert.equal(paris.statut, 'trouvee');
    assert.equal(paris.nom, 'Paris 18e Arrondissement');
    const fs = paris.concernes.find((p) => p.id === 'france-services');
    assert.ok(fs.lieux.filter((l) => l.arrondissement === '75118').length >= 3);
    // Without the marks that isolate the feed's names in the sentence.
    assert.match(paris.notes[0].replace(/[\u2066-\u2069]/g, ''), /arrondissement municipal de Paris :/);
    for (const [dept, code] of [
      ['75', '75056'],
      ['69', '69123'],
      ['13', '13055'],
      ['69', '69381'],
      ['13', '13201'],
    ]) {
      assert.equal(programmesForCommune(feed(dept), code).statut, 'trouvee', code);
    }
    const pierrefitte = programmesForCommune(feed('93'), '93059');
    assert.equal(pierrefitte.statut, 'trouvee');
    assert.equal(pierrefitte.code, '93066');
    assert.match(pierrefitte.notes[0].replace(/[\u2066-\u2069]/g, ''), /Pierrefitte-sur-Seine .* Saint-Denis depuis le 1er janvier 2025/);
    assert.equal(programmesForCommune(feed('48'), '48999').statut, 'inconnue');
    // Saint-Denis's code of before 1968 works in the feed of its current département.
    const ancien = programmesForCommune(feed('93'), '75059');
    assert.equal(ancien.statut === 'trouvee' && ancien.code, '93066');
  });
});

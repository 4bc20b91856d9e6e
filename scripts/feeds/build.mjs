#!/usr/bin/env node
// npm run feeds: one feed per département from the ANCT's open data (data/sources/), with the
// COG for names, codes, EPCI membership and régions; and demo/feeds/index.json.
//
// Every figure is a count of source rows, and every programme names its source and date. A
// programme with no row in a département is absent from its feed, not zero. Rows that cannot be
// placed (a code unknown to the COG, a territory outside the départements) are listed, with
// the row, in the report this prints. Same sources, same bytes: nothing depends on the clock,
// and every list is sorted.
//
//   node scripts/feeds/build.mjs [--out demo/feeds] [--dist dist/feeds] [--quiet]
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { validateFeed, formatProblem } from '../../dist/data.js';
import { communesActuelles, departements, epciParSiren, resolveurCommunes } from '../cog.mjs';
import {
  CONSEILLERS_NUMERIQUES,
  FRANCE_SERVICES,
  PROGRAMMES_COMMUNES,
  PROGRAMMES_EPCI,
  lireCsv,
} from './sources.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const OUT = option('--out', 'demo/feeds');
const DIST = option('--dist', null);
/** --quiet: the summary line only, not each row that could not be placed (npm run feeds shows them). */
const QUIET = args.includes('--quiet');

const debut = performance.now();
const depts = departements();
const codesDepts = new Set(depts.map((d) => d.code));
const communes = communesActuelles();
const communeParCode = new Map(communes.map((c) => [c.code, c]));
const communeParSiren = new Map(communes.map((c) => [c.siren, c]));
const epcis = epciParSiren();
const resoudre = resolveurCommunes();
const comparer = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** Rows that could not be placed, and rows placed through a merger, for the report. */
const rejets = [];
const replacees = [];

/** programme id → département → lieux */
const parDepartement = new Map();
const catalogue = new Map();

function ajouter(programme, departement, lieu) {
  catalogue.set(programme.id, programme);
  if (!codesDepts.has(departement)) return;
  if (!parDepartement.has(programme.id)) parDepartement.set(programme.id, new Map());
  const lieux = parDepartement.get(programme.id);
  if (!lieux.has(departement)) lieux.set(departement, []);
  lieux.get(departement).push(lieu);
}

/**
 * The current commune of a code, or null when the COG does not know it (the row goes to the
 * report). A commune outside the départements (a collectivité d'outre-mer) is returned, and
 * counts in the national total, but has no feed to go in: it is reported too.
 */
function placerCommune(code, fichier, ligne) {
  const trouvee = resoudre(code);
  if (!trouvee) {
    rejets.push({ fichier, raison: `code INSEE ${code} inconnu du COG`, ligne });
    return null;
  }
  if (trouvee.via) replacees.push({ fichier, raison: `${code} (${trouvee.via}) placée dans ${trouvee.code}`, ligne });
  const commune = communeParCode.get(trouvee.code);
  if (!codesDepts.has(commune.departement)) {
    rejets.push({ fichier, raison: `commune ${commune.code} hors des départements (collectivité d’outre-mer)`, ligne });
  }
  return commune;
}

/** What a programme counts in France: its communes, or its places (sites, territories…). */
const nationaux = new Map();
function compterEnFrance(programme, cle) {
  if (!nationaux.has(programme.id)) nationaux.set(programme.id, new Set());
  nationaux.get(programme.id).add(cle);
}

// France Services: one place per site, with its address, phone and opening hours.
const JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const franceServices = lireCsv('france-services-20240801.csv');
for (const ligne of franceServices) {
  const commune = placerCommune(ligne.insee_com, 'france-services-20240801.csv', ligne);
  if (!commune) continue;
  compterEnFrance(FRANCE_SERVICES, ligne.id_fs);
  const horaires = Object.fromEntries(JOURS.filter((j) => ligne[`h_${j}`]?.trim()).map((j) => [j, ligne[`h_${j}`].trim()]));
  const adresse = [ligne.adresse, ligne.complement_adresse].map((s) => s?.trim()).filter(Boolean).join(', ');
  ajouter(FRANCE_SERVICES, commune.departement, {
    nom: ligne.lib_fs.trim(),
    commune: commune.code,
    ...(adresse && { adresse: `${adresse}, ${ligne.code_postal} ${ligne.lib_com}`.trim() }),
    ...(ligne.telephone?.trim() && { telephone: ligne.telephone.trim() }),
    ...(Object.keys(horaires).length && { horaires }),
    ...(ligne.type_fs === 'Antenne' && { type: 'Antenne' }),
  });
}

// Programmes of communes: one place per programme id (a place may span several communes).
const parId = new Map();
for (const ligne of lireCsv('programmes-communes.csv')) {
  const programme = PROGRAMMES_COMMUNES[ligne.programme];
  if (!programme) continue; // France_services_principal_20240910: the richer list above stands
  const cle = `${ligne.programme}\u0000${ligne.id}`;
  if (!parId.has(cle)) parId.set(cle, { programme, lignes: [] });
  parId.get(cle).lignes.push(ligne);
}
for (const [cle, { programme, lignes }] of parId) {
  const placees = lignes.map((l) => [l, placerCommune(l.insee_com, 'programmes-communes.csv', l)]).filter(([, c]) => c);
  for (const [, commune] of placees) compterEnFrance(programme, programme.compteCommunes ? commune.code : cle);
  const depts = new Map();
  for (const [ligne, commune] of placees) {
    if (!depts.has(commune.departement)) depts.set(commune.departement, []);
    depts.get(commune.departement).push([ligne, commune]);
  }
  for (const [departement, membres] of depts) {
    const codes = [...new Set(membres.map(([, c]) => c.code))].sort(comparer);
    const [ligne] = membres[0];
    const nom = (ligne.lib || ligne.lib_com).trim();
    const date = membres.map(([l]) => l.date_signature).filter(Boolean).sort(comparer)[0];
    ajouter(programme, departement, {
      nom,
      ...(codes.length === 1 ? { commune: codes[0] } : { communes: codes }),
      ...(date && { date }),
    });
  }
}

/**
 * A commune's SIREN holds its INSEE code: 21 + département + 0 + commune + check digit. The SIREN
 * of a commune merged since is no longer in the COG, but its INSEE code leads to the commune
 * that absorbed it.
 */
function codeDuSiren(siren) {
  const m = /^21(\d{2})0(\d{3})\d$/.exec(siren);
  return m ? resoudre(`${m[1]}${m[2]}`)?.code : undefined;
}

// Programmes of groupements: a place per programme id, made of EPCI (or, in some lists, of
// communes named by SIREN or INSEE code), covering their member communes.
const territoires = new Map();
for (const ligne of lireCsv('programmes-epci.csv')) {
  const programme = PROGRAMMES_EPCI[ligne.programme];
  if (!programme) continue;
  const cle = `${ligne.programme}\u0000${ligne.id}`;
  if (!territoires.has(cle)) territoires.set(cle, { programme, lignes: [] });
  territoires.get(cle).lignes.push(ligne);
}
for (const [cle, { programme, lignes }] of territoires) {
  const groupements = [];
  const membres = new Set();
  for (const ligne of lignes) {
    const code = ligne.siren_groupement.trim();
    const epci = epcis.get(code);
    if (epci) {
      groupements.push({ siren: epci.siren, nom: epci.nom });
      epci.membres.forEach((m) => membres.add(m));
      continue;
    }
    const commune = communeParSiren.get(code) ?? communeParCode.get(resoudre(code)?.code ?? codeDuSiren(code));
    if (commune) membres.add(commune.code);
    else rejets.push({ fichier: 'programmes-epci.csv', raison: `« ${code} » n’est ni un EPCI ni une commune du COG`, ligne });
  }
  if (membres.size) compterEnFrance(programme, cle);
  const parDept = new Map();
  for (const code of membres) {
    const commune = communeParCode.get(code);
    if (!commune || !codesDepts.has(commune.departement)) continue;
    if (!parDept.has(commune.departement)) parDept.set(commune.departement, []);
    parDept.get(commune.departement).push(code);
  }
  const nom = (lignes[0].lib || lignes[0].lib_groupement).trim();
  groupements.sort((a, b) => comparer(a.siren, b.siren));
  for (const [departement, codes] of parDept) {
    ajouter(programme, departement, {
      nom,
      communes: codes.sort(comparer),
      ...(groupements.length && { groupements: groupements.filter((g) => epcis.get(g.siren).membres.some((m) => codes.includes(m))) }),
    });
  }
}

// Conseillers numériques 2021: the host structures, and how many conseillers each was given.
const conseillers = new Map();
const structures = lireCsv('conseillers-numeriques-2021.csv');
let conseillersFrance = 0;
for (const ligne of structures) {
  // The file dropped leading zeros from codes ("1283" for 01283).
  const code = ligne.insee_com.trim() ? ligne.insee_com.trim().padStart(5, '0') : '(vide)';
  const commune = placerCommune(code, 'conseillers-numeriques-2021.csv', ligne);
  if (!commune) continue;
  const n = Number(ligne.nb_cnfs);
  compterEnFrance(CONSEILLERS_NUMERIQUES, ligne.siret !== 'null' ? `${ligne.siret}-${ligne.raison_sociale}` : ligne.raison_sociale);
  conseillersFrance += n;
  ajouter(CONSEILLERS_NUMERIQUES, commune.departement, { nom: ligne.raison_sociale.trim(), commune: commune.code });
  conseillers.set(commune.departement, (conseillers.get(commune.departement) ?? 0) + n);
}

const ORDRE_AXES = ['territoires-et-ruralites', 'numerique', 'politique-de-la-ville'];
const ORDRE = [FRANCE_SERVICES, ...Object.values(PROGRAMMES_COMMUNES), ...Object.values(PROGRAMMES_EPCI), CONSEILLERS_NUMERIQUES]
  .map((p) => p.id)
  .filter((id, i, all) => all.indexOf(id) === i);
const rang = (p) => ORDRE_AXES.indexOf(p.axe) * 100 + ORDRE.indexOf(p.id);
const nombre = new Intl.NumberFormat('fr-FR');

function programmePour(id, departement) {
  const programme = catalogue.get(id);
  const lieux = parDepartement.get(id)?.get(departement);
  if (!lieux?.length) return null;
  lieux.sort((a, b) => comparer(a.commune ?? a.communes?.[0] ?? '', b.commune ?? b.communes?.[0] ?? '') || comparer(a.nom, b.nom));
  const [un, plusieurs] = programme.compte;
  // "communes bénéficiaires" counts communes: an agreement of two towns is two, a commune in
  // two places of the list is one.
  const nombre = programme.compteCommunes ? new Set(lieux.flatMap((l) => l.communes ?? [l.commune])).size : lieux.length;
  const chiffres = [
    { valeur: nombre, libelle: nombre > 1 ? plusieurs : un, total: { valeur: nationaux.get(id).size, perimetre: 'en France' } },
  ];
  if (id === FRANCE_SERVICES.id) {
    const antennes = lieux.filter((l) => l.type === 'Antenne').length;
    if (antennes) chiffres.push({ valeur: antennes, libelle: antennes > 1 ? 'antennes parmi ces sites' : 'antenne parmi ces sites' });
  }
  if (id === CONSEILLERS_NUMERIQUES.id) {
    const n = conseillers.get(departement);
    chiffres.push({
      valeur: n,
      libelle: n > 1 ? 'conseillers numériques validés' : 'conseiller numérique validé',
      total: { valeur: conseillersFrance, perimetre: 'en France' },
    });
  }
  return { id, nom: programme.nom, axe: programme.axe, chiffres, lieux, source: programme.source };
}

function feedPour(dept) {
  const programmes = ORDRE.map((id) => programmePour(id, dept.code))
    .filter(Boolean)
    .sort((a, b) => rang(a) - rang(b));
  const communesDuDept = communes.filter((c) => c.departement === dept.code).sort((a, b) => comparer(a.code, b.code));
  const date = programmes.map((p) => p.source.date).filter(Boolean).sort(comparer).at(-1);
  return {
    $schema: '../../dist/fiche.schema.json',
    version: 1,
    territoire: { type: 'departement', code: dept.code, nom: dept.nom, region: dept.region, nombreCommunes: communesDuDept.length },
    edition: {
      titre: `Programmes de l’ANCT : ${dept.nom}`,
      editeur: 'anct-widgets, d’après les données ouvertes de l’ANCT',
      date,
    },
    programmes,
    communes: Object.fromEntries(communesDuDept.map((c) => [c.code, c.nom])),
  };
}

mkdirSync(OUT, { recursive: true });
if (DIST) mkdirSync(DIST, { recursive: true });
const index = [];
const invalides = [];
for (const dept of depts.sort((a, b) => comparer(a.code, b.code))) {
  const feed = feedPour(dept);
  const { problems } = validateFeed(feed);
  if (problems.length) invalides.push(`${dept.code} : ${problems.slice(0, 3).map(formatProblem).join(' ; ')}`);
  const fichier = `${dept.code}.json`;
  writeFileSync(join(OUT, fichier), `${JSON.stringify(feed)}\n`);
  index.push({
    code: dept.code,
    nom: dept.nom,
    region: dept.region.nom,
    url: fichier,
    edition: feed.edition.date,
    programmes: feed.programmes.length,
    lieux: feed.programmes.reduce((n, p) => n + p.lieux.length, 0),
    communes: feed.territoire.nombreCommunes,
  });
}
writeFileSync(
  join(OUT, 'index.json'),
  `${JSON.stringify({ description: 'Les feeds des départements, générés par npm run feeds depuis data/sources/.', departements: index }, null, 1)}\n`,
);
if (DIST) for (const f of ['index.json', ...index.map((d) => d.url)]) copyFileSync(join(OUT, f), join(DIST, f));

const duree = performance.now() - debut;
if (!QUIET) for (const r of rejets) console.log(`non placée — ${r.fichier} : ${r.raison} : ${JSON.stringify(r.ligne)}`);
{
  console.log(
    `${index.length} feeds dans ${OUT}${DIST ? ` (copiés dans ${DIST})` : ''} en ${nombre.format(Math.round(duree))} ms ; ` +
      `${rejets.length} lignes non placées, ${replacees.length} placées dans la commune qui les a absorbées.`,
  );
}
if (invalides.length) {
  console.error(`feeds invalides :\n${invalides.join('\n')}`);
  process.exit(1);
}

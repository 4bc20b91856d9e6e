#!/usr/bin/env node
// npm run feeds: one feed per département from the ANCT's open data (data/sources/), with the
// COG for names, codes, EPCI membership and régions; dist/feeds/index.json; and the postal codes of the
// communes for the commune pickers (codes-postaux.mjs).
//
// Every figure is a count of source rows, and every programme names its source and the date of
// its list. A programme with no row in a département is absent from its feed, not zero. What
// happened to each programme's rows (placed, not placed and why, merged, renamed) is printed
// per programme. Same sources, same bytes: nothing depends on the clock, every list is sorted.
//
//   node scripts/feeds/build.mjs [--out dist/feeds] [--dist another/copy] [--quiet]
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { validateFeed, formatProblem } from '../../dist/data.js';
import { COG_ACTUEL, epciParSiren } from '../cog.mjs';
import { changementsEpci, programmePour, repartir } from './assemble.mjs';
import { DOSSIER_CODES_POSTAUX, ecrireCodesPostaux } from './codes-postaux.mjs';
import { comparer, contexte } from './places.mjs';
import { crtePour, lireCrte } from './read-crte.mjs';
import { fibrePour, lireDeploiement, lireEligibilite } from './read-fibre.mjs';
import { lireConseillers } from './read-conseillers.mjs';
import { lireFranceServices } from './read-france-services.mjs';
import { lireProgrammesCommunes } from './read-programmes-communes.mjs';
import { lireProgrammesEpci } from './read-programmes-epci.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
// Generated, so written to dist/ (never beside the tracked sources).
const OUT = option('--out', 'dist/feeds');
const DIST = option('--dist', null);
/** --quiet: one line per programme, not each row not placed, merged or renamed. */
const QUIET = args.includes('--quiet');

const debut = performance.now();
const ctx = contexte();
/** commune → vintage → its EPCI then, for communes whose EPCI changed since a list was made. */
const changements = new Map();
const resultats = [lireFranceServices(ctx), ...lireProgrammesCommunes(ctx), ...lireProgrammesEpci(ctx, changements), lireConseillers(ctx)];

const ORDRE_AXES = ['territoires-et-ruralites', 'numerique', 'politique-de-la-ville'];
resultats.sort((a, b) => ORDRE_AXES.indexOf(a.meta.axe) - ORDRE_AXES.indexOf(b.meta.axe) || resultats.indexOf(a) - resultats.indexOf(b));
const repartitions = new Map(resultats.map((r) => [r.meta.id, repartir(ctx, r)]));
const deploiements = lireDeploiement();
const eligibilites = lireEligibilite(ctx);
const crte = lireCrte(ctx);

const anciensTries = [...ctx.anciens].sort(([x], [y]) => comparer(x, y));

/**
 * The former codes and arrondissements that lead to a commune of the département. The Seine's
 * codes of before 1968 (75001 was Alfortville's) are left to the feeds of their communes' current
 * départements: in Paris's feed, 75001 is far more likely the 1st arrondissement's postal code.
 */
function codesMenantA(departement) {
  const arrondissements = {};
  const anciens = {};
  for (const [code, a] of anciensTries) {
    if (ctx.communeParCode.get(a.commune).departement !== departement) continue;
    if (a.via === 'arrondissement-municipal') arrondissements[code] = { nom: a.nom, commune: a.commune };
    else anciens[code] = { ...(a.nom && { nom: a.nom }), commune: a.commune, type: a.via, ...(a.depuis && { depuis: a.depuis }) };
  }
  return { arrondissements, anciens };
}

/** The current EPCI (not the Grand Paris's territories), for the members each has in a département. */
const epcis = [...epciParSiren().values()].filter((e) => !e.ept).sort((a, b) => comparer(a.siren, b.siren));

/**
 * The EPCI of a département's communes, by SIREN: the communes of the département each counts, in
 * code order; `horsDepartement` when it has others beyond, whose places this feed does not hold.
 */
function intercommunalitesDe(codes) {
  const ici = new Set(codes);
  const resultat = {};
  for (const e of epcis) {
    const membres = e.membres.filter((c) => ici.has(c)).sort(comparer);
    if (membres.length)
      resultat[e.siren] = { nom: e.nom, communes: membres, ...(membres.length < e.membres.length && { horsDepartement: true }) };
  }
  return resultat;
}

/** Arcep's fibre and the CRTE, each where its source reaches the département. */
function fibreEtCrte(code) {
  const fibre = fibrePour(deploiements.parDept, eligibilites.parDept, code);
  const contrats = crtePour(crte.parDept, code);
  return { ...(fibre && { fibre }), ...(contrats && { crte: contrats }) };
}

function feedPour(dept) {
  const programmes = resultats.map((r) => programmePour(ctx, r, repartitions.get(r.meta.id), dept.code)).filter(Boolean);
  const communes = ctx.communes.filter((c) => c.departement === dept.code).sort((a, b) => comparer(a.code, b.code));
  const dates = programmes.map((p) => p.source.date).sort(comparer);
  const { arrondissements, anciens } = codesMenantA(dept.code);
  const changes = changementsEpci(
    changements,
    communes.map((c) => c.code),
  );
  return {
    $schema: '../../dist/fiche.schema.json',
    version: 1,
    territoire: { type: 'departement', code: dept.code, nom: dept.nom, region: dept.region, nombreCommunes: communes.length },
    edition: {
      titre: `Programmes de l’ANCT : ${dept.nom}`,
      editeur: 'd’après les données ouvertes de l’ANCT',
      // Lists of different dates: the feed says the span, and each programme its own date.
      ...(dates.length && { periode: { debut: dates[0], fin: dates.at(-1) } }),
    },
    programmes,
    ...fibreEtCrte(dept.code),
    communes: Object.fromEntries(communes.map((c) => [c.code, c.nom])),
    intercommunalites: intercommunalitesDe(communes.map((c) => c.code)),
    cog: COG_ACTUEL,
    ...(Object.keys(arrondissements).length && { arrondissements }),
    anciensCodes: anciens,
    ...(Object.keys(changes).length && { changementsEpci: changes }),
  };
}

mkdirSync(OUT, { recursive: true });
if (DIST) mkdirSync(DIST, { recursive: true });
const index = [];
const invalides = [];
for (const dept of [...ctx.depts].sort((a, b) => comparer(a.code, b.code))) {
  const feed = feedPour(dept);
  const { problems } = validateFeed(feed);
  if (problems.length) invalides.push(`${dept.code} : ${problems.slice(0, 3).map(formatProblem).join(' ; ')}`);
  const fichier = `${dept.code}.json`;
  writeFileSync(join(OUT, fichier), `${JSON.stringify(feed)}\n`);
  const { periode } = feed.edition;
  index.push({
    code: dept.code,
    nom: dept.nom,
    region: dept.region.nom,
    url: fichier,
    donnees: periode ? `${periode.debut.slice(0, 4)}–${periode.fin.slice(0, 4)}` : undefined,
    programmes: feed.programmes.length,
    lieux: feed.programmes.reduce((n, p) => n + p.lieux.length, 0),
    communes: feed.territoire.nombreCommunes,
  });
}
writeFileSync(
  join(OUT, 'index.json'),
  `${JSON.stringify({ description: 'Les feeds des départements, générés par npm run feeds depuis data/sources/.', departements: index }, null, 1)}\n`,
);
const codesPostaux = ecrireCodesPostaux(OUT);
if (DIST) {
  mkdirSync(join(DIST, DOSSIER_CODES_POSTAUX), { recursive: true });
  for (const f of ['index.json', ...index.map((d) => d.url), ...codesPostaux]) copyFileSync(join(OUT, f), join(DIST, f));
}

const rapports = [...resultats.map((r) => r.rapport), deploiements.rapport, eligibilites.rapport, crte.rapport];
for (const r of rapports) for (const l of r.lignesDuRapport(!QUIET)) console.log(l);
const nonPlacees = rapports.reduce((n, r) => n + r.nonPlacees.length, 0);
const duree = new Intl.NumberFormat('fr-FR').format(Math.round(performance.now() - debut));
console.log(`${index.length} feeds dans ${OUT}${DIST ? ` (copiés dans ${DIST})` : ''} en ${duree} ms ; ${nonPlacees} lignes non placées.`);
if (invalides.length) {
  console.error(`feeds invalides :\n${invalides.join('\n')}`);
  process.exit(1);
}

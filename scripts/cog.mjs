// The COG (code officiel géographique), from @etalab/decoupage-administratif: build-time only,
// never bundled. One major of the package per vintage (COG at 1 January of the year), installed
// side by side under npm aliases (cog2021 … cog2025; the current one under its own name), so
// that a list made in 2024 reaches the members its EPCI had in 2024, and a code that has since
// disappeared still leads somewhere. The package's index reads data paths relative to the
// working directory, so the JSON is required directly; some codes are shared by a commune
// déléguée, so only `commune-actuelle` counts as a commune.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** COG vintage → package. The last one is the current COG: names and codes in the feeds are its. */
export const MILLESIMES = {
  2021: 'cog2021',
  2022: 'cog2022',
  2023: 'cog2023',
  2024: 'cog2024',
  2025: 'cog2025',
  2026: '@etalab/decoupage-administratif',
};
export const COG_ACTUEL = 2026;
const ANNEES = Object.keys(MILLESIMES)
  .map(Number)
  .sort((a, b) => a - b);

const cache = new Map();
function data(name, annee = COG_ACTUEL) {
  const cle = `${annee}/${name}`;
  if (!cache.has(cle)) {
    const paquet = MILLESIMES[annee];
    if (!paquet) throw new Error(`No COG vintage ${annee}: add it to MILLESIMES in scripts/cog.mjs`);
    let valeur;
    try {
      valeur = require(`${paquet}/data/${name}.json`);
    } catch (e) {
      // ept.json appeared in the 2023 vintage; before, the EPT were not listed.
      if (e.code !== 'MODULE_NOT_FOUND' || name !== 'ept') throw e;
      valeur = [];
    }
    cache.set(cle, valeur);
  }
  return cache.get(cle);
}

/** @returns {{code: string, nom: string, departement: string, siren: string, anciensCodes?: string[]}[]} */
export function communesActuelles(annee = COG_ACTUEL) {
  return data('communes', annee).filter((c) => c.type === 'commune-actuelle');
}

/** Every entry of a vintage: communes, communes déléguées and associées, arrondissements. */
export function codesDuMillesime(annee = COG_ACTUEL) {
  return data('communes', annee);
}

/** The départements (metropolitan and overseas: not the collectivités d'outre-mer), with their région. */
export function departements() {
  const regions = new Map(data('regions').map((r) => [r.code, r]));
  return data('departements')
    .filter((d) => d.zone === 'metro' || d.zone === 'drom')
    .map((d) => ({ code: d.code, nom: d.nom, region: { code: d.region, nom: regions.get(d.region).nom } }));
}

/** Territories with communes in the COG but no feed (Saint-Martin, Saint-Barthélemy…), by code. */
export function collectivitesSansFeed() {
  return new Map(
    data('departements')
      .filter((d) => d.zone !== 'metro' && d.zone !== 'drom')
      .map((d) => [d.code, d.nom]),
  );
}

/**
 * Groupements by SIREN in a vintage — EPCI, and the établissements publics territoriaux of the
 * Grand Paris — with their member communes' codes as that vintage writes them.
 */
export function epciParSiren(annee = COG_ACTUEL) {
  return new Map(
    [...data('epci', annee).map((e) => ({ ...e, ept: false })), ...data('ept', annee).map((e) => ({ ...e, ept: true }))].map((e) => [
      e.code,
      { siren: e.code, nom: e.nom, ept: e.ept, membres: e.membres.map((m) => m.code) },
    ]),
  );
}

/** The municipal arrondissements of Paris, Lyon and Marseille: code → {code, nom, commune, codesPostaux}. */
export function arrondissementsMunicipaux() {
  return new Map(
    data('communes')
      .filter((c) => c.type === 'arrondissement-municipal')
      .map((c) => [c.code, { code: c.code, nom: c.nom, commune: c.commune, codesPostaux: c.codesPostaux ?? [] }]),
  );
}

/**
 * Where each code that is not a current commune leads, with what the COG says of it:
 * - a municipal arrondissement: its city, the arrondissement kept;
 * - a commune déléguée or associée of today: its chef-lieu;
 * - a code in a commune's `anciensCodes`, or a commune of an older vintage gone since: the
 *   current commune it became part of, and the first vintage without it (`depuis`).
 * `depuis` is absent when the change predates the oldest vintage at hand (2021).
 * @returns {Map<string, {code: string, nom: string, commune: string, via: string, depuis?: number}>}
 */
export function anciensCodes() {
  const actuelles = new Map(communesActuelles().map((c) => [c.code, c]));
  const resultat = new Map();
  const mener = new Map(); // code → code it leads to, vintage by vintage, newest wins
  for (const annee of ANNEES) {
    for (const c of data('communes', annee)) {
      if (c.type === 'commune-deleguee' || c.type === 'commune-associee') mener.set(c.code, c.chefLieu);
      if (c.type === 'commune-actuelle') for (const ancien of c.anciensCodes ?? []) if (ancien !== c.code) mener.set(ancien, c.code);
    }
  }
  const suivre = (code, vus = new Set()) => {
    if (actuelles.has(code)) return code;
    if (vus.has(code) || !mener.has(code)) return null;
    vus.add(code);
    return suivre(mener.get(code), vus);
  };
  // The last vintage a code was a commune, and its name then.
  const dernier = new Map();
  for (const annee of ANNEES) for (const c of communesActuelles(annee)) dernier.set(c.code, { annee, nom: c.nom });
  for (const [code, arr] of arrondissementsMunicipaux()) {
    resultat.set(code, { code, nom: arr.nom, commune: arr.commune, via: 'arrondissement-municipal' });
  }
  const courantes = new Map(
    data('communes')
      .filter((c) => c.type !== 'commune-actuelle')
      .map((c) => [c.code, c]),
  );
  for (const code of new Set([...mener.keys(), ...dernier.keys()])) {
    if (actuelles.has(code) || resultat.has(code)) continue;
    const commune = suivre(code);
    if (!commune) continue;
    const avant = dernier.get(code);
    const aujourdhui = courantes.get(code);
    resultat.set(code, {
      code,
      ...((aujourdhui ?? avant) && { nom: (aujourdhui ?? avant).nom }),
      commune,
      via: aujourdhui?.type ?? 'ancienne-commune',
      ...(avant && { depuis: avant.annee + 1 }),
    });
  }
  return resultat;
}

/**
 * Finds the current commune for any code of the COG, of this vintage or an older one: itself,
 * or where `anciensCodes` leads. `null` when unknown.
 * @returns {(code: string) => {code: string, via?: string, arrondissement?: string, depuis?: number} | null}
 */
export function resolveurCommunes() {
  const actuelles = new Set(communesActuelles().map((c) => c.code));
  const anciens = anciensCodes();
  return (code) => {
    if (actuelles.has(code)) return { code };
    const ancien = anciens.get(code);
    if (!ancien) return null;
    return {
      code: ancien.commune,
      via: ancien.via,
      ...(ancien.via === 'arrondissement-municipal' && { arrondissement: code }),
      ...(ancien.depuis && { depuis: ancien.depuis }),
    };
  };
}

/** "Saint-Chély-D’apcher" and "saint chely d'apcher" are one name. */
export function cleNom(nom) {
  return nom
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

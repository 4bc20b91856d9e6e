// The COG (code officiel géographique), from @etalab/decoupage-administratif: build-time only,
// never bundled. Its index reads data paths relative to the working directory, so the JSON is
// required directly; and some codes are shared by a commune déléguée, so only `commune-actuelle`
// counts as a commune, the others lead to the commune they belong to now.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const data = (name) => require(`@etalab/decoupage-administratif/data/${name}.json`);

/** @returns {{code: string, nom: string, departement: string, siren: string}[]} */
export function communesActuelles() {
  return data('communes').filter((c) => c.type === 'commune-actuelle');
}

/** The départements (metropolitan and overseas: not the collectivités d'outre-mer), with their région. */
export function departements() {
  const regions = new Map(data('regions').map((r) => [r.code, r]));
  return data('departements')
    .filter((d) => d.zone === 'metro' || d.zone === 'drom')
    .map((d) => ({ code: d.code, nom: d.nom, region: { code: d.region, nom: regions.get(d.region).nom } }));
}

/** Groupements by SIREN — EPCI, and the établissements publics territoriaux of the Grand Paris — with their member communes' codes. */
export function epciParSiren() {
  return new Map(
    [...data('epci'), ...data('ept')].map((e) => [e.code, { siren: e.code, nom: e.nom, membres: e.membres.map((m) => m.code) }]),
  );
}

/**
 * Finds the current commune for any code of the COG: itself, or for a commune déléguée or
 * associée its chef-lieu, for a municipal arrondissement its city. `null` when unknown.
 * @returns {(code: string) => {code: string, via?: string} | null}
 */
export function resolveurCommunes() {
  const actuelles = new Map(communesActuelles().map((c) => [c.code, c]));
  const autres = new Map();
  for (const c of data('communes')) {
    if (c.type === 'commune-deleguee' || c.type === 'commune-associee') autres.set(c.code, { code: c.chefLieu, via: c.type });
    if (c.type === 'arrondissement-municipal') autres.set(c.code, { code: c.commune, via: c.type });
  }
  return (code) => {
    if (actuelles.has(code)) return { code };
    const autre = autres.get(code);
    return autre && actuelles.has(autre.code) ? autre : null;
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

// Communes of the COG, from @etalab/decoupage-administratif: build-time only, never bundled.
// Its index reads data paths relative to the working directory, so the JSON is required directly;
// and some codes are shared by a commune déléguée, so only `commune-actuelle` counts.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** @returns {{code: string, nom: string, departement: string}[]} */
export function communesActuelles() {
  return require('@etalab/decoupage-administratif/data/communes.json').filter((c) => c.type === 'commune-actuelle');
}

/** "Saint-Chély-D’apcher" and "saint chely d'apcher" are one name. */
export function cleNom(nom) {
  return nom
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

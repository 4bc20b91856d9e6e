// What the fibre, CRTE and Avenir Montagnes Mobilités recounts share: the sources read here with
// csv-parse and the COG read here from @etalab/decoupage-administratif, with none of the
// builder's functions. A missing source or feed throws: the test that needs it fails.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

const require = createRequire(import.meta.url);
export const root = new URL('../../', import.meta.url).pathname;

/** A value computed at its first use, in a test: a source that cannot be read fails each test that needs it. */
export function une(calcul) {
  let valeur;
  let fait = false;
  return () => {
    if (!fait) {
      valeur = calcul();
      fait = true;
    }
    return valeur;
  };
}

export const csv = (fichier) =>
  parse(readFileSync(join(root, 'data/sources', fichier)), { columns: true, bom: true, skip_empty_lines: true });
export const feed = (code) => JSON.parse(readFileSync(join(root, 'dist/feeds', `${code}.json`), 'utf8'));
/** The published départements, as the index lists them. */
export const publies = () => JSON.parse(readFileSync(join(root, 'dist/feeds/index.json'), 'utf8')).departements.map((d) => d.code);

const cog = require('@etalab/decoupage-administratif/data/communes.json');
const actuelles = new Map(cog.filter((c) => c.type === 'commune-actuelle').map((c) => [c.code, c]));
const versActuelle = new Map();
for (const c of cog) if (c.type === 'commune-deleguee' || c.type === 'commune-associee') versActuelle.set(c.code, c.chefLieu);
for (const c of actuelles.values()) for (const a of c.anciensCodes ?? []) if (a !== c.code) versActuelle.set(a, c.code);

/** The current commune of a code written in an older COG, or undefined. */
export function actuelle(code) {
  if (actuelles.has(code)) return code;
  const suivant = versActuelle.get(code);
  return suivant && actuelles.has(suivant) ? suivant : undefined;
}

export const departementDe = (code) => actuelles.get(code).departement;

/** id → the current communes a file places it on, from cells that may hold « id ; id ». */
export function membres(fichier, colonne) {
  const resultat = new Map();
  for (const l of csv(fichier)) {
    const code = actuelle(l.insee_com);
    if (!code) throw new Error(`${fichier}: ${l.insee_com} is no current commune`);
    for (const id of l[colonne]
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean)) {
      if (!resultat.has(id)) resultat.set(id, new Set());
      resultat.get(id).add(code);
    }
  }
  return resultat;
}

/** The communes of a set in a département, in code order. */
export const dans = (communes, d) => [...communes].filter((c) => departementDe(c) === d).sort();

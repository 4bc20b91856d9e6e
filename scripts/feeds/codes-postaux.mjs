// The postal codes of the COG's communes, for the commune pickers: a resident types « 48000 », not
// « 48095 ». One small file per first two digits (dist/feeds/codes-postaux/48.json), so that a
// picker reads only the one the code being typed begins with; none of it goes into a script.
// Paris, Lyon and Marseille are given by their arrondissements, as their postal codes are.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { arrondissementsMunicipaux, communesActuelles } from '../cog.mjs';
import { comparer } from './places.mjs';

export const DOSSIER_CODES_POSTAUX = 'codes-postaux';

/** Postal code → [[INSEE code, name], …], grouped by the postal code's first two digits. */
export function codesPostauxParPrefixe() {
  const arrondissements = [...arrondissementsMunicipaux().values()];
  const villes = new Set(arrondissements.map((a) => a.commune));
  const entrees = [
    ...communesActuelles()
      .filter((c) => !villes.has(c.code))
      .map((c) => ({ code: c.code, nom: c.nom, codesPostaux: c.codesPostaux ?? [] })),
    ...arrondissements,
  ];
  const parPrefixe = new Map();
  for (const { code, nom, codesPostaux } of entrees) {
    for (const cp of codesPostaux) {
      const prefixe = cp.slice(0, 2);
      if (!parPrefixe.has(prefixe)) parPrefixe.set(prefixe, new Map());
      const codes = parPrefixe.get(prefixe);
      if (!codes.has(cp)) codes.set(cp, []);
      codes.get(cp).push([code, nom]);
    }
  }
  return new Map(
    [...parPrefixe]
      .sort(([a], [b]) => comparer(a, b))
      .map(([prefixe, codes]) => [
        prefixe,
        Object.fromEntries(
          [...codes].sort(([a], [b]) => comparer(a, b)).map(([cp, communes]) => [cp, communes.sort(([a], [b]) => comparer(a, b))]),
        ),
      ]),
  );
}

/** Writes the files into `out`/codes-postaux/; returns their names, relative to `out`. */
export function ecrireCodesPostaux(out) {
  mkdirSync(join(out, DOSSIER_CODES_POSTAUX), { recursive: true });
  const fichiers = [];
  for (const [prefixe, codes] of codesPostauxParPrefixe()) {
    const fichier = join(DOSSIER_CODES_POSTAUX, `${prefixe}.json`);
    writeFileSync(join(out, fichier), `${JSON.stringify(codes)}\n`);
    fichiers.push(fichier);
  }
  return fichiers;
}

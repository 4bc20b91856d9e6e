// Conseillers numériques 2021: the host structures and how many conseillers each was given. A
// structure (same SIRET and name) is one place however many rows repeat it (one row per
// validation), and its conseillers add up. Rows with neither SIRET, name nor commune cannot be
// placed: their conseillers are counted apart, and the national figure says so.
import { Lieux, placerCommune } from './places.mjs';
import { Rapport } from './report.mjs';
import { CONSEILLERS_NUMERIQUES, lireCsv } from './sources.mjs';

const FICHIER = 'conseillers-numeriques-2021.csv';

export function lireConseillers(ctx) {
  const rapport = new Rapport(CONSEILLERS_NUMERIQUES.id, FICHIER);
  const lieux = new Lieux(rapport);
  let nonPlaces = 0;
  let conseillersNonPlaces = 0;
  for (const ligne of lireCsv(FICHIER)) {
    rapport.lignes++;
    const n = Number(ligne.nb_cnfs);
    // The file dropped leading zeros from codes ("1283" for 01283).
    const code = ligne.insee_com.trim() ? ligne.insee_com.trim().padStart(5, '0') : '';
    const place = code
      ? placerCommune(ctx, rapport, code, ligne)
      : rapport.nonPlacee(`ligne sans code commune${ligne.raison_sociale.trim() === '0' ? ' ni nom de structure' : ''}`, ligne);
    if (!place) {
      nonPlaces++;
      conseillersNonPlaces += n;
      continue;
    }
    const nom = ligne.raison_sociale.trim();
    const siret = ligne.siret === 'null' ? '' : ligne.siret;
    const cle = `${siret}|${nom}`;
    if (lieux.parCle.has(cle)) rapport.doublon(`« ${nom} » (SIRET ${siret || 'absent'}) : une ligne de plus, ${n} conseiller(s) ajouté(s)`);
    lieux.ajouter({
      cle,
      identite: cle,
      nom,
      ids: [],
      communes: [place.commune.code],
      ...(place.arrondissement && { arrondissement: place.arrondissement }),
      conseillers: n,
      details: {},
    });
  }
  const fin = lieux.fin();
  rapport.lieux = fin.length + nonPlaces;
  rapport.places = fin.length;
  return { meta: CONSEILLERS_NUMERIQUES, rapport, lieux: fin, nonPlaces, conseillersNonPlaces };
}

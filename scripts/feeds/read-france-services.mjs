// France Services: one place per site of the 2024-08-01 list, with its address, phone and hours.
// A site listed twice (same name, commune and address under two ids) is one place: the later
// row, the more recent entry, gives its hours; the report names both ids.
import { cleNom } from '../cog.mjs';
import { Lieux, placerCommune } from './places.mjs';
import { Rapport } from './report.mjs';
import { FRANCE_SERVICES, lireCsv } from './sources.mjs';

const FICHIER = 'france-services-20240801.csv';
const JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

export function lireFranceServices(ctx) {
  const rapport = new Rapport(FRANCE_SERVICES.id, FICHIER);
  const lignes = lireCsv(FICHIER).sort((a, b) => Number(b.id_fs) - Number(a.id_fs));
  const lieux = new Lieux(rapport);
  const vus = new Map();
  let nonPlaces = 0;
  for (const ligne of lignes) {
    rapport.lignes++;
    const adresse = [ligne.adresse, ligne.complement_adresse]
      .map((s) => s?.trim())
      .filter(Boolean)
      .join(', ');
    const identite = `${cleNom(ligne.lib_fs)}|${ligne.insee_com}|${cleNom(ligne.adresse ?? '')}`;
    if (vus.has(identite)) {
      rapport.doublon(
        `« ${ligne.lib_fs.trim()} » : id_fs ${ligne.id_fs} est le site id_fs ${vus.get(identite)} (même nom, commune et adresse)`,
      );
      continue;
    }
    vus.set(identite, ligne.id_fs);
    const place = placerCommune(ctx, rapport, ligne.insee_com, ligne);
    if (!place) {
      nonPlaces++;
      continue;
    }
    const horaires = Object.fromEntries(JOURS.filter((j) => ligne[`h_${j}`]?.trim()).map((j) => [j, ligne[`h_${j}`].trim()]));
    lieux.ajouter({
      cle: ligne.id_fs.padStart(6, '0'),
      identite,
      nom: ligne.lib_fs.trim(),
      ids: [ligne.id_fs],
      communes: [place.commune.code],
      ...(place.arrondissement && { arrondissement: place.arrondissement }),
      details: {
        ...(adresse && { adresse: `${adresse}, ${ligne.code_postal} ${ligne.lib_com}`.trim() }),
        ...(ligne.telephone?.trim() && { telephone: ligne.telephone.trim() }),
        ...(Object.keys(horaires).length && { horaires }),
        ...(ligne.type_fs === 'Antenne' && { type: 'Antenne' }),
      },
    });
  }
  const fin = lieux.fin();
  rapport.lieux = fin.length + nonPlaces;
  rapport.places = fin.length;
  return { meta: FRANCE_SERVICES, rapport, lieux: fin, nonPlaces };
}

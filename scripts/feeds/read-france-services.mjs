// France Services: one place per site of the 2024-08-01 list, with its address, phone, hours (as
// the source writes them, and as ranges when they read as such), appointments, comment, format,
// type, coordinates and labelling date.
// A site listed twice (same name, commune and address under two ids) is one place: the later
// row, the more recent entry, gives its hours; the report names both ids.
import { cleNom } from '../cog.mjs';
import { horairesDuSite } from './horaires.mjs';
import { Lieux, placerCommune } from './places.mjs';
import { Rapport } from './report.mjs';
import { FRANCE_SERVICES, lireCsv } from './sources.mjs';

const FICHIER = 'france-services-20240801.csv';
const JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
/** The source's formats: a bus or an itinerant service goes to its residents; the others are fixed sites. */
const FORMATS = { Fixe: 'fixe', 'Fixe_antenne(s)': 'fixe', Multisites: 'fixe', Bus_équivalent: 'itinerant', Itinérante: 'itinerant' };
/** Four decimals of a degree: about ten metres, the building, not the desk. */
const arrondi = (x) => Math.round(Number(x) * 1e4) / 1e4;

/** « Espace labellisé 01/09/2020 » → « 2020-09-01 ». */
function dateDeLabellisation(texte) {
  const m = /(\d{2})\/(\d{2})\/(\d{4})/.exec(texte ?? '');
  return m ? `${m[3]}-${m[2]}-${m[1]}` : undefined;
}

/** Some comments were exported with JavaScript escapes (« Le\x20lundi ») : read them as the text they stand for. */
function commentaire(texte) {
  const t = (texte ?? '')
    .replace(/\\x([0-9A-Fa-f]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\s+/g, ' ')
    .trim();
  return t || undefined;
}

/** What the source says of a site beyond its name and commune, for the feed's place. */
function detailsDuSite(ligne, adresse) {
  const horaires = horairesDuSite(Object.fromEntries(JOURS.map((j) => [j, ligne[`h_${j}`]?.trim() ?? ''])));
  const latitude = arrondi(ligne.latitude);
  const longitude = arrondi(ligne.longitude);
  const remarque = commentaire(ligne.commentaire);
  const labellisation = dateDeLabellisation(ligne.labellisation_fs);
  return {
    ...(adresse && { adresse: `${adresse}, ${ligne.code_postal} ${ligne.lib_com}`.trim() }),
    ...(ligne.telephone?.trim() && { telephone: ligne.telephone.trim() }),
    ...horaires,
    ...(ligne.type_fs === 'Antenne' && { type: 'Antenne' }),
    ...(ligne.type_fs && { site: ligne.type_fs === 'Antenne' ? 'antenne' : 'principal' }),
    ...(FORMATS[ligne.format_fs] && { format: FORMATS[ligne.format_fs] }),
    ...(ligne.prise_rdv === 'Oui' || ligne.prise_rdv === 'Non' ? { rendezVous: ligne.prise_rdv === 'Oui' } : {}),
    ...(remarque && { commentaire: remarque }),
    ...(Number.isFinite(latitude) && Number.isFinite(longitude) && ligne.latitude && { coordonnees: { latitude, longitude } }),
    ...(labellisation && { labellisation }),
  };
}

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
    lieux.ajouter({
      cle: ligne.id_fs.padStart(6, '0'),
      identite,
      nom: ligne.lib_fs.trim(),
      ids: [ligne.id_fs],
      communes: [place.commune.code],
      ...(place.arrondissement && { arrondissement: place.arrondissement }),
      details: detailsDuSite(ligne, adresse),
    });
  }
  const fin = lieux.fin();
  rapport.lieux = fin.length + nonPlaces;
  rapport.places = fin.length;
  return { meta: FRANCE_SERVICES, rapport, lieux: fin, nonPlaces };
}

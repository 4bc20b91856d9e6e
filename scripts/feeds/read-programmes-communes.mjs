// Programmes of communes (programmes-communes.csv): a place per id of the list, made of the
// communes its rows name. Some rows bundle several places of one commune (« fabt-51; fabt-52 »
// with « LA POMPE; URBAN PROD »): each id is its own place. Where a place is a commune (Action
// cœur de ville, Petites villes de demain…, or a cité named after its commune), it takes the
// commune's COG name, never the list's abbreviation (« St Chély d'Apcher »).
import { Lieux, comparer, estUnNomDeCommune, nomsDeCommunes, placerCommune } from './places.mjs';
import { Rapport } from './report.mjs';
import { PROGRAMMES_COMMUNES, lireCsv } from './sources.mjs';

const FICHIER = 'programmes-communes.csv';

export function lireProgrammesCommunes(ctx) {
  const parProgramme = new Map();
  for (const ligne of lireCsv(FICHIER)) {
    const meta = PROGRAMMES_COMMUNES[ligne.programme];
    if (!meta) continue; // France_services_principal_20240910: the richer list of France Services stands
    if (!parProgramme.has(meta.id)) parProgramme.set(meta.id, { meta, lignes: [] });
    parProgramme.get(meta.id).lignes.push(ligne);
  }
  return [...parProgramme.values()].map(({ meta, lignes }) => lireProgramme(ctx, meta, lignes));
}

function lireProgramme(ctx, meta, lignes) {
  const rapport = new Rapport(meta.id, FICHIER);
  /** id → {nom, rows} */
  const parId = new Map();
  for (const ligne of lignes) {
    rapport.lignes++;
    const ids = ligne.id.split(';').map((s) => s.trim());
    const noms = (ligne.lib || ligne.lib_com).split(';').map((s) => s.trim());
    if (ids.length > 1 && noms.length !== ids.length) {
      rapport.note(`${ids.join(', ')} : ${ids.length} identifiants pour un seul nom, « ${noms.join('; ')} » : un seul lieu`);
    }
    const paires = noms.length === ids.length ? ids.map((id, i) => [id, noms[i]]) : [[ids.join('; '), noms.join('; ')]];
    for (const [id, nom] of paires) {
      if (!parId.has(id)) parId.set(id, { nom, lignes: [] });
      parId.get(id).lignes.push(ligne);
    }
  }
  const lieux = new Lieux(rapport);
  let nonPlaces = 0;
  for (const [id, { nom, lignes: rows }] of [...parId].sort(([a], [b]) => comparer(a, b))) {
    const placees = rows.map((l) => [l, placerCommune(ctx, rapport, l.insee_com, l)]).filter(([, p]) => p);
    if (!placees.length) {
      nonPlaces++;
      continue;
    }
    const communes = [...new Set(placees.map(([, p]) => p.commune.code))].sort(comparer);
    const arrondissements = [...new Set(placees.map(([, p]) => p.arrondissement))];
    // A cité named after one of its communes takes that commune's name; a structure keeps its own.
    const homonyme = placees.find(([l, p]) => estUnNomDeCommune(nom, [l.lib_com, p.commune.nom]))?.[1].commune;
    const nomOfficiel = meta.lieuEstCommune ? nomsDeCommunes(ctx, communes) : (homonyme?.nom ?? nom);
    rapport.renomme(nom, nomOfficiel);
    const date = rows
      .map((l) => l.date_signature)
      .filter(Boolean)
      .sort(comparer)[0];
    lieux.ajouter({
      cle: id,
      nom: nomOfficiel,
      ids: [id],
      communes,
      ...(arrondissements.length === 1 && arrondissements[0] && { arrondissement: arrondissements[0] }),
      details: { ...(date && { date }) },
    });
  }
  const fin = lieux.fin();
  rapport.lieux = fin.length + nonPlaces;
  rapport.places = fin.length;
  return { meta, rapport, lieux: fin, nonPlaces };
}

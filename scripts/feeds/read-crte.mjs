// The CRTE (contrats de relance et de transition écologique) of each département: every contract
// with a commune in it, its members there and its national count of communes. Ids read
// crte-<région>-<département>-<n>: a contract carried by another département says which; an id
// naming several départements at once (« 0259 », « 75929394 ») names no single one, so says
// none. A commune in two contracts (« id ; id ») is in both. Codes of 2023 are placed on their
// current commune, so a commune merged since counts once in each contract it reaches.
import { comparer, comparerIds, placerCommune } from './places.mjs';
import { Rapport } from './report.mjs';
import { CRTE, lireCsv } from './sources.mjs';

export function lireCrte(ctx) {
  const rapport = new Rapport('crte', CRTE.fichier);
  /** id → the current communes it reaches. */
  const membres = new Map();
  let sansCrte = 0;
  for (const ligne of lireCsv(CRTE.fichier)) {
    rapport.lignes++;
    const ids = ligne.id_crte
      .split(';')
      .map((id) => id.trim())
      .filter(Boolean);
    if (!ids.length) {
      sansCrte++;
      continue;
    }
    const place = placerCommune(ctx, rapport, ligne.insee_com, ligne);
    if (!place) continue;
    for (const id of ids) {
      if (!membres.has(id)) membres.set(id, new Set());
      membres.get(id).add(place.commune.code);
    }
  }
  if (sansCrte) rapport.note(`${sansCrte} communes dans aucun CRTE`);
  rapport.lieux = rapport.places = membres.size;
  const parDept = new Map();
  for (const id of [...membres.keys()].sort(comparerIds)) {
    const communes = [...membres.get(id)].sort(comparer);
    const porteur = id.split('-')[2];
    const parIci = new Map();
    for (const c of communes) {
      const d = ctx.communeParCode.get(c).departement;
      if (!parIci.has(d)) parIci.set(d, []);
      parIci.get(d).push(c);
    }
    for (const [d, ici] of parIci) {
      if (!parDept.has(d)) parDept.set(d, []);
      parDept.get(d).push({
        ...(CRTE.noms[id] && { nom: CRTE.noms[id].nom }),
        id,
        ...(porteur !== d && ctx.codesDepts.has(porteur) && { departement: porteur }),
        nombreCommunes: communes.length,
        communes: ici,
      });
    }
  }
  verifierLesNoms(parDept);
  return { parDept, rapport };
}

/** A name stands on its match to an id: if the id's communes in the département change, it no longer does. */
function verifierLesNoms(parDept) {
  for (const [id, { departement, communesDansLeDepartement }] of Object.entries(CRTE.noms)) {
    const contrat = parDept.get(departement)?.find((c) => c.id === id);
    if (contrat?.communes.length !== communesDansLeDepartement) {
      throw new Error(
        `${id}: ${contrat?.communes.length ?? 0} communes in ${departement}, its name was matched on ${communesDansLeDepartement}`,
      );
    }
  }
}

/** The CRTE section of a département's feed, or null when no contract reaches it. */
export function crtePour(parDept, departement) {
  const contrats = parDept.get(departement);
  return contrats?.length ? { contrats, source: CRTE.source } : null;
}

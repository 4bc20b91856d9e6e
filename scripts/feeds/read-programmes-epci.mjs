// Programmes of groupements (programmes-epci.csv): a place per id of the list (per territory
// where the list repeats one under several ids), made of EPCI — or of communes named by SIREN or
// INSEE code — and covering the communes that were their members in the COG of the list's year,
// not today's. A commune whose EPCI changed since is recorded, so that its page can say so. A
// row naming a groupement the COG does not know (a PETR, a syndicat) is reported: its place
// stands on the other rows of its id (the member EPCI the source names), or is not placed.
// A programme with a `perimetre` file takes each id's communes from it instead (the list still
// gives the ids, names and carrying groupements): no groupement then stands for its communes.
import { cleNom, codesDuMillesime, communesActuelles, epciParSiren } from '../cog.mjs';
import { Lieux, comparer, comparerIds } from './places.mjs';
import { Rapport } from './report.mjs';
import { PROGRAMMES_EPCI, lireCsv } from './sources.mjs';

const FICHIER = 'programmes-epci.csv';

export function lireProgrammesEpci(ctx, changements) {
  const parProgramme = new Map();
  for (const ligne of lireCsv(FICHIER)) {
    const meta = PROGRAMMES_EPCI[ligne.programme];
    if (!meta) continue;
    if (!parProgramme.has(meta.id)) parProgramme.set(meta.id, { meta, lignes: [] });
    parProgramme.get(meta.id).lignes.push(ligne);
  }
  return [...parProgramme.values()].map(({ meta, lignes }) => lireProgramme(ctx, meta, lignes, changements));
}

/**
 * The EPCI (not EPT) of each current commune in a vintage, its members' codes brought to today's.
 * A commune that was then a commune déléguée (and has since left its commune nouvelle) was in
 * its chef-lieu's EPCI.
 */
const epciDesCommunesParAnnee = new Map();
function epciDesCommunes(ctx, annee) {
  if (!epciDesCommunesParAnnee.has(annee)) epciDesCommunesParAnnee.set(annee, calculerEpciDesCommunes(ctx, annee));
  return epciDesCommunesParAnnee.get(annee);
}

function calculerEpciDesCommunes(ctx, annee) {
  const resultat = new Map();
  const parCodeAlors = new Map();
  for (const e of epciParSiren(annee).values()) {
    if (e.ept) continue;
    for (const m of e.membres) {
      parCodeAlors.set(m, { siren: e.siren, nom: e.nom });
      const code = ctx.resoudre(m)?.code;
      if (code && !resultat.has(code)) resultat.set(code, { siren: e.siren, nom: e.nom });
    }
  }
  for (const c of codesDuMillesime(annee)) {
    const epci = c.chefLieu && parCodeAlors.get(c.chefLieu);
    if (epci && ctx.communeParCode.has(c.code) && !resultat.has(c.code)) resultat.set(c.code, epci);
  }
  return resultat;
}

function lireProgramme(ctx, meta, lignes, changements) {
  const rapport = new Rapport(meta.id, FICHIER);
  const epcisListe = epciParSiren(meta.cog);
  const epcisActuels = epciParSiren();
  const sirenListe = new Map(communesActuelles(meta.cog).map((c) => [c.siren, c.code]));
  const avant = epciDesCommunes(ctx, meta.cog);
  const maintenant = epciDesCommunes(ctx, undefined);
  const nomGroupement = (siren) => epcisActuels.get(siren)?.nom ?? epcisListe.get(siren).nom;

  /** A row's code → the current communes it covers, and the groupement it names, or null. */
  function couvrir(code) {
    const epci = epcisListe.get(code) ?? epcisActuels.get(code);
    if (epci) {
      if (!epcisListe.has(code)) rapport.note(`EPCI ${code} absent du COG ${meta.cog} : membres du COG actuel`);
      const communes = epci.membres.map((m) => ctx.resoudre(m)?.code).filter(Boolean);
      const departements = new Set(communes.map((c) => ctx.communeParCode.get(c).departement));
      return { communes, groupement: { siren: code, nom: nomGroupement(code), departements, membres: communes } };
    }
    const commune = ctx.communeParSiren.get(code)?.code ?? ctx.resoudre(sirenListe.get(code) ?? code)?.code ?? codeDuSiren(ctx, code);
    return commune ? { communes: [commune], commune } : null;
  }

  const parCle = new Map();
  for (const ligne of lignes) {
    rapport.lignes++;
    const cle = meta.parTerritoire ? ligne.siren_groupement.trim() : ligne.id;
    if (!parCle.has(cle)) parCle.set(cle, []);
    parCle.get(cle).push(ligne);
  }
  const lieux = new Lieux(rapport);
  const perimetres = meta.perimetre && lirePerimetres(ctx, meta.perimetre, rapport);
  let nonPlaces = 0;
  for (const [cle, rows] of [...parCle].sort(([a], [b]) => comparer(a, b))) {
    const couverts = [];
    const inconnus = [];
    for (const ligne of rows) {
      const c = couvrir(ligne.siren_groupement.trim());
      if (c) couverts.push([ligne, c]);
      else inconnus.push(ligne);
    }
    const ids = [...new Set(rows.map((l) => l.id))].sort(comparerIds);
    if (perimetres) {
      const communes = [...new Set(ids.flatMap((id) => [...(perimetres.get(id) ?? [])]))].sort(comparer);
      if (!communes.length) {
        nonPlaces++;
        rapport.nonPlacee(`${ids.join(', ')} : aucune commune dans ${meta.perimetre.fichier}`, rows[0]);
        continue;
      }
      for (const l of inconnus)
        rapport.note(
          `${l.id} : « ${l.siren_groupement} » (${l.lib_groupement}) inconnu du COG ; communes prises dans ${meta.perimetre.fichier}`,
        );
      ajouterSurPerimetre(ctx, lieux, { cle, ids, rows, couverts, inconnus, communes });
      continue;
    }
    if (!couverts.length) {
      nonPlaces++;
      for (const l of inconnus)
        rapport.nonPlacee(
          `« ${l.siren_groupement} » (${l.lib_groupement}) n’est ni un EPCI ni une commune du COG, et la source ne nomme pas ses membres`,
          l,
        );
      continue;
    }
    for (const l of inconnus) {
      rapport.note(
        `${l.id} : « ${l.siren_groupement} » (${l.lib_groupement}) inconnu du COG ; le lieu tient sur les autres lignes de ${l.id} (EPCI membres nommés par la source)`,
      );
    }
    const communes = [...new Set(couverts.flatMap(([, c]) => c.communes))].sort(comparer);
    const groupements = couverts.map(([, c]) => c.groupement).filter(Boolean);
    const source = (rows[0].lib || rows[0].lib_groupement).trim();
    const seul = couverts.length === 1 && !inconnus.length ? couverts[0][1] : null;
    // The place named after its one groupement or commune takes the COG's name for it.
    const nomCog = seul && (seul.groupement?.nom ?? ctx.communeParCode.get(seul.commune).nom);
    const nom = nomCog && (!rows[0].lib || cleNom(rows[0].lib) === cleNom(rows[0].lib_groupement)) ? nomCog : source;
    rapport.renomme(source, nom);
    for (const g of groupements) noterChangements(g, communes, epcisActuels, avant, maintenant, meta, changements);
    lieux.ajouter({
      cle,
      nom,
      ids,
      communes,
      groupements: groupements.filter((g, i) => groupements.findIndex((h) => h.siren === g.siren) === i),
      details: {},
    });
  }
  const fin = lieux.fin();
  rapport.lieux = fin.length + nonPlaces;
  rapport.places = fin.length;
  const totalIds = meta.totalDesIds ? new Set(lignes.map((l) => l.id)).size : undefined;
  return { meta, rapport, lieux: fin, nonPlaces, totalIds };
}

/** id → the current communes the perimeter file places it on; a code the COG cannot place is reported. */
function lirePerimetres(ctx, { fichier, colonne }, rapport) {
  const perimetres = new Map();
  for (const ligne of lireCsv(fichier)) {
    const code = ctx.resoudre(ligne.insee_com)?.code;
    if (!code) {
      rapport.nonPlacee(`code INSEE ${ligne.insee_com} de ${fichier} inconnu du COG`, ligne);
      continue;
    }
    for (const id of ligne[colonne].split(';').map((i) => i.trim())) {
      if (!perimetres.has(id)) perimetres.set(id, new Set());
      perimetres.get(id).add(code);
    }
  }
  return perimetres;
}

/**
 * A place on its perimeter's communes. Its groupements are shown in a département only where
 * their members in the perimeter are; the name is the list's, or the COG's for a place named
 * after its one groupement.
 */
function ajouterSurPerimetre(ctx, lieux, { cle, ids, rows, couverts, inconnus, communes }) {
  const dans = new Set(communes);
  const groupements = couverts
    .map(([, c]) => c.groupement)
    .filter(Boolean)
    .map((g) => {
      const membres = g.membres.filter((m) => dans.has(m));
      return { ...g, departements: new Set(membres.map((m) => ctx.communeParCode.get(m).departement)) };
    })
    .filter((g, i, tous) => g.departements.size && tous.findIndex((h) => h.siren === g.siren) === i);
  const lib = (rows[0].lib || rows[0].lib_groupement).trim();
  const seul = couverts.length === 1 && !inconnus.length ? couverts[0][1] : null;
  const nomCog = seul && (seul.groupement?.nom ?? ctx.communeParCode.get(seul.commune).nom);
  const nom = nomCog && cleNom(lib) === cleNom(rows[0].lib_groupement) ? nomCog : lib;
  lieux.rapport.renomme(lib, nom);
  lieux.ajouter({ cle, nom, ids, communes, groupements, details: {} });
}

/**
 * Communes that were members of a groupement in the list's year and are not now, or the other
 * way round: their EPCI then and now, for their page.
 */
function noterChangements(groupement, communesDuLieu, epcisActuels, avant, maintenant, meta, changements) {
  const actuels = epcisActuels.get(groupement.siren)?.membres ?? [];
  const concernees = new Set([...communesDuLieu.filter((c) => avant.get(c)?.siren === groupement.siren), ...actuels]);
  for (const code of concernees) {
    const alors = avant.get(code);
    const aujourdhui = maintenant.get(code);
    if (alors?.siren === aujourdhui?.siren) continue;
    if (!changements.has(code)) changements.set(code, new Map());
    const parAnnee = changements.get(code);
    if (!parAnnee.has(meta.cog)) parAnnee.set(meta.cog, { epci: alors ?? null, programmes: new Set() });
    parAnnee.get(meta.cog).programmes.add(meta.id);
    parAnnee.set('actuel', { epci: aujourdhui ?? null });
  }
}

/**
 * A commune's SIREN holds its INSEE code: 21 + département + 0 + commune + check digit. The SIREN
 * of a commune merged since is no longer in the COG, but its INSEE code leads to the commune
 * that absorbed it.
 */
function codeDuSiren(ctx, siren) {
  const m = /^21(\d{2})0(\d{3})\d$/.exec(siren);
  return m ? ctx.resoudre(`${m[1]}${m[2]}`)?.code : undefined;
}

// Arcep's fibre figures per département: the deployment series (locaux raccordables per quarter,
// metropolitan départements only) with Arcep's estimate of all the locaux, and the 2024
// eligibility per technology of every commune, summed into its département. The two measures
// stay apart: they count different things, at different dates.
//
// Eligibility rows are placed on the current commune of their code (a commune merged since the
// file was made adds up into the commune it joined); a row the COG cannot place is reported.
// Counts are written as integers and a technology with no eligible locaux is left out, which
// keeps the per-commune table small: every commune page downloads it.
import { TECHNOLOGIES } from '../../dist/data.js';
import { comparer, placerCommune } from './places.mjs';
import { Rapport } from './report.mjs';
import { FIBRE, lireCsv } from './sources.mjs';

/** The file's column for each technology of the feed, in the feed's order. */
const COLONNES = {
  fibre: 'nb_locaux_fibre',
  cable: 'nb_locaux_cable',
  dsl: 'nb_locaux_dsl',
  thdRadio: 'nb_locaux_thd_radio',
  '4gFixe': 'nb_locaux_4g_fixe',
  hdRadio: 'nb_locaux_hd_radio',
  satellite: 'nb_locaux_satellite',
};

/**
 * A count from the file: integers written « 210.0 »; the deployment file has a few half
 * premises (« 683103.5 »), rounded half up to a whole one.
 */
const entier = (texte) => (texte.trim() ? Math.round(Number(texte)) : 0);

export function lireDeploiement() {
  const { fichier } = FIBRE.deploiement;
  const rapport = new Rapport('fibre : déploiement', fichier);
  const parDept = new Map();
  for (const ligne of lireCsv(fichier)) {
    rapport.lignes++;
    const code = ligne.code_departement;
    if (!parDept.has(code)) parDept.set(code, { estimation: Number(ligne.meilleure_estimation_des_locaux_t2_2022), trimestres: [] });
    const brut = ligne.nombre_de_logements_raccordables;
    if (!Number.isInteger(Number(brut))) rapport.note(`${code}, ${ligne.annee}-T${ligne.trimestre} : ${brut} arrondi à ${entier(brut)}`);
    parDept.get(code).trimestres.push({ trimestre: `${ligne.annee}-T${ligne.trimestre}`, locauxRaccordables: entier(brut) });
  }
  const resultat = new Map();
  for (const [code, { estimation, trimestres }] of parDept) {
    trimestres.sort((a, b) => comparer(a.trimestre, b.trimestre));
    resultat.set(code, {
      trimestres,
      estimationLocaux: { valeur: estimation, date: FIBRE.deploiement.dateEstimation },
      definition: FIBRE.deploiement.definition,
      source: FIBRE.deploiement.source,
    });
  }
  rapport.lieux = rapport.places = resultat.size;
  return { parDept: resultat, rapport };
}

/** Only what is there: a technology with no eligible locaux is absent, as the schema says. */
/**
 * The communes as columns, in the order of their codes (the schema's `EligibiliteCommunesSchema`):
 * a technology that no commune of the département has is left out.
 */
function enColonnes(communes) {
  const codes = [...communes.keys()].sort(comparer);
  const colonnes = { codes, locaux: codes.map((code) => communes.get(code).locaux) };
  for (const t of TECHNOLOGIES)
    if (codes.some((code) => communes.get(code)[t] > 0)) colonnes[t] = codes.map((code) => communes.get(code)[t]);
  return colonnes;
}

function compacter(comptes) {
  return Object.fromEntries(Object.entries(comptes).filter(([cle, n]) => cle === 'locaux' || n > 0));
}

export function lireEligibilite(ctx) {
  const { fichier } = FIBRE.eligibilite;
  const rapport = new Rapport('fibre : éligibilité', fichier);
  const parCommune = new Map();
  for (const ligne of lireCsv(fichier)) {
    rapport.lignes++;
    const place = placerCommune(ctx, rapport, ligne.code_insee, ligne);
    if (!place) continue;
    const code = place.commune.code;
    if (parCommune.has(code)) rapport.doublon(`${ligne.code_insee} ajouté à ${code}, qui avait déjà une ligne (fusion de communes)`);
    const comptes = parCommune.get(code) ?? { locaux: 0, ...Object.fromEntries(TECHNOLOGIES.map((t) => [t, 0])) };
    comptes.locaux += entier(ligne.nb_locaux);
    for (const t of TECHNOLOGIES) comptes[t] += entier(ligne[COLONNES[t]]);
    parCommune.set(code, comptes);
  }
  const parDept = new Map();
  for (const code of [...parCommune.keys()].sort(comparer)) {
    const dept = ctx.communeParCode.get(code).departement;
    if (!parDept.has(dept)) parDept.set(dept, new Map());
    parDept.get(dept).set(code, parCommune.get(code));
  }
  const resultat = new Map();
  for (const [dept, communes] of parDept) {
    if (!ctx.codesDepts.has(dept)) {
      rapport.note(`${communes.size} communes à ${ctx.sansFeed.get(dept) ?? dept}, qui n’a pas de feed`);
      continue;
    }
    const departement = { locaux: 0, ...Object.fromEntries(TECHNOLOGIES.map((t) => [t, 0])) };
    for (const comptes of communes.values()) for (const cle of Object.keys(departement)) departement[cle] += comptes[cle];
    resultat.set(dept, {
      departement: compacter(departement),
      communes: enColonnes(communes),
      definition: FIBRE.eligibilite.definition,
      source: FIBRE.eligibilite.source,
    });
  }
  const absentes = ctx.communes.filter((c) => ctx.codesDepts.has(c.departement) && !parCommune.has(c.code)).map((c) => c.code);
  if (absentes.length) rapport.note(`${absentes.length} communes sans ligne dans le fichier : ${absentes.sort(comparer).join(', ')}`);
  rapport.lieux = parCommune.size;
  rapport.places = [...resultat.values()].reduce((n, e) => n + e.communes.codes.length, 0);
  return { parDept: resultat, rapport };
}

/** The fibre section of a département's feed, or null when Arcep has nothing for it. */
export function fibrePour(deploiements, eligibilites, departement) {
  const deploiement = deploiements.get(departement);
  const eligibilite = eligibilites.get(departement);
  if (!deploiement && !eligibilite) return null;
  return { source: FIBRE.source, ...(deploiement && { deploiement }), ...(eligibilite && { eligibilite }) };
}

// From the programmes' places to one feed per département: each place cut to the communes of the
// département, counted in the programme's unit (places, communes or ids), with the national
// total in the same unit. The total reads « en France », as a resident says it; where the sum
// over départements differs from the national figure (places outside any département, places not
// placed, places across départements), the total's `calcul`, which no element shows, says by how
// much and why; the build checks the arithmetic and stops if it fails.
import { COG_ACTUEL } from '../cog.mjs';
import { comparer } from './places.mjs';

const nombre = new Intl.NumberFormat('fr-FR');
const pluriel = (n, un, plusieurs) => `${nombre.format(n)} ${n > 1 ? plusieurs : un}`;

/** What a place counts for: its communes, its ids, or itself. */
function unites(meta, lieu) {
  if (meta.compteCommunes) return lieu.communes;
  if (meta.totalDesIds) return lieu.ids;
  return [lieu.cle];
}

/** The programme cut by département, its national total and the sum check. */
export function repartir(ctx, resultat) {
  const { meta, lieux, nonPlaces } = resultat;
  const parDept = new Map();
  const deptsDeLUnite = new Map();
  for (const lieu of lieux) {
    const codesParDept = new Map();
    for (const c of lieu.communes) {
      const d = ctx.communeParCode.get(c).departement;
      if (!codesParDept.has(d)) codesParDept.set(d, []);
      codesParDept.get(d).push(c);
    }
    for (const [d, codes] of codesParDept) {
      if (!parDept.has(d)) parDept.set(d, []);
      parDept.get(d).push({ lieu, codes });
      for (const u of meta.compteCommunes ? codes : unites(meta, lieu)) {
        if (!deptsDeLUnite.has(u)) deptsDeLUnite.set(u, new Set());
        deptsDeLUnite.get(u).add(d);
      }
    }
  }
  const nonSitues = meta.totalDesIds ? resultat.totalIds - deptsDeLUnite.size : nonPlaces;
  const total = deptsDeLUnite.size + nonSitues;
  const hors = new Map();
  let enPlus = 0;
  let somme = 0;
  for (const depts of deptsDeLUnite.values()) {
    const avecFeed = [...depts].filter((d) => ctx.codesDepts.has(d));
    somme += avecFeed.length;
    if (avecFeed.length > 1) enPlus += avecFeed.length - 1;
    if (!avecFeed.length) for (const d of depts) hors.set(d, (hors.get(d) ?? 0) + 1);
  }
  const horsTotal = [...hors.values()].reduce((a, b) => a + b, 0);
  for (const [d, n] of hors)
    resultat.rapport.note(`${n} hors des départements, à ${ctx.sansFeed.get(d) ?? d} : comptés en France, sans feed`);
  if (somme !== total - nonSitues - horsTotal + enPlus) throw new Error(`${meta.id}: the sum over départements does not add up`);
  const notes = [
    ...[...hors].sort().map(([d, n]) => `${nombre.format(n)} à ${ctx.sansFeed.get(d) ?? d}, qui n’a pas de fiche`),
    ...(nonSitues ? [`${nombre.format(nonSitues)} que la source ne permet pas de situer`] : []),
    ...(enPlus
      ? [`la somme des départements en compte ${nombre.format(enPlus)} de plus : un lieu sur plusieurs départements compte dans chacun`]
      : []),
  ];
  return { parDept, total, somme, ...(notes.length && { calcul: notes.join(' ; ') }) };
}

function lieuDuFeed(meta, lieu, codes, departement) {
  const groupements = (lieu.groupements ?? [])
    .filter((g) => g.departements.has(departement))
    .map(({ siren, nom }) => ({ siren, nom }))
    .sort((a, b) => comparer(a.siren, b.siren));
  // A list's internal ids are no reader's business: a place shows its name, its commune and its
  // groupements, never the code it had in the source.
  const type =
    lieu.details.type ?? (lieu.conseillers ? pluriel(lieu.conseillers, 'conseiller numérique', 'conseillers numériques') : undefined);
  return {
    nom: lieu.nom,
    ...(codes.length === 1 && !meta.cog ? { commune: codes[0] } : { communes: codes }),
    ...(lieu.arrondissement && { arrondissement: lieu.arrondissement }),
    ...(groupements.length && { groupements }),
    ...lieu.details,
    ...(type && { type }),
    ...(lieu.ids.length > 1 && { identifiants: lieu.ids }),
  };
}

export function programmePour(ctx, resultat, repartition, departement) {
  const { meta } = resultat;
  const places = repartition.parDept.get(departement);
  if (!places?.length) return null;
  const lieux = places
    .map(({ lieu, codes }) => lieuDuFeed(meta, lieu, codes, departement))
    .sort((a, b) => comparer(a.commune ?? a.communes[0], b.commune ?? b.communes[0]) || comparer(a.nom, b.nom));
  const valeur = new Set(places.flatMap(({ lieu, codes }) => (meta.compteCommunes ? codes : unites(meta, lieu)))).size;
  const [un, plusieurs] = meta.compte;
  const chiffres = [
    {
      valeur,
      libelle: valeur > 1 ? plusieurs : un,
      total: { valeur: repartition.total, perimetre: 'en France', ...(repartition.calcul && { calcul: repartition.calcul }) },
    },
  ];
  if (meta.id === 'france-services') {
    const antennes = lieux.filter((l) => l.type === 'Antenne').length;
    if (antennes) chiffres.push({ valeur: antennes, libelle: antennes > 1 ? 'antennes parmi ces sites' : 'antenne parmi ces sites' });
  }
  if (meta.id === 'conseillers-numeriques') chiffres.push(chiffreConseillers(ctx, resultat, places));
  return {
    id: meta.id,
    nom: meta.nom,
    axe: meta.axe,
    ...(meta.cog && { cog: meta.cog }),
    chiffres,
    lieux,
    source: meta.source,
  };
}

/** The conseillers of a département, out of the source's; those of rows not placed are named apart. */
function chiffreConseillers(ctx, resultat, places) {
  const valeur = places.reduce((n, { lieu }) => n + lieu.conseillers, 0);
  const horsFeeds = resultat.lieux.filter((l) => !ctx.codesDepts.has(ctx.communeParCode.get(l.communes[0]).departement));
  const hors = horsFeeds.reduce((n, l) => n + l.conseillers, 0);
  const total = resultat.lieux.reduce((n, l) => n + l.conseillers, 0) + resultat.conseillersNonPlaces;
  const notes = [
    ...(hors ? [`${nombre.format(hors)} hors des départements`] : []),
    ...(resultat.conseillersNonPlaces
      ? [
          `${pluriel(resultat.conseillersNonPlaces, 'conseiller', 'conseillers')} de ${pluriel(resultat.nonPlaces, 'ligne', 'lignes')} sans commune, que la source ne permet pas de situer`,
        ]
      : []),
  ];
  return {
    valeur,
    libelle: valeur > 1 ? 'conseillers numériques validés' : 'conseiller numérique validé',
    total: { valeur: total, perimetre: 'en France', ...(notes.length && { calcul: notes.join(' ; ') }) },
  };
}

/** A commune's EPCI in each vintage a list used, and today, where they differ. */
export function changementsEpci(changements, codes) {
  const resultat = {};
  for (const code of codes) {
    const parAnnee = changements.get(code);
    if (!parAnnee) continue;
    resultat[code] = [...parAnnee]
      .map(([annee, { epci, programmes }]) => ({
        annee: annee === 'actuel' ? COG_ACTUEL : annee,
        ...(epci && { siren: epci.siren, nom: epci.nom }),
        ...(programmes && { programmes: [...programmes].sort(comparer) }),
      }))
      .sort((a, b) => a.annee - b.annee);
  }
  return resultat;
}

// Where a source row goes: the current commune of a code (whatever vintage of the COG wrote it),
// the arrondissement it names in Paris, Lyon or Marseille, and a programme's distinct places.
// Every row that cannot be placed, every merge and every renaming is written to the programme's
// report (report.mjs), so that nothing is dropped or changed silently.
import {
  anciensCodes,
  arrondissementsMunicipaux,
  cleNom,
  collectivitesSansFeed,
  communesActuelles,
  departements,
  resolveurCommunes,
} from '../cog.mjs';

export const comparer = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Ids as a person reads them: ai-2 before ai-10. */
export const comparerIds = new Intl.Collator('en', { numeric: true }).compare;

/** The COG once, for every reader of a source. */
export function contexte() {
  const communes = communesActuelles();
  const depts = departements();
  return {
    depts,
    codesDepts: new Set(depts.map((d) => d.code)),
    sansFeed: collectivitesSansFeed(),
    communes,
    communeParCode: new Map(communes.map((c) => [c.code, c])),
    communeParSiren: new Map(communes.map((c) => [c.siren, c])),
    arrondissements: arrondissementsMunicipaux(),
    anciens: anciensCodes(),
    resoudre: resolveurCommunes(),
  };
}

/**
 * The current commune of a code, with the arrondissement it names, or null (reported) when the
 * COG knows no such code in any vintage at hand.
 */
export function placerCommune(ctx, rapport, code, ligne) {
  const trouvee = ctx.resoudre(code);
  if (!trouvee) {
    rapport.nonPlacee(`code INSEE ${code || '(vide)'} inconnu du COG`, ligne);
    return null;
  }
  if (trouvee.via && trouvee.via !== 'arrondissement-municipal') {
    rapport.replacee(`${code} (${trouvee.via}${trouvee.depuis ? ` jusqu’en ${trouvee.depuis - 1}` : ''}) → ${trouvee.code}`);
  }
  return { commune: ctx.communeParCode.get(trouvee.code), arrondissement: trouvee.arrondissement };
}

/** A département's code from a current commune, or the territory without a feed it is in. */
export function departementDe(ctx, code) {
  return ctx.communeParCode.get(code).departement;
}

/**
 * A programme's distinct places, merged by name and communes: the same place under two ids (or
 * two rows) is one place, which keeps every id.
 */
export class Lieux {
  constructor(rapport) {
    this.rapport = rapport;
    this.parCle = new Map();
  }

  /**
   * `identite`, when given, is what makes two places one (a site's address, a structure's SIRET);
   * by default, the same name on the same communes.
   * @param {{cle: string, nom: string, ids: string[], communes: string[], arrondissement?: string, identite?: string}} lieu
   */
  ajouter(lieu) {
    const existant = this.parCle.get(lieu.cle);
    if (existant) return this.fusionner(existant, lieu);
    this.parCle.set(lieu.cle, { ...lieu, ids: new Set(lieu.ids), communes: new Set(lieu.communes) });
  }

  fusionner(existant, lieu) {
    lieu.ids.forEach((id) => existant.ids.add(id));
    lieu.communes.forEach((c) => existant.communes.add(c));
    existant.conseillers = (existant.conseillers ?? 0) + (lieu.conseillers ?? 0) || undefined;
    for (const g of lieu.groupements ?? []) {
      existant.groupements ??= [];
      if (!existant.groupements.some((e) => e.siren === g.siren)) existant.groupements.push(g);
    }
  }

  /** Places with the same name and the same communes are one place: the later ones merge into the first. */
  fin() {
    const parIdentite = new Map();
    for (const lieu of [...this.parCle.values()].sort((a, b) => comparer(a.cle, b.cle))) {
      const identite = lieu.identite ?? `${cleNom(lieu.nom)}|${[...lieu.communes].sort().join(',')}|${lieu.arrondissement ?? ''}`;
      const premier = parIdentite.get(identite);
      if (premier) {
        this.rapport.doublon(`« ${lieu.nom} » (${[...lieu.ids].join(', ')}) fusionné avec ${[...premier.ids].join(', ')}`);
        this.fusionner(premier, lieu);
      } else parIdentite.set(identite, lieu);
    }
    return [...parIdentite.values()].map((l) => ({ ...l, ids: [...l.ids].sort(comparerIds), communes: [...l.communes].sort(comparer) }));
  }
}

/** The COG names of communes, « A, B et C ». */
export function nomsDeCommunes(ctx, codes) {
  const noms = codes.map((c) => ctx.communeParCode.get(c).nom);
  return noms.length > 1 ? `${noms.slice(0, -1).join(', ')} et ${noms.at(-1)}` : noms[0];
}

/** Whether a source's name for a place is a (possibly abbreviated) name of one of its communes. */
export function estUnNomDeCommune(nom, nomsSource) {
  const cle = cleNom(nom);
  return nomsSource.some((n) => cleNom(n) === cle);
}

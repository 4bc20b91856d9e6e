/**
 * What a programme list says first, so that a reader need not collect it from the cards: for a
 * commune, which programmes reach it and where its France Services are; for a département, its
 * programmes and how many of its communes they reach. Counts stay inside the département: a
 * programme's communes beyond it are not counted. Pure: the element writes the sentences, and reads the programmes' names from here.
 */
import { ownEntry } from '../feed/own-entry.js';
import { ID_FRANCE_SERVICES, grouperParAxe, lieuConcerne, lieuDansLaVue, type VueCommune } from './programmes.js';
import type { Lieu, Programme } from '../feed/schema.js';
import type { Feed } from '../feed/validate.js';

/**
 * The France Services a commune's residents may go to. The feeds know no distances, so "nearest"
 * is told by place: in the commune, else in its intercommunalité (its members in the département,
 * the only ones the feed holds), else none there.
 */
export type FranceServicesProches =
  | { ou: 'commune'; commune: string; sites: Lieu[] }
  | { ou: 'intercommunalite'; commune: string; intercommunalite: string; sites: Lieu[]; communes: string[]; horsDepartement: boolean }
  | { ou: 'aucune'; commune: string; intercommunalite: string | undefined; horsDepartement: boolean };

/** A programme as a summary names it, a link to its card. */
export interface LienProgramme {
  id: string;
  nom: string;
}

const lienProgramme = (p: Programme): LienProgramme => ({ id: p.id, nom: p.nom });

export interface SommaireCommune {
  /** The programmes that reach the commune, in the order of their cards. */
  programmes: LienProgramme[];
  /** The France Services programme's card, which the sentence on them links to. */
  programmeFranceServices: LienProgramme | undefined;
  /** Undefined when the list shows no France Services (none in the feed, or filtered out). */
  franceServices: FranceServicesProches | undefined;
}

export interface SommaireDepartement {
  /** The programmes, in the order of their cards (by axe). */
  programmes: LienProgramme[];
  /** How many of the département's communes one of them at least reaches, out of how many. */
  communes: { beneficiaires: number; total: number } | undefined;
}

type Trouvee = Extract<VueCommune, { statut: 'trouvee' }>;

export function sommaireCommune(feed: Feed, vue: Trouvee, programmes: readonly Programme[]): SommaireCommune {
  const fs = programmes.find((p) => p.id === ID_FRANCE_SERVICES);
  return {
    programmes: vue.concernes.map(lienProgramme),
    programmeFranceServices: fs && lienProgramme(fs),
    franceServices: fs?.lieux.length ? franceServicesProches(feed, vue, fs.lieux) : undefined,
  };
}

export function franceServicesProches(feed: Feed, vue: Trouvee, sites: readonly Lieu[]): FranceServicesProches {
  if (vue.arrondissement) {
    const ici = sites.filter((l) => lieuDansLaVue(l, vue));
    if (ici.length) return { ou: 'commune', commune: vue.nom, sites: ici };
  }
  // An arrondissement without a site of its own looks in its city, then in the city's EPCI.
  const ville = vue.ville ?? { code: vue.code, nom: vue.nom };
  const ici = sites.filter((l) => lieuConcerne(l, ville.code));
  if (ici.length) return { ou: 'commune', commune: ville.nom, sites: ici };
  const epci = Object.values(feed.intercommunalites ?? {}).find((e) => e.communes.includes(ville.code));
  const proches = epci ? sites.filter((l) => epci.communes.some((c) => lieuConcerne(l, c))) : [];
  // Of an EPCI across a border, the feed holds the sites on this side only: the page says so.
  const horsDepartement = epci?.horsDepartement ?? false;
  if (!epci || !proches.length) return { ou: 'aucune', commune: ville.nom, intercommunalite: epci?.nom, horsDepartement };
  const communes = [...new Set(proches.map((l) => l.commune).filter((c): c is string => Boolean(c)))];
  return {
    ou: 'intercommunalite',
    commune: ville.nom,
    intercommunalite: epci.nom,
    sites: proches,
    communes: communes.map((c) => ownEntry(feed.communes, c) ?? c),
    horsDepartement,
  };
}

export function sommaireDepartement(feed: Feed, programmes: readonly Programme[]): SommaireDepartement {
  const enOrdre = grouperParAxe(programmes).flatMap((g) => g.programmes.map(lienProgramme));
  const communes = feed.communes && Object.keys(feed.communes);
  if (!communes?.length) return { programmes: enOrdre, communes: undefined };
  const atteintes = new Set(programmes.flatMap((p) => p.lieux.flatMap((l) => [l.commune, ...(l.communes ?? [])])));
  return { programmes: enOrdre, communes: { beneficiaires: communes.filter((c) => atteintes.has(c)).length, total: communes.length } };
}

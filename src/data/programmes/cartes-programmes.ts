/**
 * The programme list as its templates read it: every card, summary and list of places made
 * before render, from the view `vueProgrammes` selects. Two rules are decided here, not while
 * rendering:
 *
 * - A part that cannot be made (a programme whose data makes a formatter throw, the
 *   département's summary) becomes a failed part in its place, and the rest is shown.
 * - Which folded lists of places are built at once: a budget of places, spent in the order of
 *   the page, so that a national feed does not build thousands of places behind closed boxes.
 */
import { capitaliser, formatNombre, formatValeur } from '../text/format.js';
import { formatPlages } from '../france-services/ouverture.js';
import { semaineDuSite } from '../france-services/france-services.js';
import { grouperChiffres, grouperParAxe, lieuDansLaVue, type VueCommune } from './programmes.js';
import type { Chiffre, Lieu, Programme } from '../feed/schema.js';
import { sommaireCommune, sommaireDepartement, type SommaireCommune, type SommaireDepartement } from './sommaire.js';
import type { Feed } from '../feed/validate.js';
import type { VueProgrammes } from './vue-programmes.js';

/** Beyond this many places, a list is folded behind a "Voir les N lieux" disclosure. */
export const LIEUX_VISIBLES = 6;

/**
 * Beyond this many, a folded list is only built when it is opened (or printed): a national
 * feed lists thousands of places, and a page should not build them all for a closed box.
 */
export const LIEUX_CONSTRUITS = 100;

/**
 * And past this many places built in folded lists in all, the next folded lists too: the DOM of
 * many long lists would hold the page up. The largest département feed has about this many
 * places in all.
 */
export const LIEUX_CONSTRUITS_EN_TOUT = 200;

/** A part of the list, or why it cannot be shown: the element reports the failure. */
export type Part<T> = { view: T } | { failure: unknown };

/**
 * A place as it is written: what the feed says of it (its own fields are read here, copied,
 * so that one that cannot be read fails here), and each day it opens with its hours, as a
 * resident says them, or the source's own text.
 */
export type LieuVu = Lieu & { jours: (readonly [string, string])[] };

/**
 * A copy of a validated object with more fields, without a prototype as the validated one: a
 * field the feed leaves out must not be read from one a page's script added to every object.
 * Copying reads every field, so that one that cannot be read fails here.
 */
const copie = <T extends object, U extends object>(objet: T, plus: U): T & U => Object.assign(Object.create(null) as object, objet, plus) as T & U;

const lieuxVus = new WeakMap<readonly Lieu[], LieuVu[]>();

/**
 * The places of a list, made once per list: a long folded list is made only when a reader opens
 * it or prints, and then kept.
 */
export function lesLieuxVus(lieux: readonly Lieu[]): LieuVu[] {
  let vus = lieuxVus.get(lieux);
  if (!vus) lieuxVus.set(lieux, (vus = lieux.map(lieuVu)));
  return vus;
}

function lieuVu(lieu: Lieu): LieuVu {
  const semaine = semaineDuSite(lieu);
  return copie(lieu, {
    jours: semaine[0]?.plages
      ? semaine.filter((j) => j.plages!.length).map((j) => [capitaliser(j.jour), formatPlages(j.plages!)] as const)
      : Object.entries(lieu.horaires ?? {}).map(([jour, texte]) => [capitaliser(jour), texte] as const),
  });
}

/**
 * A list of places. `key` stands for the list from one derivation to the next (the commune's
 * places are filtered anew each time), so that a list the reader opened stays built; `vus` is
 * set when the list is built at once.
 */
export interface ListeLieux {
  key: object;
  lieux: readonly Lieu[];
  nombre: number;
  pliee: boolean;
  vus: LieuVu[] | undefined;
  /** In the commune view, the commune's name: its places lead, under « À … : ». */
  commune: string | undefined;
}

/** A figure, its value and its total written as a reader reads them. */
export type ChiffreVu = Chiffre & { texte: string; sur: string | undefined };

/** A programme's card: the programme's fields copied (so that one that cannot be read fails here), its figures written, its places. */
export type CarteProgramme = Omit<Programme, 'chiffres' | 'lieux'> & {
  chiffres: { groupe: string | undefined; chiffres: ChiffreVu[] }[];
  lieux: ListeLieux | undefined;
  /** Places of it are in the commune: the card stands out. */
  concerne: boolean;
};

export interface AxeVu {
  nom: string;
  cartes: Part<CarteProgramme>[];
}

type Trouvee = Extract<VueCommune, { statut: 'trouvee' }>;

export interface CartesProgrammes {
  /** The département's summary, or the commune's. */
  sommaire: Part<SommaireDepartement | SommaireCommune> | undefined;
  /** The département's programmes by axe, or, for a commune, those beyond it. */
  axes: AxeVu[];
  /** For a commune: the programmes that reach it, then those of its city, by axe. */
  concernes: Part<CarteProgramme>[];
  ville: AxeVu[];
  /** Every failure among the parts, each message once: one cause often fails several parts. */
  failures: unknown[];
}

/** The list's cards in the order of the page, which is the order the budget is spent in. */
export function cartesProgrammes(feed: Feed, vue: VueProgrammes): CartesProgrammes {
  let budget = LIEUX_CONSTRUITS_EN_TOUT;
  const failures = new Map<unknown, unknown>();
  const part = <T>(make: () => T): Part<T> => {
    try {
      return { view: make() };
    } catch (failure) {
      failures.set(failure instanceof Error ? failure.message : failure, failure);
      return { failure };
    }
  };
  const liste = (lieux: readonly Lieu[], key: object, commune?: string): ListeLieux | undefined => {
    if (!lieux.length) return undefined;
    const pliee = lieux.length > LIEUX_VISIBLES;
    const construite = !pliee || (lieux.length <= LIEUX_CONSTRUITS && lieux.length <= budget);
    if (pliee && construite) budget -= lieux.length;
    return { key, lieux, nombre: lieux.length, pliee, vus: construite ? lesLieuxVus(lieux) : undefined, commune };
  };
  const carte = (p: Programme, ici?: Trouvee): Part<CarteProgramme> =>
    part(() => {
      const lieux = ici ? p.lieux.filter((l) => lieuDansLaVue(l, ici)) : [];
      return copie(p, {
        chiffres: grouperChiffres(p.chiffres).map((g) => ({
          groupe: g.groupe,
          chiffres: g.chiffres.map((c) => copie(c, { texte: formatValeur(c), sur: c.total && formatNombre(c.total.valeur) })),
        })),
        lieux: lieux.length ? liste(lieux, p, ici!.nom) : liste(p.lieux, p.lieux),
        concerne: lieux.length > 0,
      });
    });
  const axes = (programmes: readonly Programme[]): AxeVu[] =>
    grouperParAxe(programmes).map((g) => ({ nom: g.nom, cartes: g.programmes.map((p) => carte(p)) }));
  const commune = vue.commune?.statut === 'trouvee' ? vue.commune : undefined;
  if (!commune) {
    const sommaire = part(() => sommaireDepartement(feed, vue.programmes));
    return { sommaire, axes: axes(vue.programmes), concernes: [], ville: [], failures: [...failures.values()] };
  }
  const cartes = {
    sommaire: part(() => sommaireCommune(feed, commune, vue.programmes)),
    concernes: commune.concernes.map((p) => carte(p, commune)),
    ville: axes(commune.ville?.programmes ?? []),
    axes: axes(commune.autres),
  };
  return { ...cartes, failures: [...failures.values()] };
}

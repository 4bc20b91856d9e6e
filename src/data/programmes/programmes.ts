/**
 * Selectors for the programme list: filtering, grouping by axe, and the commune view.
 * Pure functions of the validated feed; the element only renders what they return.
 */
import { capitaliser } from '../text/format.js';
import { CODE_INSEE, departementDeCommune } from '../feed/codes.js';
import { isolate } from '../text/bidi.js';
import { ownEntry } from '../feed/own-entry.js';
import type { Chiffre, Lieu, Programme } from '../feed/schema.js';
import type { Feed } from '../feed/validate.js';

/** The France Services programme's id: the commune views look for its sites. */
export const ID_FRANCE_SERVICES = 'france-services';

/** The fiche's own names for its axes; an axe the widgets do not know yet reads from its id. */
const AXES: Record<string, string> = {
  'territoires-et-ruralites': 'Territoires et ruralités',
  numerique: 'Numérique',
  'transition-ecologique': 'Transition écologique',
  'cohesion-sociale': 'Cohésion sociale',
  'politique-de-la-ville': 'Politique de la ville',
};

export function nomAxe(axe: string): string {
  return capitaliser(ownEntry(AXES, axe) ?? axe.replace(/-/g, ' '));
}

export interface FiltreProgrammes {
  /** Programme ids to keep; empty or absent keeps all. */
  ids?: readonly string[];
  /** Axe to keep; absent keeps all. */
  axe?: string;
}

export function filtrerProgrammes(programmes: readonly Programme[], filtre: FiltreProgrammes = {}): Programme[] {
  const ids = filtre.ids?.length ? new Set(filtre.ids) : null;
  return programmes.filter((p) => (!ids || ids.has(p.id)) && (!filtre.axe || p.axe === filtre.axe));
}

export interface GroupeAxe {
  axe: string;
  nom: string;
  programmes: Programme[];
}

/** Groups by axe, axes in the order the feed first names them, programmes in feed order. */
export function grouperParAxe(programmes: readonly Programme[]): GroupeAxe[] {
  const groupes = new Map<string, GroupeAxe>();
  for (const programme of programmes) {
    let groupe = groupes.get(programme.axe);
    if (!groupe) {
      groupe = { axe: programme.axe, nom: nomAxe(programme.axe), programmes: [] };
      groupes.set(programme.axe, groupe);
    }
    groupe.programmes.push(programme);
  }
  return [...groupes.values()];
}

export interface GroupeChiffres {
  /** "Dans le cadre du dispositif 4G fixe", or undefined for figures outside any group. */
  groupe: string | undefined;
  chiffres: Chiffre[];
}

/** Consecutive figures that share a `groupe` go together, in feed order. */
export function grouperChiffres(chiffres: readonly Chiffre[]): GroupeChiffres[] {
  const groupes: GroupeChiffres[] = [];
  for (const chiffre of chiffres) {
    const last = groupes.at(-1);
    if (last && last.groupe === chiffre.groupe) last.chiffres.push(chiffre);
    else groupes.push({ groupe: chiffre.groupe, chiffres: [chiffre] });
  }
  return groupes;
}

/** A code that names no commune of the feed, and why: every commune view says which. */
export type CodeSansCommune =
  | { statut: 'malforme'; code: string }
  | { statut: 'hors-territoire'; code: string; departement: string }
  | { statut: 'inconnue'; code: string };

export type VueCommune =
  | CodeSansCommune
  | {
      statut: 'trouvee';
      code: string;
      /** The commune's name, from the feed's `communes` or from a place named after it. */
      nom: string;
      /** Programmes that list the commune among their places, in feed order. */
      concernes: Programme[];
      /** Every other programme: the département-wide context. */
      autres: Programme[];
      /** Set when the code is a municipal arrondissement: its places are in `concernes`. */
      arrondissement?: boolean;
      /** For an arrondissement, the city's own programmes, shown as context before the others. */
      ville?: { code: string; nom: string; programmes: Programme[] };
      /** Sentences the page must say first: the code is a former one, the commune changed EPCI… */
      notes: string[];
    };

/**
 * Where a code a page gives leads, before any element looks for what concerns it: a malformed
 * code; another département's; an arrondissement of Paris, Lyon or Marseille (with its city); or
 * a commune of this département, perhaps reached through a former code. Every commune view
 * starts here, so that they tell the same codes apart the same way.
 */
export type CodeCommune =
  | { statut: 'malforme'; code: string }
  | { statut: 'hors-territoire'; code: string; departement: string }
  | { statut: 'commune'; code: string; ancien?: { code: string; ancien: AncienCode } }
  | {
      statut: 'arrondissement';
      code: string;
      arrondissement: { nom: string; commune: string };
      ancien?: { code: string; ancien: AncienCode };
    };

export function resoudreCode(feed: Feed, code: string): CodeCommune {
  const trimmed = code.trim().toUpperCase();
  if (!CODE_INSEE.test(trimmed)) return { statut: 'malforme', code };
  // A former code or an arrondissement may carry another département's prefix (75059 is in 93).
  const ancien = ownEntry(feed.anciensCodes, trimmed);
  if (ancien && ancien.commune !== trimmed) {
    const actuel = resoudreCode(feed, ancien.commune);
    return actuel.statut === 'commune' || actuel.statut === 'arrondissement' ? { ...actuel, ancien: { code: trimmed, ancien } } : actuel;
  }
  const arrondissement = ownEntry(feed.arrondissements, trimmed);
  if (arrondissement) return { statut: 'arrondissement', code: trimmed, arrondissement };
  const departement = feed.territoire?.code;
  if (departement && departementDeCommune(trimmed) !== departement) {
    return { statut: 'hors-territoire', code: trimmed, departement };
  }
  return { statut: 'commune', code: trimmed };
}

/** The sentence that leads a view reached through a former code, before the view's own notes. */
export function avecAncienCode<V extends { statut: string; nom?: string; notes?: string[] }>(vue: V, resolu: CodeCommune): V {
  if (vue.statut !== 'trouvee' || !('ancien' in resolu) || !resolu.ancien) return vue;
  return { ...vue, notes: [phraseAncienCode(resolu.ancien.ancien, vue.nom!), ...(vue.notes ?? [])] };
}

/**
 * What concerns one commune: the programmes that list it among their places, then the others.
 * A malformed code, a code of another département, or a code the feed does not know are told
 * apart, so the element can say which.
 */
export function programmesForCommune(feed: Feed, code: string): VueCommune {
  const resolu = resoudreCode(feed, code);
  if (resolu.statut === 'malforme' || resolu.statut === 'hors-territoire') return resolu;
  const vue =
    resolu.statut === 'arrondissement' ? vueArrondissement(feed, resolu.code, resolu.arrondissement) : vueDeCommune(feed, resolu.code);
  return avecAncienCode(vue, resolu);
}

function vueDeCommune(feed: Feed, code: string): VueCommune {
  const programmes = feed.programmes ?? [];
  const concernes = programmes.filter((p) => p.lieux.some((l) => lieuConcerne(l, code)));
  // Without a `communes` list, a code that only appears under places of other names (Mende, and
  // "Lozère Développement" in Mende) is still a commune of the feed: it is named by its code.
  const nom = ownEntry(feed.communes, code) ?? nomDansLesLieux(programmes, code) ?? (concernes.length ? `la commune ${code}` : undefined);
  if (!nom) return { statut: 'inconnue', code };
  return {
    statut: 'trouvee',
    code,
    nom,
    concernes,
    autres: programmes.filter((p) => !concernes.includes(p)),
    notes: phrasesEpci(feed, code, nom),
  };
}

/** What is located in an arrondissement, then its city's programmes, then the département's. */
function vueArrondissement(feed: Feed, code: string, arrondissement: { nom: string; commune: string }): VueCommune {
  const programmes = feed.programmes ?? [];
  const concernes = programmes.filter((p) => p.lieux.some((l) => l.arrondissement === code));
  const ville = programmes.filter((p) => !concernes.includes(p) && p.lieux.some((l) => lieuConcerne(l, arrondissement.commune)));
  const nomVille = ownEntry(feed.communes, arrondissement.commune) ?? arrondissement.commune;
  return {
    statut: 'trouvee',
    code,
    nom: arrondissement.nom,
    concernes,
    autres: programmes.filter((p) => !concernes.includes(p) && !ville.includes(p)),
    arrondissement: true,
    ville: { code: arrondissement.commune, nom: nomVille, programmes: ville },
    notes: [
      `${isolate(arrondissement.nom)} est un arrondissement municipal de ${isolate(nomVille)} : ` +
        `voici ce qui s’y trouve, puis les programmes de ${isolate(nomVille)}.`,
    ],
  };
}

type AncienCode = NonNullable<Feed['anciensCodes']>[string];

const LIENS: Record<string, string> = {
  'commune-deleguee': 'est une commune déléguée de',
  'commune-associee': 'est une commune associée à',
};

/**
 * "Pierrefitte-sur-Seine est une commune déléguée de Saint-Denis depuis le 1er janvier 2025." A
 * resident reads it: names and dates, no code (the official geography's yearly editions are dated
 * 1 January).
 */
export function phraseAncienCode(ancien: AncienCode, nomActuel: string): string {
  const qui = ancien.nom ? isolate(ancien.nom) : 'Cette ancienne commune';
  const lien = (ancien.nom && ownEntry(LIENS, ancien.type)) || 'fait partie de la commune de';
  const quand = ancien.depuis ? `depuis le 1er janvier ${ancien.depuis}` : 'depuis avant 2021';
  const actuel = isolate(nomActuel);
  return `${qui} ${lien} ${actuel} ${quand} : voici ce qui concerne ${actuel}.`;
}

/**
 * A commune whose EPCI changed since a list was made: the list reached the members of that year,
 * so the page says which EPCI the commune was in then, and which it is in now.
 */
export function phrasesEpci(feed: Feed, code: string, nom: string): string[] {
  const annees = ownEntry(feed.changementsEpci, code);
  if (!annees?.length) return [];
  const actuel = annees.at(-1)!;
  const partie = (a: { nom?: string | undefined }, verbe: string) =>
    a.nom ? `${verbe} partie de ${isolate(a.nom)}` : `ne ${verbe} partie d’aucune intercommunalité`;
  return annees.slice(0, -1).flatMap((alors) => {
    const listes = (feed.programmes ?? []).filter((p) => p.cog === alors.annee && (alors.programmes?.includes(p.id) ?? true));
    if (!listes.length) return [];
    const la = listes.filter((p) => p.lieux.some((l) => lieuConcerne(l, code)));
    const pas = listes.filter((p) => !la.includes(p));
    const noms = (ps: Programme[]) => ps.map((p) => isolate(p.nom)).join(', ');
    return [
      `En ${alors.annee}, année de la liste ${noms(listes)}, ${isolate(nom)} ${partie(alors, 'faisait')}. ` +
        `Aujourd’hui, elle ${partie(actuel, 'fait')}.` +
        (la.length ? ` ${noms(la)} la compte parmi les membres de ${alors.annee}.` : '') +
        (pas.length ? ` ${noms(pas)}, qui suit les membres de ${alors.annee}, ne la compte pas.` : ''),
    ];
  });
}

/** Whether a place is one the commune view shows as the commune's own: in the arrondissement, or in the commune. */
export function lieuDansLaVue(lieu: Lieu, vue: Extract<VueCommune, { statut: 'trouvee' }>): boolean {
  return vue.arrondissement ? lieu.arrondissement === vue.code : lieuConcerne(lieu, vue.code);
}

/** A place concerns a commune when it is in it, or covers it (a territory of several communes). */
export function lieuConcerne(lieu: Lieu, code: string): boolean {
  return lieu.commune === code || (lieu.communes?.includes(code) ?? false);
}

/** Without a `communes` list, a place whose code is the commune's and whose name is alone on it. */
function nomDansLesLieux(programmes: readonly Programme[], code: string): string | undefined {
  const noms = new Set(programmes.flatMap((p) => p.lieux.filter((l) => l.commune === code).map((l) => l.nom)));
  return noms.size === 1 ? [...noms][0] : undefined;
}

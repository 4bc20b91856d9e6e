/**
 * Selectors for the programme list: filtering, grouping by axe, and the commune view.
 * Pure functions of the validated feed; the element only renders what they return.
 */
import { capitaliser } from './format.js';
import { CODE_INSEE, departementDeCommune } from './codes.js';
import type { Chiffre, Lieu, Programme } from './schema.js';
import type { FicheLue } from './validate.js';

/** The fiche's own names for its axes; an axe the widgets do not know yet reads from its id. */
const AXES: Record<string, string> = {
  'territoires-et-ruralites': 'Territoires et ruralités',
  numerique: 'Numérique',
  'transition-ecologique': 'Transition écologique',
  'cohesion-sociale': 'Cohésion sociale',
  'politique-de-la-ville': 'Politique de la ville',
};

export function nomAxe(axe: string): string {
  return capitaliser(AXES[axe] ?? axe.replace(/-/g, ' '));
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

export type VueCommune =
  | { statut: 'malforme'; code: string }
  | { statut: 'hors-territoire'; code: string; departement: string }
  | { statut: 'inconnue'; code: string }
  | {
      statut: 'trouvee';
      code: string;
      /** The commune's name, from the feed's `communes` or from a place named after it. */
      nom: string;
      /** Programmes that list the commune among their places, in feed order. */
      concernes: Programme[];
      /** Every other programme: the département-wide context. */
      autres: Programme[];
    };

/**
 * What concerns one commune: the programmes that list it among their places, then the others.
 * A malformed code, a code of another département, or a code the feed does not know are told
 * apart, so the element can say which.
 */
export function programmesForCommune(feed: FicheLue, code: string): VueCommune {
  const trimmed = code.trim().toUpperCase();
  if (!CODE_INSEE.test(trimmed)) return { statut: 'malforme', code };
  const departement = feed.territoire?.code;
  if (departement && departementDeCommune(trimmed) !== departement) {
    return { statut: 'hors-territoire', code: trimmed, departement };
  }
  const programmes = feed.programmes ?? [];
  const concernes = programmes.filter((p) => p.lieux.some((l) => lieuConcerne(l, trimmed)));
  // Without a `communes` list, a code that only appears under places of other names (Mende, and
  // "Lozère Développement" in Mende) is still a commune of the feed: it is named by its code.
  const nom =
    feed.communes?.[trimmed] ?? nomDansLesLieux(programmes, trimmed) ?? (concernes.length ? `la commune ${trimmed}` : undefined);
  if (!nom) return { statut: 'inconnue', code: trimmed };
  return { statut: 'trouvee', code: trimmed, nom, concernes, autres: programmes.filter((p) => !concernes.includes(p)) };
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

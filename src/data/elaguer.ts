/**
 * Leaving out only what is wrong: for each validation problem, the smallest part of the value
 * that can go without taking its neighbours along, and a copy of the value without those parts.
 *
 * What can go alone: an item of a list (a place, a figure, a zone), an entry of a record (one
 * commune's name), an optional field (a place's phone). A required field cannot: its object
 * goes, and so on up. So one malformed entry costs that entry, not its list or its section.
 * The value given is never changed: the parts on the way to a cut are copied.
 */
import type * as v from 'valibot';

type Cle = string | number | symbol;
/** The schema of a value and of what it holds, as far as the cuts need to see. */
interface Noeud {
  type: string;
  item?: Noeud;
  value?: Noeud;
  wrapped?: Noeud;
  entries?: Record<string, Noeud>;
}

/** Schemas whose value goes whole when anything inside it is wrong (`entier`). */
const ENTIERS = new WeakSet<object>();

/**
 * Marks a schema as all or nothing: a problem anywhere inside its value leaves out the whole
 * value, not the smallest part below it (a site's week of hours: a day left out alone would read
 * as closed).
 */
export const entier = /* @__NO_SIDE_EFFECTS__ */ <T extends object>(schema: T): T => {
  ENTIERS.add(schema);
  return schema;
};

const FACULTATIF: ReadonlySet<string> = new Set(['optional', 'exact_optional', 'nullish']);

/** An optional's schema is the one it wraps. */
function deballer(schema: Noeud | undefined): Noeud | undefined {
  let s = schema;
  while (s && FACULTATIF.has(s.type) && s.wrapped) s = s.wrapped;
  return s;
}

/**
 * The path (keys from the value's root) of the smallest part to leave out for one problem, or
 * undefined when nothing below the root can go alone.
 */
function coupe(schema: Noeud, chemin: readonly { key: unknown }[]): Cle[] | undefined {
  let noeud: Noeud | undefined = deballer(schema);
  let profondeur = 0;
  for (let i = 0; i < chemin.length && noeud; i++) {
    const cle = chemin[i]!.key;
    let enfant: Noeud | undefined;
    let seul = false;
    if (noeud.type === 'array') [enfant, seul] = [noeud.item, true];
    else if (noeud.type === 'record') [enfant, seul] = [noeud.value, true];
    else if (noeud.type === 'object' && noeud.entries && typeof cle === 'string' && Object.hasOwn(noeud.entries, cle)) {
      enfant = noeud.entries[cle];
      seul = FACULTATIF.has(enfant!.type);
    }
    if (seul) profondeur = i + 1;
    noeud = deballer(enfant);
    if (noeud && ENTIERS.has(noeud)) break;
  }
  return profondeur ? chemin.slice(0, profondeur).map((p) => p.key as Cle) : undefined;
}

/** The cuts for every problem, or undefined when one of them cannot be cut below the root. */
export function coupesPour(schema: v.GenericSchema, issues: readonly v.BaseIssue<unknown>[]): Cle[][] | undefined {
  const coupes: Cle[][] = [];
  for (const issue of issues) {
    const c = coupe(schema as unknown as Noeud, issue.path ?? []);
    if (!c) return undefined;
    coupes.push(c);
  }
  return coupes;
}

/** The cuts as a tree: `true` where a part goes, a map where the cuts go deeper. */
type Arbre = Map<Cle, Arbre | true>;

/** A copy of `value` without the parts at `coupes`; what no cut reaches is shared, not copied. */
export function elaguer(value: unknown, coupes: readonly (readonly Cle[])[]): unknown {
  const racine: Arbre = new Map();
  for (const chemin of coupes) {
    let noeud: Arbre | true = racine;
    for (let i = 0; i < chemin.length && noeud !== true; i++) {
      const cle = chemin[i]!;
      if (i === chemin.length - 1) noeud.set(cle, true);
      else {
        let suivant: Arbre | true | undefined = noeud.get(cle);
        if (!suivant) noeud.set(cle, (suivant = new Map()));
        noeud = suivant;
      }
    }
  }
  return appliquer(value, racine);
}

function appliquer(value: unknown, arbre: Arbre): unknown {
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => {
      const sous = arbre.get(i);
      return sous === true ? [] : [sous ? appliquer(item, sous) : item];
    });
  }
  if (typeof value !== 'object' || value === null) return value;
  // Own properties only, defined rather than assigned: a key such as `__proto__` stays data.
  const copie: Record<Cle, unknown> = {};
  for (const cle of Object.keys(value)) {
    const sous = arbre.get(cle);
    if (sous === true) continue;
    const item = (value as Record<string, unknown>)[cle];
    Object.defineProperty(copie, cle, { value: sous ? appliquer(item, sous) : item, enumerable: true, writable: true, configurable: true });
  }
  return copie;
}

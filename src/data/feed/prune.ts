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

type Key = string | number | symbol;
/** The schema of a value and of what it holds, as far as the cuts need to see. */
interface SchemaNode {
  type: string;
  item?: SchemaNode;
  value?: SchemaNode;
  wrapped?: SchemaNode;
  entries?: Record<string, SchemaNode>;
}

/** Schemas whose value goes whole when anything inside it is wrong (`whole`). */
const WHOLES = new WeakSet<object>();

/**
 * Marks a schema as all or nothing: a problem anywhere inside its value leaves out the whole
 * value, not the smallest part below it (a site's week of hours: a day left out alone would read
 * as closed).
 */
export const whole = /* @__NO_SIDE_EFFECTS__ */ <T extends object>(schema: T): T => {
  WHOLES.add(schema);
  return schema;
};

const OPTIONAL: ReadonlySet<string> = new Set(['optional', 'exact_optional', 'nullish']);

/** An optional's schema is the one it wraps. */
function unwrap(schema: SchemaNode | undefined): SchemaNode | undefined {
  let s = schema;
  while (s && OPTIONAL.has(s.type) && s.wrapped) s = s.wrapped;
  return s;
}

/**
 * The path (keys from the value's root) of the smallest part to leave out for one problem, or
 * undefined when nothing below the root can go alone.
 */
function cutFor(schema: SchemaNode, path: readonly { key: unknown }[]): Key[] | undefined {
  let node: SchemaNode | undefined = unwrap(schema);
  let depth = 0;
  for (let i = 0; i < path.length && node; i++) {
    const key = path[i]!.key;
    let child: SchemaNode | undefined;
    let alone = false;
    if (node.type === 'array') [child, alone] = [node.item, true];
    else if (node.type === 'record') [child, alone] = [node.value, true];
    else if (node.type === 'object' && node.entries && typeof key === 'string' && Object.hasOwn(node.entries, key)) {
      child = node.entries[key];
      alone = OPTIONAL.has(child!.type);
    }
    if (alone) depth = i + 1;
    node = unwrap(child);
    if (node && WHOLES.has(node)) break;
  }
  return depth ? path.slice(0, depth).map((p) => p.key as Key) : undefined;
}

/** The cuts for every problem, or undefined when one of them cannot be cut below the root. */
export function cutsFor(schema: v.GenericSchema, issues: readonly v.BaseIssue<unknown>[]): Key[][] | undefined {
  const cuts: Key[][] = [];
  for (const issue of issues) {
    const cut = cutFor(schema as unknown as SchemaNode, issue.path ?? []);
    if (!cut) return undefined;
    cuts.push(cut);
  }
  return cuts;
}

/** The cuts as a tree: `true` where a part goes, a map where the cuts go deeper. */
type CutTree = Map<Key, CutTree | true>;

/** A copy of `value` without the parts at `cuts`; what no cut reaches is shared, not copied. */
export function prune(value: unknown, cuts: readonly (readonly Key[])[]): unknown {
  const root: CutTree = new Map();
  for (const path of cuts) {
    let node: CutTree | true = root;
    for (let i = 0; i < path.length && node !== true; i++) {
      const key = path[i]!;
      if (i === path.length - 1) node.set(key, true);
      else {
        let next: CutTree | true | undefined = node.get(key);
        if (!next) node.set(key, (next = new Map()));
        node = next;
      }
    }
  }
  return applyCuts(value, root);
}

function applyCuts(value: unknown, arbre: CutTree): unknown {
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => {
      const sub = arbre.get(i);
      return sub === true ? [] : [sub ? applyCuts(item, sub) : item];
    });
  }
  if (typeof value !== 'object' || value === null) return value;
  // Own properties only, defined rather than assigned: a key such as `__proto__` stays data.
  const copy: Record<Key, unknown> = {};
  for (const key of Object.keys(value)) {
    const sub = arbre.get(key);
    if (sub === true) continue;
    const item = (value as Record<string, unknown>)[key];
    Object.defineProperty(copy, key, { value: sub ? applyCuts(item, sub) : item, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

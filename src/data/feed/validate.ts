/**
 * Validation of a feed, section by section.
 *
 * A feed is read as far as it is valid: each top-level section, and each item of the list
 * sections (`programmes`, `accompagnements`, `ressources`), is checked on its own, so a broken
 * `fibre` or one broken programme hides nothing else. Every problem is returned, each with its
 * JSON path and a French message. Only two things make the whole feed unreadable: a body that
 * is not an object, and a `version` other than 1.
 */
import * as v from 'valibot';
import { cutsFor, prune } from './prune.js';
import { formatNombre } from '../text/format.js';
import { messageFrancais, recu } from './messages.js';
import { REQUIRED_SECTIONS, SECTIONS, type CompleteFeed, type SectionName, type SectionSchemas } from './schema.js';

export const FEED_VERSION = 1;

export interface FeedProblem {
  /** JSON path of the value at fault, `programmes[3].chiffres[0].valeur`; `""` for the root. */
  path: string;
  /** What is wrong, in French, for a feed author. */
  message: string;
}

/** The part of a feed that passed validation: any section may be missing. */
export type Feed = { version: 1 } & Partial<Omit<CompleteFeed, 'version' | '$schema'>>;

export interface FeedValidation {
  /** `null` when nothing can be read (not an object, unknown version). */
  feed: Feed | null;
  problems: FeedProblem[];
}

/** `programmes[3].chiffres[0].valeur : nombre attendu, « douze » reçu` */
export function formatProblem(problem: FeedProblem): string {
  return `${problem.path || '(racine)'} : ${problem.message}`;
}

const config = { message: messageFrancais } as const;

function joinPath(base: string, key: unknown): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return base ? `${base}.${String(key)}` : String(key);
}

function problemsFromIssues(base: string, issues: readonly v.BaseIssue<unknown>[]): FeedProblem[] {
  return issues.map((issue) => ({
    path: (issue.path ?? []).reduce((path, item) => joinPath(path, item.key), base),
    message: issue.message,
  }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates every section of a feed. */
export function validateFeed(input: unknown): FeedValidation {
  return validateSections(input, SECTIONS);
}

/**
 * Validates the sections given, and only those: the rest of the feed is left out of the result.
 * Among them, the required ones (`territoire`, `edition`) must be there.
 */
export function validateSections(input: unknown, schemas: SectionSchemas): FeedValidation {
  if (!isRecord(input)) {
    return { feed: null, problems: [{ path: '', message: `objet JSON attendu, ${recu(input)} reçu` }] };
  }
  const version = Object.hasOwn(input, 'version') ? input.version : undefined;
  if (version !== FEED_VERSION) {
    const message =
      version === undefined
        ? 'champ obligatoire manquant : la version du format (1)'
        : `version ${recu(version)} inconnue : cette version d’anct-widgets lit la version ${FEED_VERSION} du format`;
    return { feed: null, problems: [{ path: 'version', message }] };
  }

  const feed: Record<string, unknown> = { version: FEED_VERSION };
  const problems: FeedProblem[] = [];
  for (const name of Object.keys(schemas) as SectionName[]) {
    if (!Object.hasOwn(input, name) || input[name] === undefined) {
      if (REQUIRED_SECTIONS.includes(name)) problems.push({ path: name, message: 'champ obligatoire manquant' });
      continue;
    }
    const table = schemas[name]!.type === 'record';
    const max = table ? ENTREES_MAX : VALEURS_MAX;
    if ((Array.isArray(input[name]) && (input[name] as unknown[]).length > ELEMENTS_MAX) || holdsMoreThan(input[name], max)) {
      problems.push({
        path: name,
        message:
          `trop grand pour être affiché sans bloquer la page (au plus ${table ? '' : `${ELEMENTS_MAX} éléments et `}` +
          `${formatNombre(max)} valeurs : programmes, lieux, chiffres…) ; cette partie n’est pas lue`,
      });
      continue;
    }
    const value = validateSection(name, schemas[name]!, input[name], problems);
    if (value !== undefined) feed[name] = value;
  }
  return { feed: feed as Feed, problems };
}

/**
 * The most values a section may hold (items of its lists and fields of its objects, at any depth):
 * enough for a national list of places (every France Services site, every Petites villes de demain
 * commune) without their opening hours, and well above the largest section of any département
 * feed. Above it, reading and showing the section could block the page on a modest computer (the
 * big-feeds test holds the bound); the section is refused instead, after a count that stops at
 * the bound. A table looked up, never shown whole (`communes`, `anciensCodes`…), may hold
 * `ENTREES_MAX`: every commune of France.
 */
export const VALEURS_MAX = 20_000;
export const ENTREES_MAX = 50_000;

/**
 * The most items a list section may hold (programmes, projects, resources): each is shown, so
 * this bounds the time to show them; far more programmes than any département feed has.
 */
export const ELEMENTS_MAX = 200;

/** Whether `value` holds more than `max` values; counting stops past `max`, so it costs little. */
function holdsMoreThan(value: unknown, max: number): boolean {
  const stack = [value];
  let n = 0;
  while (stack.length) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    const children: unknown[] = Array.isArray(v) ? v : Object.values(v);
    n += children.length;
    if (n > max) return true;
    stack.push(...children);
  }
  return false;
}

function validateSection(name: SectionName, schema: NonNullable<SectionSchemas[SectionName]>, value: unknown, problems: FeedProblem[]): unknown {
  if (schema.type !== 'array') return parsePruned(schema, value, name, problems);
  if (!Array.isArray(value)) {
    problems.push({ path: name, message: `liste attendue, ${recu(value)} reçu` });
    return undefined;
  }
  const items: unknown[] = [];
  const ids = new Map<string, number>();
  value.forEach((item, index) => {
    const path = `${name}[${index}]`;
    const output = parsePruned(schema.item, item, path, problems);
    if (output === undefined) return;
    const id = (output as { id?: unknown }).id;
    if (typeof id === 'string') {
      const first = ids.get(id);
      if (first !== undefined) {
        problems.push({ path: `${path}.id`, message: `identifiant « ${id} » déjà utilisé par ${name}[${first}]` });
        return;
      }
      ids.set(id, index);
    }
    items.push(output);
  });
  return items;
}

/** Passes of `parsePruned`: each one leaves out what the one before found wrong. */
const PASSES = 4;

/**
 * Parses `value`, leaving out what is wrong at the smallest depth that can go alone (an item of a
 * list, an entry of a record, an optional field: `prune.ts`), so that a place with a broken phone
 * loses its phone, not its programme. Every problem found is reported; `undefined` when what is
 * wrong cannot be left out (a required field), as for the whole value.
 */
function parsePruned(schema: v.GenericSchema, value: unknown, base: string, problems: FeedProblem[]): unknown {
  let input = value;
  const seen = new Set<string>();
  for (let pass = 0; pass < PASSES; pass++) {
    const result = v.safeParse(schema, input, config);
    const fresh = problemsFromIssues(base, result.issues ?? []).filter((p) => !seen.has(`${p.path}\n${p.message}`));
    for (const p of fresh) seen.add(`${p.path}\n${p.message}`);
    problems.push(...fresh);
    if (result.success) return result.output;
    const cuts = cutsFor(schema, result.issues);
    if (!cuts) return undefined;
    input = prune(input, cuts);
  }
  return undefined;
}

/**
 * Bad feeds: a seeded generator makes hundreds of mutations of the Lozère feed, and every
 * element must show its valid sections or a French error, with no uncaught exception, no
 * unhandled rejection and no prototype pollution. A failure names its seed, to replay it with
 * `FUZZ_SEED=<seed>` in mutate().
 */
import { expect } from '@open-wc/testing';
import { LOZERE, TAGS, cleanup, mount, settledDeep, type Mounted } from '../support/mount.js';

const MUTATIONS = 520;
type Json = any;
type Lit = HTMLElement & { updateComplete: Promise<boolean>; feed: unknown };

/** mulberry32: small, seeded, good enough to spread mutations. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Path = (string | number)[];

/** Every path of the feed, down to a depth that leaves deep nesting (a mutation) unexplored. */
function paths(value: Json, base: Path = [], out: Path[] = []): Path[] {
  out.push(base);
  if (base.length > 12) return out;
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...base, i], out));
  else if (value && typeof value === 'object') for (const k of Object.keys(value)) if (k !== 'communes') paths(value[k], [...base, k], out);
  return out;
}

function set(root: Json, path: Path, value: unknown) {
  if (!path.length) return value;
  let node = root;
  for (const k of path.slice(0, -1)) node = node[k];
  node[path.at(-1)!] = value;
  return root;
}

function get(root: Json, path: Path) {
  return path.reduce((node, k) => node?.[k], root);
}

const STRINGS = ['NaN', 'Infinity', '-1', '1e999', '12,5', ' 12 ', '', 'null', 'undefined', '0x10', 'douze'];
const SCRIPTS = ['مرحبا بالعالم', 'שלום עולם', '\u202Egnirts desrever', 'e\u0301\u0301\u0301', '👩‍👩‍👧‍👦 🇫🇷', '中文 한국어', 'zero\u200Bwidth'];
const NUMBERS = [-1, -1e308, 1e308, Number.MAX_VALUE, -0, 1e21, 0.1 + 0.2, Number.NaN, Number.POSITIVE_INFINITY];

function deep(depth: number): Json {
  let value: Json = 'fond';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** One mutation of a copy of the feed, and what it did (for the failure message). */
function mutate(feed: Json, seed: number): { feed: Json; what: string[] } {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  let copy: Json = structuredClone(feed);
  const what: string[] = [];
  const steps = 1 + Math.floor(random() * 3);
  for (let s = 0; s < steps; s++) {
    const all = paths(copy);
    const path = pick(all);
    const where = path.join('.') || '(racine)';
    // A step may find its target gone (a parent nulled by an earlier one): it is then skipped.
    try {
      switch (Math.floor(random() * 12)) {
        case 0:
          copy = set(copy, path, pick<unknown>([42, 'texte', true, null, [], {}, [1, 2], { a: 1 }]));
          what.push(`type changé à ${where}`);
          break;
        case 1:
          if (path.length) {
            const parent = get(copy, path.slice(0, -1));
            if (Array.isArray(parent)) parent.splice(Number(path.at(-1)), 1);
            else delete parent[path.at(-1)!];
            what.push(`supprimé ${where}`);
          }
          break;
        case 2: {
          const target = get(copy, path);
          if (target && typeof target === 'object' && !Array.isArray(target)) {
            const key = pick(['__proto__', 'constructor', 'prototype', 'inconnu', 'toString', 'hasOwnProperty']);
            Object.defineProperty(target, key, { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
            what.push(`clé ${key} ajoutée à ${where}`);
          }
          break;
        }
        case 3:
          for (const p of all) if (p.length && random() < 0.3) set(copy, p, null);
          what.push('null partout');
          break;
        case 4:
          copy = set(copy, path, pick(NUMBERS));
          what.push(`nombre extrême à ${where}`);
          break;
        case 5:
          copy = set(copy, path, pick(STRINGS));
          what.push(`texte numérique à ${where}`);
          break;
        case 6:
          if (Array.isArray(get(copy, path))) {
            copy = set(copy, path, []);
            what.push(`liste vidée à ${where}`);
          }
          break;
        case 7:
          copy = set(copy, path, 'x'.repeat(100_000));
          what.push(`100 000 caractères à ${where}`);
          break;
        case 8:
          copy = set(copy, path, deep(3000));
          what.push(`imbrication profonde à ${where}`);
          break;
        case 9:
          if (copy?.programmes?.length > 1) {
            copy.programmes[1].id = copy.programmes[0]?.id;
            what.push('identifiant de programme en double');
          }
          break;
        case 10:
          if (typeof get(copy, path) === 'string') {
            copy = set(copy, path, `${pick(SCRIPTS)} ${get(copy, path)}`);
            what.push(`écritures mêlées à ${where}`);
          }
          break;
        default:
          copy = set(copy, path, pick<unknown>([[], {}, '', 0]));
          what.push(`valeur vide à ${where}`);
      }
    } catch {
      what.push(`étape sautée à ${where}`);
    }
  }
  return { feed: copy, what };
}

/** What a reader sees: content, the empty message, or a French error. */
function shownState(el: Element): string {
  const base = el.shadowRoot!.querySelector('[part="base"]')!;
  const error = base.querySelector('[part="error"]');
  if (error) {
    expect(error.textContent).to.contain('Les données de la fiche territoriale ne peuvent pas être affichées.');
    return 'erreur';
  }
  if (base.querySelector('[part="empty"]')) return 'vide';
  expect(base.textContent!.trim().length, 'content shown').to.be.greaterThan(0);
  return 'contenu';
}

describe('bad feeds', function () {
  this.timeout(240_000);
  const problems: string[] = [];
  const onError = (e: ErrorEvent) => problems.push(`erreur non rattrapée : ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => problems.push(`promesse rejetée sans suite : ${String(e.reason)}`);
  let elements: Mounted<Lit>[];
  let lozere: Json;
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

  before(async () => {
    lozere = await (await fetch(LOZERE)).json();
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    elements = TAGS.map((tag) => mount<Lit>(tag));
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    cleanup();
  });

  it(`show what is valid, or a French error, for ${MUTATIONS} mutations of the Lozère feed`, async () => {
    const tally: Record<string, number> = {};
    const silence = console.error;
    console.error = () => {}; // each broken feed is reported to the console by design
    try {
      for (let seed = 1; seed <= MUTATIONS; seed++) {
        const { feed, what } = mutate(lozere, seed);
        try {
          for (const { el } of elements) el.feed = feed;
          for (const { el } of elements) {
            await settledDeep(el);
            const state = shownState(el);
            tally[state] = (tally[state] ?? 0) + 1;
          }
        } catch (error) {
          throw new Error(`graine ${seed} (${what.join(' ; ')}) : ${(error as Error).message}`, { cause: error });
        }
        expect(problems, `graine ${seed} (${what.join(' ; ')})`).to.deep.equal([]);
        expect(({} as Record<string, unknown>).polluted, `graine ${seed} : pollution`).to.equal(undefined);
        expect(Object.getOwnPropertyNames(Object.prototype).sort(), `graine ${seed} : Object.prototype`).to.deep.equal(prototypeKeys);
      }
    } finally {
      console.error = silence;
    }
    // The mutations reached every state, or the generator tests little.
    expect(tally.contenu).to.be.greaterThan(100);
    expect(tally.erreur).to.be.greaterThan(20);
  });
});

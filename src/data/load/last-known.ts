/**
 * The last good copy of each feed, kept in the browser's localStorage, so that a feed that
 * loaded once still shows (with the date of that copy) when its server fails later.
 *
 * A guest's share of the host site's storage, and a bounded one: no copy over 250 000
 * characters, at most 8 feeds and 1 000 000 characters in all, the oldest dropped first. When
 * storage is full, older copies make room and the write is tried once more; then it gives up.
 * The dates live in a small index, so that keeping a copy never reads the others.
 *
 * A copy never lies: one older than 90 days, or dated after now (a clock set back, a copy
 * written by hand), is deleted rather than shown; a feed its server says is gone (404, 410)
 * loses its copy (`forgetLastKnown`), so it never comes back on a later failure; and the date
 * given with a copy is always a readable ISO date. Anything unreadable in storage is ignored,
 * one entry at a time, and storage may be missing or forbidden (private browsing, a sandboxed
 * iframe): then nothing is kept, and nothing fails.
 */
const PREFIX = 'anct-widgets:feed:';
const INDEX = 'anct-widgets:index';
export const LAST_KNOWN_MAX_CHARS = 250_000;
export const LAST_KNOWN_MAX_TOTAL = 1_000_000;
export const LAST_KNOWN_MAX_FEEDS = 8;
export const LAST_KNOWN_MAX_AGE_DAYS = 90;

export interface LastKnown {
  /** When the copy was saved, ISO 8601. */
  savedAt: string;
  json: unknown;
}

/** url → [savedAt, size]: enough to choose what to drop without reading any copy. */
type Index = Record<string, [string, number]>;

function storage(): Storage | undefined {
  try {
    return (globalThis as { localStorage?: Storage }).localStorage;
  } catch {
    return undefined; // a sandboxed iframe throws on the mere access
  }
}

/** The index's readable entries; one that is not `[date, size]` is left out, not fatal. */
function readIndex(store: Storage): Index {
  const index: Index = {};
  try {
    const stored = JSON.parse(store.getItem(INDEX) ?? '{}') as unknown;
    if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return index;
    for (const [url, entry] of Object.entries(stored)) {
      if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number' && entry[1] >= 0) {
        index[url] = [entry[0], entry[1]];
      }
    }
  } catch {
    // Unreadable as a whole: start a new one; the copies it named are dropped as unknown.
  }
  return index;
}

/** Drops the oldest copies until `room` more characters and one more feed fit the bounds. */
function makeRoom(store: Storage, index: Index, room: number) {
  const byAge = Object.entries(index).sort(([, a], [, b]) => (a[0] < b[0] ? -1 : 1));
  let total = byAge.reduce((n, [, [, size]]) => n + size, 0);
  while (byAge.length && (byAge.length >= LAST_KNOWN_MAX_FEEDS || total + room > LAST_KNOWN_MAX_TOTAL)) {
    const [url, [, size]] = byAge.shift()!;
    store.removeItem(PREFIX + url);
    delete index[url];
    total -= size;
  }
}

export function saveLastKnown(url: string, json: unknown, now = new Date()): void {
  const store = storage();
  if (!store) return;
  try {
    const savedAt = now.toISOString();
    const value = JSON.stringify({ savedAt, json });
    if (value.length > LAST_KNOWN_MAX_CHARS) return;
    const index = readIndex(store);
    delete index[url];
    // Copies the index does not know (a corrupted index, an older version's) would never leave.
    for (let i = store.length - 1; i >= 0; i--) {
      const key = store.key(i);
      if (key?.startsWith(PREFIX) && !(key.slice(PREFIX.length) in index)) store.removeItem(key);
    }
    makeRoom(store, index, value.length);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        store.setItem(PREFIX + url, value);
        index[url] = [savedAt, value.length];
        store.setItem(INDEX, JSON.stringify(index));
        return;
      } catch {
        // Full: the host site's own data is not ours to drop, but our older copies are.
        makeRoom(store, index, LAST_KNOWN_MAX_TOTAL);
      }
    }
    store.setItem(INDEX, JSON.stringify(index));
  } catch {
    // Storage refused: the copy is a convenience, not a duty.
  }
}

/** The copy of a feed, if there is one fit to show: readable, dated, neither too old nor from the future. */
export function readLastKnown(url: string, now = new Date()): LastKnown | undefined {
  try {
    const entry = readEntry(storage()?.getItem(PREFIX + url) ?? null);
    if (!entry) return undefined;
    const age = now.getTime() - Date.parse(entry.savedAt);
    if (age >= 0 && age <= LAST_KNOWN_MAX_AGE_DAYS * 86_400_000) return entry;
    forgetLastKnown(url);
    return undefined;
  } catch {
    return undefined;
  }
}

/** Deletes the copy of a feed: its server says it is gone. */
export function forgetLastKnown(url: string): void {
  const store = storage();
  if (!store) return;
  try {
    if (store.getItem(PREFIX + url) === null) return;
    store.removeItem(PREFIX + url);
    const index = readIndex(store);
    delete index[url];
    store.setItem(INDEX, JSON.stringify(index));
  } catch {
    // Storage refused: a copy left behind is still bounded by its age.
  }
}

function readEntry(value: string | null): LastKnown | undefined {
  if (!value) return undefined;
  try {
    const entry = JSON.parse(value) as Partial<LastKnown>;
    const time = typeof entry?.savedAt === 'string' ? Date.parse(entry.savedAt) : Number.NaN;
    if (Number.isNaN(time) || !('json' in entry)) return undefined;
    // Written back as ISO, whatever the form stored: the notice always has a date to give.
    return { savedAt: new Date(time).toISOString(), json: entry.json };
  } catch {
    return undefined;
  }
}

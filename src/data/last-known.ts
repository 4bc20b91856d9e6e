/**
 * The last good copy of each feed, kept in the browser's localStorage, so that a feed that
 * loaded once still shows (with the date of that copy) when its server fails later.
 *
 * Bounded: a copy over 500 kB is not kept, and at most 8 feeds are, the oldest dropped first.
 * Anything unreadable in storage (another script's data, a truncated write, a copy that no
 * longer validates) is ignored. Storage may be missing, full or forbidden (private browsing,
 * a sandboxed iframe): then nothing is kept, and nothing fails.
 */
const PREFIX = 'anct-widgets:feed:';
export const LAST_KNOWN_MAX_CHARS = 500_000;
export const LAST_KNOWN_MAX_FEEDS = 8;

export interface LastKnown {
  /** When the copy was saved, ISO 8601. */
  savedAt: string;
  json: unknown;
}

function storage(): Storage | undefined {
  try {
    return (globalThis as { localStorage?: Storage }).localStorage;
  } catch {
    return undefined; // a sandboxed iframe throws on the mere access
  }
}

export function saveLastKnown(url: string, json: unknown, now = new Date()): void {
  const store = storage();
  if (!store) return;
  try {
    const value = JSON.stringify({ savedAt: now.toISOString(), json });
    if (value.length > LAST_KNOWN_MAX_CHARS) return;
    store.setItem(PREFIX + url, value);
    const keys: { key: string; savedAt: string }[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(PREFIX)) keys.push({ key, savedAt: readEntry(store.getItem(key))?.savedAt ?? '' });
    }
    keys.sort((a, b) => (a.savedAt < b.savedAt ? -1 : 1));
    for (const { key } of keys.slice(0, Math.max(0, keys.length - LAST_KNOWN_MAX_FEEDS))) store.removeItem(key);
  } catch {
    // Quota exceeded or storage refused: the copy is a convenience, not a duty.
  }
}

export function readLastKnown(url: string): LastKnown | undefined {
  try {
    return readEntry(storage()?.getItem(PREFIX + url) ?? null);
  } catch {
    return undefined;
  }
}

function readEntry(value: string | null): LastKnown | undefined {
  if (!value) return undefined;
  try {
    const entry = JSON.parse(value) as Partial<LastKnown>;
    if (typeof entry?.savedAt !== 'string' || Number.isNaN(Date.parse(entry.savedAt)) || !('json' in entry)) return undefined;
    return { savedAt: entry.savedAt, json: entry.json };
  } catch {
    return undefined;
  }
}

/**
 * Where the feeds that ship with the package are: `feeds/` beside the bundle that was loaded
 * (dist/feeds/ beside dist/anct-widgets.js), so that a commune's page needs no `src` at all.
 * Read once, when the script runs: for the classic script, that is while `document.currentScript`
 * still names it (the bundler turns `import.meta.url` into that).
 *
 * The modules of dist/esm/ sit one folder lower: their build defines `__ANCT_FEEDS_PATH__` as
 * `../feeds/`. The path is a variable, not a literal inside `new URL(…)`, so that application
 * bundlers (Vite…) do not mistake it for an asset of theirs to copy.
 */
declare const __ANCT_FEEDS_PATH__: string | undefined;

const CHEMIN = typeof __ANCT_FEEDS_PATH__ === 'string' ? __ANCT_FEEDS_PATH__ : './feeds/';

export const FEEDS_BASE = new URL(CHEMIN, import.meta.url).href;

/** The address of a département's feed: `…/feeds/48.json`. */
export function feedDuDepartement(code: string): string {
  return new URL(`${encodeURIComponent(code)}.json`, FEEDS_BASE).href;
}

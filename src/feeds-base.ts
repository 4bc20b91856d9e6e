/**
 * Where the feeds that ship with the package are: `feeds/` beside the script that was loaded
 * (dist/feeds/ beside dist/anct-widgets.js), so that a commune's page needs no `src` at all.
 * Read once, when the script runs: for the classic script, that is while `document.currentScript`
 * still names it (the bundler turns `import.meta.url` into that).
 */
// The path is joined, not written as one literal, so that application bundlers (Vite…) do not
// mistake it for an asset of theirs to copy.
export const FEEDS_BASE = new URL(['.', 'feeds', ''].join('/'), import.meta.url).href;

/** The address of a département's feed: `…/feeds/48.json`. */
export function feedDuDepartement(code: string): string {
  return new URL(`${encodeURIComponent(code)}.json`, FEEDS_BASE).href;
}

/**
 * Where the feeds that ship with the package are, for an element given only `departement` or
 * `commune`.
 *
 * The all-in-one scripts (dist/anct-widgets.js, .iife.js, the embed page) look in `feeds/` beside
 * themselves (dist/feeds/ beside dist/anct-widgets.js), so that a commune's page needs no `src`
 * at all. Read once, when the script runs: for the classic script, that is while
 * `document.currentScript` still names it (the bundler turns `import.meta.url` into that).
 *
 * The modules of dist/esm/ are for applications' bundlers (Vite, webpack…), which move the code
 * where they like (node_modules/.vite/deps/ in `vite`, assets/ in `vite build`): no address
 * computed from the module would be right in both. Their build defines `__ANCT_FEEDS_PATH__` as
 * null: no base until the application gives one, with the `feeds-base` attribute or
 * `setFeedsBase()`; until then an element without `src` says that it needs one, the same in
 * development and in production.
 */
import type { FeedsBaseFrom } from './data/load/errors.js';

declare const __ANCT_FEEDS_PATH__: string | null | undefined;

const CHEMIN = typeof __ANCT_FEEDS_PATH__ === 'undefined' ? './feeds/' : __ANCT_FEEDS_PATH__;

/** The base the script found itself, or null in an application's bundle. */
export const FEEDS_BASE: string | null = CHEMIN === null ? null : new URL(CHEMIN, import.meta.url).href;

let base: string | null = FEEDS_BASE;

/**
 * Where every element of the page finds the shipped feeds (a folder holding `48.json`, `2A.json`…,
 * as dist/feeds/ does), relative to the page: `setFeedsBase('/feeds/')` after copying
 * `node_modules/anct-widgets/dist/feeds/` among an application's public files. An element's
 * `feeds-base` attribute takes precedence. `null` goes back to the default.
 */
export function setFeedsBase(url: string | URL | null): void {
  base = url === null ? FEEDS_BASE : new URL(url, document.baseURI).href;
}

/** The base in use for an element's `feeds-base` (which takes precedence), or null when none is known. */
export function feedsBase(own?: string | null): string | null {
  if (own) return new URL(own.endsWith('/') ? own : `${own}/`, document.baseURI).href;
  return base;
}

/** Who gave the base `feedsBase(own)` returns, for a message that says where a feed was looked for. */
export function feedsBaseFrom(own?: string | null): FeedsBaseFrom {
  return own ? 'element' : base === FEEDS_BASE ? 'script' : 'page';
}

/** The address of a département's feed: `…/feeds/48.json`. */
export function feedDuDepartement(code: string, from: string): string {
  return new URL(`${encodeURIComponent(code)}.json`, from).href;
}

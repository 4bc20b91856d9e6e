/**
 * The entry of the script-tag bundles, dist/anct-widgets.js and dist/anct-widgets.iife.js (through
 * classic.ts): registers every element and gives script-api.ts as exports and as
 * `window.AnctWidgets`. The data layer is not re-exported here: a page that wants it loads
 * dist/data.js, a bundled application imports `anct-widgets/data`; every page that only shows
 * elements saves its bytes.
 *
 * `window.AnctWidgets` is the copy whose elements the page uses: a second copy on the page (the
 * module and the classic script, two versions) registers nothing, and leaves it alone.
 */
import * as api from './script-api.js';

export * from './script-api.js';

if (api.ELEMENTS.some(({ tag, element }) => customElements.get(tag) === element)) {
  (globalThis as { AnctWidgets?: unknown }).AnctWidgets = api;
}

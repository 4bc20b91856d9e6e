/**
 * Which look and which theme an element shows.
 *
 * The look: `dsfr`, the State's design system, or `neutre`, made of the page's own font and
 * colours. The DSFR is reserved to the State's sites, so `auto` wears it only where the page
 * itself defines the DSFR's colour tokens, and is neutral elsewhere.
 *
 * The theme, in the DSFR look: `light` and `dark` are the embedder's choice; `auto` follows the
 * DSFR, whose script writes `data-fr-theme="light|dark"` on <html>, and is light elsewhere. In
 * the neutral look the page's colours decide, and the theme changes nothing.
 *
 * One MutationObserver serves every element of the page, and stops when the last one leaves.
 * Whether the page is on the DSFR is read at the first update after an element connects (once
 * for elements a script adds together: reading a computed style may restyle the page), again
 * when the DSFR changes theme, and at the page's `load`, for a stylesheet that came after the
 * elements.
 */
export type Theme = 'auto' | 'light' | 'dark';
export type Look = 'auto' | 'dsfr' | 'neutre';

/** The CSS class of the element's base box: `auto-*` lets DSFR tokens through, the others do not. */
export type ThemeClass = 'auto-light' | 'auto-dark' | 'light' | 'dark' | 'neutre';

export function parseTheme(value: string | null | undefined): Theme {
  return value === 'light' || value === 'dark' ? value : 'auto';
}

export function parseLook(value: string | null | undefined): Look {
  return value === 'dsfr' || value === 'neutre' ? value : 'auto';
}

let dsfr: boolean | undefined;

/** Whether the page defines the DSFR's colour tokens: a State site on the DSFR. */
function pageOnDsfr(): boolean {
  if (dsfr === undefined) {
    const style = getComputedStyle(document.documentElement);
    dsfr = ['--text-default-grey', '--background-default-grey'].some((token) => style.getPropertyValue(token).trim() !== '');
  }
  return dsfr;
}

/** Reads the page again at the next element's render: a new element may come with a new page. */
export function forgetPage() {
  dsfr = undefined;
}

export function themeClass(theme: Theme, look: Look = 'auto'): ThemeClass {
  if (look === 'neutre' || (look === 'auto' && !pageOnDsfr())) return 'neutre';
  if (theme !== 'auto') return theme;
  return document.documentElement.getAttribute('data-fr-theme') === 'dark' ? 'auto-dark' : 'auto-light';
}

const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

function pageChanged() {
  forgetPage();
  listeners.forEach((l) => l());
}

/** A stylesheet loaded after the elements may bring the DSFR: told only if it changed the answer. */
function pageLoaded() {
  const before = dsfr;
  forgetPage();
  if (before !== undefined && pageOnDsfr() !== before) listeners.forEach((l) => l());
}

/** Calls `listener` whenever the page's DSFR theme (or its being on the DSFR) changes; returns the unsubscribe function. */
export function watchPageTheme(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(pageChanged);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-fr-theme'] });
    if (document.readyState !== 'complete') addEventListener('load', pageLoaded, { once: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
      removeEventListener('load', pageLoaded);
    }
  };
}

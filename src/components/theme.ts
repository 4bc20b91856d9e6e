/**
 * Which theme an element shows. `light` and `dark` are the embedder's choice; `auto` follows the
 * DSFR, whose script writes `data-fr-theme="light|dark"` on <html>, and is light elsewhere.
 *
 * One MutationObserver serves every element of the page, and stops when the last one leaves.
 */
export type Theme = 'auto' | 'light' | 'dark';

/** The CSS class of the element's base box: `auto-*` lets DSFR tokens through, the others do not. */
export type ThemeClass = 'auto-light' | 'auto-dark' | 'light' | 'dark';

export function parseTheme(value: string | null | undefined): Theme {
  return value === 'light' || value === 'dark' ? value : 'auto';
}

export function themeClass(theme: Theme): ThemeClass {
  if (theme !== 'auto') return theme;
  return document.documentElement.getAttribute('data-fr-theme') === 'dark' ? 'auto-dark' : 'auto-light';
}

const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/** Calls `listener` whenever the page's DSFR theme changes; returns the unsubscribe function. */
export function watchPageTheme(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-fr-theme'] });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

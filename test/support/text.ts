/**
 * Text as a reader reads it, with no side effect on import (the embed tests register nothing in
 * their own page).
 */

/**
 * What a reader reads: the rendered text, spaces collapsed (Intl's no-break spaces included), and
 * without the invisible marks that isolate a feed's text in a sentence (U+2066–U+2069).
 */
export function visibleText(root: ParentNode | null | undefined): string {
  return (root?.textContent ?? '')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/[\s\u202f\u00a0]+/g, ' ')
    .trim();
}

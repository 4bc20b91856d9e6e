/**
 * Headings at the level the embedder chooses (`heading-level`, default 2), so the element fits
 * the page's outline. Tags come from a fixed list of six literals: nothing from an attribute
 * ever becomes markup.
 */
import { html, literal } from 'lit/static-html.js';

const TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

export const DEFAULT_HEADING_LEVEL = 2;

/** `heading-level` as a number 1–6; anything else is the documented default, 2. */
export function parseHeadingLevel(value: string | null): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : DEFAULT_HEADING_LEVEL;
}

/** A heading `depth` levels below the element's own, never deeper than h6. */
export function heading(level: number, depth: number, content: unknown, part = 'heading') {
  // The property may have been set from code to anything: only 1–6 is a level.
  const base = parseHeadingLevel(String(level));
  const tag = TAGS[Math.max(1, Math.min(base + depth, 6)) - 1]!;
  return html`<${tag} part=${part} class=${part}>${content}</${tag}>`;
}

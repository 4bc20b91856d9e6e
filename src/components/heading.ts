/**
 * Headings at the level the embedder chooses (`heading-level`, default 2), so the element fits
 * the page's outline. Each level is its own template: nothing from an attribute ever becomes
 * markup (and Lit's static-html module, which would build the tag, is not needed).
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export const DEFAULT_HEADING_LEVEL = 2;

/** `heading-level` as a number 1–6; anything else is the documented default, 2. */
export function parseHeadingLevel(value: string | null): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : DEFAULT_HEADING_LEVEL;
}

/**
 * A heading at `level` (1–6; anything else is the default), its part and class named `part`; with
 * `id`, a target an in-page link can move the focus to.
 */
export function heading(level: number, content: unknown, part = 'heading', id?: string) {
  const target = id ? -1 : undefined;
  // The property may have been set from code to anything: only 1–6 is a level.
  switch (parseHeadingLevel(String(level))) {
    case 1:
      return html`<h1 part=${part} class=${part} id=${ifDefined(id)} tabindex=${ifDefined(target)}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} class=${part} id=${ifDefined(id)} tabindex=${ifDefined(target)}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${part} id=${ifDefined(id)} tabindex=${ifDefined(target)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${part} id=${ifDefined(id)} tabindex=${ifDefined(target)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${part} id=${ifDefined(id)} tabindex=${ifDefined(target)}>${content}</h5>`;
    default:
      return html`<h6 part=${part} class=${part} id=${ifDefined(id)} tabindex=${ifDefined(target)}>${content}</h6>`;
  }
}

/**
 * A feed's text in a template: isolated for bidirectional text (`<bdi>`), so that a right-to-left
 * override in a name reorders neither the sentence around it nor its neighbours; and made a link
 * only when a reader can see where it leads (src/data/text/bidi.ts says when). A source is written the
 * same way in every element, and links to its page when the feed gives one.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { balanceBidi, lienLisible } from '../data/text/bidi.js';
import { formatSource } from '../data/text/format.js';
import type { Source } from '../data/feed/schema.js';
import { sourcesAvecProvenance } from '../data/text/sources-citees.js';

/** A feed's text, isolated, its direction controls balanced (src/data/text/bidi.ts says why). */
export function bdi(texte: unknown): TemplateResult {
  return html`<bdi>${typeof texte === 'string' ? balanceBidi(texte) : texte}</bdi>`;
}

/**
 * A link to `url` reading `contenu` (whose text is `texte`); the content alone when the text or
 * the host holds a control or direction character.
 */
export function lien(url: string, texte: string, contenu: unknown = bdi(texte), classe = '', part = ''): unknown {
  return lienLisible(url, texte)
    ? html`<a class=${ifDefined(classe || undefined)} part=${ifDefined(part || undefined)} href=${url}>${contenu}</a>`
    : contenu;
}

/** A source as a reader reads it (name, publication date), a link to its page when the feed gives one. */
export function renderSource(source: Source): unknown {
  return source.url ? lien(source.url, source.libelle, formatSource(source)) : formatSource(source);
}

/**
 * « D’où viennent ces chiffres ? »: each source the element cites, with where it was read, in a
 * box closed by default, once per element; the running text keeps its short citations, and paper
 * too (no one can open a box there).
 */
export function renderProvenance(sources: readonly Source[]): unknown {
  const avec = sourcesAvecProvenance(sources);
  return avec.length
    ? html`<details class="provenance mention screen-only" part="provenance">
        <summary>D’où viennent ces chiffres ?</summary>
        <ul>
          ${avec.map((s) => html`<li>${formatSource(s)} : ${bdi(s.provenance)}.</li>`)}
        </ul>
      </details>`
    : nothing;
}

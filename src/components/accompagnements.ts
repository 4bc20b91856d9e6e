/**
 * The fiche's "Accompagnement sur mesure et plan de relance": the département's CRTE and the
 * projects the agency supports, as a table that turns into stacked cards on narrow screens.
 */
import { html, nothing } from 'lit';
import { COLONNES_ACCOMPAGNEMENTS, vueAccompagnements, type VueAccompagnements } from '../data/accompagnements/accompagnements.js';
import { formatNombre } from '../data/text/format.js';
import { A_DU_CONTENU, SCHEMAS_ACCOMPAGNEMENTS } from '../data/feed/sections.js';
import type { Feed } from '../data/feed/validate.js';
import { accompagnementsStyles } from './accompagnements.styles.js';
import { AnctElement, type Derived } from './anct-element.js';
import { bdi, renderProvenance, renderSource } from './feed-text.js';
import { tableStyles } from './table.styles.js';

/**
 * @tagname anct-accompagnements
 * @summary The CRTE of a département and the projects the ANCT supports, with a CSV download.
 *
 * @csspart heading - The heading.
 * @csspart subheading - The headings of the CRTE and of the supported projects.
 * @csspart crte - The list of CRTE.
 * @csspart table - The table of supported projects.
 * @csspart caption - The table's caption.
 * @csspart source - The source and its date.
 * @csspart provenance - « D’où viennent ces chiffres ? »: where the source was read, closed by default.
 * @csspart download - The CSV download link.
 */
export class AnctAccompagnements extends AnctElement<VueAccompagnements> {
  static override styles = [...AnctElement.styles, tableStyles, accompagnementsStyles];
  static override readonly parts = [
    ...AnctElement.parts,
    'heading',
    'subheading',
    'crte',
    'table',
    'caption',
    'source',
    'provenance',
    'download',
  ];

  /** @internal */
  static override hasContent(feed: Feed): boolean {
    return A_DU_CONTENU.accompagnements(feed);
  }

  /** @internal */
  readonly feedSchemas = SCHEMAS_ACCOMPAGNEMENTS;

  protected derive(feed: Feed): Derived<VueAccompagnements> {
    return { data: AnctAccompagnements.hasContent(feed) ? vueAccompagnements(feed) : undefined };
  }

  protected renderContent(vue: VueAccompagnements, feed: Feed) {
    return renderAccompagnements(vue, feed.territoire, (depth, text, part) => this.renderHeading(depth, text, part));
  }
}

/** A heading `depth` levels below the element's own (depth 0: its own, whose text a page may replace or remove). */
export type Titre = (depth: number, text: unknown, part?: string) => unknown;

export function renderAccompagnements({ crte, lignes, csv, source }: VueAccompagnements, territoire: Feed['territoire'], titre: Titre) {
  const n = lignes.length;
  return html`<div class="accompagnements">
    ${titre(0, 'Accompagnement sur mesure et plan de relance')}
    ${
      crte
        ? html`${titre(1, 'Contrats de relance et de transition écologique (CRTE)', 'subheading')}
            <p>Le département compte ${formatNombre(crte.nombre)} CRTE${crte.noms.length ? ' :' : '.'}</p>
            ${
              crte.noms.length
                ? html`<ul class="crte" part="crte">
                    ${crte.noms.map((nom) => html`<li>${bdi(nom)}</li>`)}
                  </ul>`
                : nothing
            }
            ${
              crte.accompagnesParAnct !== undefined
                ? html`<p>
                    ${formatNombre(crte.accompagnesParAnct)} de ces territoires
                    ${crte.accompagnesParAnct > 1 ? 'sont accompagnés' : 'est accompagné'} par l’ANCT.
                  </p>`
                : nothing
            }`
        : nothing
    }
    ${
      n
        ? html`${titre(1, 'Accompagnement sur mesure par l’ANCT', 'subheading')}
            <table part="table" role="table">
              <caption part="caption">
                ${formatNombre(n)} projet${n > 1 ? 's' : ''} accompagné${n > 1 ? 's' : ''} sur
                mesure${territoire ? html` : ${bdi(territoire.nom)}` : nothing}
              </caption>
              <thead role="rowgroup">
                <tr role="row">
                  ${COLONNES_ACCOMPAGNEMENTS.map((c) => html`<th scope="col" role="columnheader">${c}</th>`)}
                </tr>
              </thead>
              <tbody role="rowgroup">
                ${lignes.map(
                  ([porteur, ...cells]) =>
                    html`<tr role="row">
                      <th scope="row" role="rowheader">
                        <span class="label" aria-hidden="true">${COLONNES_ACCOMPAGNEMENTS[0]}</span>${bdi(porteur)}
                      </th>
                      ${cells.map(
                        (cell, i) =>
                          html`<td role="cell">
                            <span class="label" aria-hidden="true">${COLONNES_ACCOMPAGNEMENTS[i + 1]}</span>${bdi(cell)}
                          </td>`,
                      )}
                    </tr>`,
                )}
              </tbody>
            </table>`
        : nothing
    }
    ${source ? html`<p class="mention source" part="source">Source : ${renderSource(source)}.</p>` : nothing}
    ${
      csv
        ? html`<a
            class="download screen-only"
            part="download"
            href=${csv}
            download="accompagnements-${territoire?.code ?? 'territoire'}.csv"
            >Télécharger les données (CSV)</a
          >`
        : nothing
    }
    ${source ? renderProvenance([source]) : nothing}
  </div>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'anct-accompagnements': AnctAccompagnements;
  }
}

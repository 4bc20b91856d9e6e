/**
 * The fiche's "Accompagnement sur mesure et plan de relance": the département's CRTE and the
 * projects the agency supports, as a table that turns into stacked cards on narrow screens.
 */
import { html, nothing } from 'lit';
import {
  COLONNES_ACCOMPAGNEMENTS,
  csvDataUrl,
  formatNombre,
  formatSource,
  lignesAccompagnements,
  lignesCsvAccompagnements,
  sourceDeLEdition,
  toCsv,
  type FicheLue,
  type SectionName,
} from '../data/index.js';
import { accompagnementsStyles } from './accompagnements.styles.js';
import { AnctElement } from './anct-element.js';
import { tableStyles } from './table.styles.js';

/**
 * @tagname anct-accompagnements
 * @summary The CRTE of a département and the projects the ANCT supports, with a CSV download.
 *
 * @attr src - Address of the feed (JSON, version 1). Changing it reloads.
 * @attr commune - INSEE code of a commune: the table is département-wide, but without `src` the commune says which département.
 * @attr departement - Code of a département ("48", "2A", "974"): without `src`, the element loads that département's feed, shipped in `feeds/` beside the script. Without `departement` either, the département follows from `commune`.
 * @attr heading-level - Level of the element's heading, 1–6. Default 2.
 * @attr timeout - Seconds to wait for the feed's server before saying it does not answer. Default 10.
 * @attr theme - `auto` (follows the DSFR's `data-fr-theme`, else light), `light` or `dark`.
 *
 * @prop {object} feed - The feed as an object; takes precedence over inline JSON and `src`.
 *
 * @slot - Fallback content, shown until the element renders and with an error.
 *   A `<script type="application/json">` child is read as the feed.
 *
 * @fires {CustomEvent<{feed: object}>} anct-load - The content is shown. Detail: `{feed}`, the validated feed.
 * @fires {CustomEvent<{code: string, message: string, path?: string}>} anct-error - The feed, or part of it, cannot be shown. Detail: `{code, message, path?}`.
 *
 * @csspart base - The element's box.
 * @csspart heading - The heading.
 * @csspart crte - The list of CRTE.
 * @csspart table - The table of supported projects.
 * @csspart caption - The table's caption.
 * @csspart source - The source and its date.
 * @csspart download - The CSV download link.
 * @csspart loading - The placeholder while loading.
 * @csspart error - The error message.
 * @csspart empty - The message when the feed has neither CRTE nor projects.
 *
 * @cssprop --anct-color-text - Text colour. Default: DSFR `--text-default-grey`.
 * @cssprop --anct-color-title - Headings and row headers. Default: DSFR `--text-title-grey`.
 * @cssprop --anct-color-background - Background. Default: DSFR `--background-default-grey`.
 * @cssprop --anct-color-background-alt - Table header. Default: DSFR `--background-alt-grey`.
 * @cssprop --anct-color-border - Rules and cards. Default: DSFR `--border-default-grey`.
 * @cssprop --anct-color-accent - Links and the cards' top. Default: DSFR `--text-action-high-blue-france`.
 * @cssprop --anct-color-focus - Focus ring. Default: #0a76f6.
 */
export class AnctAccompagnements extends AnctElement {
  static override styles = [...AnctElement.styles, tableStyles, accompagnementsStyles];

  protected readonly feedSections: readonly SectionName[] = ['crte', 'accompagnements'];

  protected renderContent(feed: FicheLue) {
    const { crte, accompagnements = [] } = feed;
    if (!crte && !accompagnements.length) return nothing;
    const territoire = feed.territoire?.nom;
    const edition = sourceDeLEdition(feed.edition);
    const source = crte?.source ?? edition;
    const n = accompagnements.length;
    return html`<div class="accompagnements">
      ${this.renderHeading(0, 'Accompagnement sur mesure et plan de relance')}
      ${crte
        ? html`${this.renderHeading(1, 'Contrats de relance et de transition écologique (CRTE)', 'subheading')}
            <p>
              Le département compte ${formatNombre(crte.contrats.length)} CRTE${crte.contrats.length ? ' :' : '.'}
            </p>
            <ul class="crte" part="crte">
              ${crte.contrats.map((c) => html`<li>${c.nom}</li>`)}
            </ul>
            ${crte.accompagnesParAnct !== undefined
              ? html`<p>
                  ${formatNombre(crte.accompagnesParAnct)} de ces territoires
                  ${crte.accompagnesParAnct > 1 ? 'sont accompagnés' : 'est accompagné'} par l’ANCT.
                </p>`
              : nothing}`
        : nothing}
      ${n
        ? html`${this.renderHeading(1, 'Accompagnement sur mesure par l’ANCT', 'subheading')}
            <table part="table" role="table">
              <caption part="caption">
                ${formatNombre(n)} projet${n > 1 ? 's' : ''} accompagné${n > 1 ? 's' : ''} sur mesure${territoire ? ` : ${territoire}` : ''}
              </caption>
              <thead role="rowgroup">
                <tr role="row">
                  ${COLONNES_ACCOMPAGNEMENTS.map((c) => html`<th scope="col" role="columnheader">${c}</th>`)}
                </tr>
              </thead>
              <tbody role="rowgroup">
                ${lignesAccompagnements(accompagnements).map(
                  ([porteur, ...cells]) => html`<tr role="row">
                    <th scope="row" role="rowheader">
                      <span class="label" aria-hidden="true">${COLONNES_ACCOMPAGNEMENTS[0]}</span>${porteur}
                    </th>
                    ${cells.map(
                      (cell, i) => html`<td role="cell">
                        <span class="label" aria-hidden="true">${COLONNES_ACCOMPAGNEMENTS[i + 1]}</span>${cell}
                      </td>`,
                    )}
                  </tr>`,
                )}
              </tbody>
            </table>`
        : nothing}
      ${source ? html`<p class="mention source" part="source">Source : ${formatSource(source)}.</p>` : nothing}
      ${n
        ? html`<a
            class="download screen-only"
            part="download"
            href=${csvDataUrl(toCsv(lignesCsvAccompagnements(accompagnements)))}
            download="accompagnements-${feed.territoire?.code ?? 'territoire'}.csv"
            >Télécharger les données (CSV)</a
          >`
        : nothing}
    </div>`;
  }
}

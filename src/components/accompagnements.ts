/**
 * The fiche's "Accompagnement sur mesure et plan de relance": the département's CRTE and the
 * projects the agency supports, as a table that turns into stacked cards on narrow screens.
 */
import { html, nothing } from 'lit';
import {
  A_DU_CONTENU,
  COLONNES_ACCOMPAGNEMENTS,
  csvDataUrl,
  formatNombre,
  lignesAccompagnements,
  lignesCsvAccompagnements,
  sourceDeLEdition,
  toCsv,
  type Feed,
  SCHEMAS_ACCOMPAGNEMENTS,
} from '../data/index.js';
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
export class AnctAccompagnements extends AnctElement<Pick<Feed, 'crte' | 'accompagnements'>> {
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

  protected derive(feed: Feed): Derived<Pick<Feed, 'crte' | 'accompagnements'>> {
    return { data: AnctAccompagnements.hasContent(feed) ? { crte: feed.crte, accompagnements: feed.accompagnements } : undefined };
  }

  protected renderContent({ crte, accompagnements = [] }: Pick<Feed, 'crte' | 'accompagnements'>, feed: Feed) {
    const territoire = feed.territoire?.nom;
    const edition = sourceDeLEdition(feed.edition);
    const source = crte?.source ?? edition;
    const n = accompagnements.length;
    return html`<div class="accompagnements">
      ${this.renderHeading(0, 'Accompagnement sur mesure et plan de relance')}
      ${
        crte
          ? html`${this.renderHeading(1, 'Contrats de relance et de transition écologique (CRTE)', 'subheading')}
            ${this.#renderContrats(crte.contrats)}
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
          ? html`${this.renderHeading(1, 'Accompagnement sur mesure par l’ANCT', 'subheading')}
              <table part="table" role="table">
                <caption part="caption">
                  ${formatNombre(n)} projet${n > 1 ? 's' : ''} accompagné${n > 1 ? 's' : ''} sur
                  mesure${territoire ? html` : ${bdi(territoire)}` : nothing}
                </caption>
                <thead role="rowgroup">
                  <tr role="row">
                    ${COLONNES_ACCOMPAGNEMENTS.map((c) => html`<th scope="col" role="columnheader">${c}</th>`)}
                  </tr>
                </thead>
                <tbody role="rowgroup">
                  ${lignesAccompagnements(accompagnements).map(
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
        n
          ? html`<a
              class="download screen-only"
              part="download"
              href=${csvDataUrl(toCsv(lignesCsvAccompagnements(accompagnements, source)))}
              download="accompagnements-${feed.territoire?.code ?? 'territoire'}.csv"
              >Télécharger les données (CSV)</a
            >`
          : nothing
      }
      ${source ? renderProvenance([source]) : nothing}
    </div>`;
  }

  /**
   * The département's own CRTE (one carried by another département is that one's), named only
   * where a source names them: a generated feed knows their communes, not their names.
   */
  #renderContrats(contrats: NonNullable<Feed['crte']>['contrats']) {
    const propres = contrats.filter((c) => !c.departement);
    const noms = propres.flatMap((c) => (c.nom ? [c.nom] : []));
    return html`<p>Le département compte ${formatNombre(propres.length)} CRTE${noms.length ? ' :' : '.'}</p>
      ${
        noms.length
          ? html`<ul class="crte" part="crte">
              ${noms.map((nom) => html`<li>${bdi(nom)}</li>`)}
            </ul>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'anct-accompagnements': AnctAccompagnements;
  }
}

/**
 * The fiche's "France Très Haut Débit" block: fibre (FttH) deployment by zone, as the fiche
 * prints it, computed from the feed's zones.
 */
import { html, nothing } from 'lit';
import {
  capitaliser,
  csvDataUrl,
  formatNombre,
  formatPart,
  formatSource,
  formatValeur,
  lignesCsvFibre,
  sourceDeLEdition,
  tableauFibre,
  toCsv,
  type FicheLue,
  type LigneFibre,
  type SectionName,
  type Source,
} from '../data/index.js';
import { shareBar } from '../charts/share-bar.js';
import { AnctElement } from './anct-element.js';
import { tableStyles } from './table.styles.js';
import { fibreTableStyles } from './fibre-table.styles.js';

/**
 * @tagname anct-fibre-table
 * @summary Fibre (FttH) deployment of a département by zone: locaux to deploy and raccordables,
 * with their shares, the initiatives that deploy, the State's financing and the source.
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
 * @slot - Fallback content, shown until the table renders and with an error (a link to the PDF fiche, say).
 *   A `<script type="application/json">` child is read as the feed.
 *
 * @fires {CustomEvent<{feed: object}>} anct-load - The table is shown. Detail: `{feed}`, the validated feed.
 * @fires {CustomEvent<{code: string, message: string, path?: string}>} anct-error - The feed, or part of it, cannot be shown. Detail: `{code, message, path?}`.
 *
 * @csspart base - The element's box.
 * @csspart heading - The heading.
 * @csspart initiatives - The list of initiatives.
 * @csspart table - The table.
 * @csspart caption - The table's caption.
 * @csspart bar - Each row's bar (decorative).
 * @csspart financement - The State's financing.
 * @csspart source - The source and its date.
 * @csspart download - The CSV download link.
 * @csspart loading - The placeholder while loading.
 * @csspart error - The error message.
 * @csspart empty - The message when the feed has no fibre data.
 *
 * @cssprop --anct-color-text - Text colour. Default: DSFR `--text-default-grey`.
 * @cssprop --anct-color-title - Headings and totals. Default: DSFR `--text-title-grey`.
 * @cssprop --anct-color-mention - Secondary text. Default: DSFR `--text-mention-grey`.
 * @cssprop --anct-color-background - Background. Default: DSFR `--background-default-grey`.
 * @cssprop --anct-color-background-alt - Table header and placeholder. Default: DSFR `--background-alt-grey`.
 * @cssprop --anct-color-border - Rules. Default: DSFR `--border-default-grey`.
 * @cssprop --anct-color-accent - Links and bars. Default: DSFR `--text-action-high-blue-france`.
 * @cssprop --anct-color-error - Error messages. Default: DSFR `--text-default-error`.
 * @cssprop --anct-color-focus - Focus ring. Default: #0a76f6.
 */
export class AnctFibreTable extends AnctElement {
  static override styles = [...AnctElement.styles, tableStyles, fibreTableStyles];

  protected readonly feedSections: readonly SectionName[] = ['fibre'];

  protected renderContent(feed: FicheLue) {
    const fibre = feed.fibre;
    if (!fibre) return nothing;
    const tableau = tableauFibre(fibre);
    const territoire = feed.territoire?.nom;
    const fichier = `fibre-${feed.territoire?.code ?? 'territoire'}.csv`;
    const financement = fibre.financementEtat;
    const sourceFinancement = financement?.source ?? sourceDeLEdition(feed.edition);

    return html`
      ${this.renderHeading(0, 'France Très Haut Débit')}
      ${fibre.initiatives.length
        ? html`<p>
              Le déploiement de la fibre optique jusqu’à l’abonné (FttH) sur le territoire est
              assuré par ${fibre.initiatives.length > 1 ? `${fibre.initiatives.length} initiatives complémentaires` : 'une initiative'} :
            </p>
            <ul part="initiatives">
              ${fibre.initiatives.map(
                (i) => html`<li>
                  <strong>${i.porteur}</strong>${i.nombreCommunes !== undefined
                    ? `, sur ${formatNombre(i.nombreCommunes)} commune${i.nombreCommunes > 1 ? 's' : ''}`
                    : ''}${i.perimetre ? ` ${i.perimetre}` : ''} (zone ${i.zone})
                </li>`,
              )}
            </ul>`
        : nothing}
      <div class="table-wrapper">
        <table part="table">
          <caption part="caption">
            Locaux à déployer et raccordables en fibre optique (FttH) par zone${territoire ? ` : ${territoire}` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Zone</th>
              <th scope="col">Total des locaux à déployer en FttH</th>
              <th scope="col">Locaux raccordables en FttH à date</th>
            </tr>
          </thead>
          <tbody>
            ${tableau.zones.map((ligne) => this.renderLigne(`Zone ${ligne.zone}`, ligne, true))}
          </tbody>
          <tfoot>
            ${this.renderLigne('TOTAL', tableau.total, false)}
          </tfoot>
        </table>
      </div>
      ${financement
        ? html`<p part="financement">
            ${capitaliser(financement.libelle)} : <strong>${formatValeur(financement)}</strong>.${sourceFinancement
              ? html` <span class="mention">(${this.renderSource(sourceFinancement)})</span>`
              : nothing}
          </p>`
        : nothing}
      <p class="mention" part="source">Source : ${this.renderSource(fibre.source)}.</p>
      <a class="download screen-only" part="download" href=${csvDataUrl(toCsv(lignesCsvFibre(tableau)))} download=${fichier}>
        Télécharger les données (CSV)
      </a>
    `;
  }

  private renderLigne(nom: string, ligne: LigneFibre, avecPart: boolean) {
    return html`<tr>
      <th scope="row">${nom}</th>
      <td>
        <span class="count">${formatNombre(ligne.locauxADeployer)}</span>${avecPart
          ? html` <span class="share">(${formatPart(ligne.partDesLocaux)})</span>`
          : nothing}
      </td>
      <td>
        <span class="count">${formatNombre(ligne.locauxRaccordables)}</span>
        <span class="share">(${formatPart(ligne.partRaccordables)})</span>
        ${shareBar(ligne.partRaccordables)}
      </td>
    </tr>`;
  }

  private renderSource(source: Source) {
    return source.url ? html`<a href=${source.url}>${formatSource(source)}</a>` : formatSource(source);
  }
}

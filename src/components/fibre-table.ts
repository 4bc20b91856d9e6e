/**
 * The fiche's "France Très Haut Débit" block: fibre (FttH) deployment by zone, as the fiche
 * prints it, computed from the feed's zones.
 */
import { html, nothing } from 'lit';
import {
  A_DU_CONTENU,
  capitaliser,
  csvDataUrl,
  formatNombre,
  formatPart,
  formatValeur,
  lignesCsvFibre,
  sourceDeLEdition,
  tableauFibre,
  toCsv,
  type Fibre,
  type Feed,
  type LigneFibre,
  SCHEMAS_FIBRE,
} from '../data/index.js';
import { shareBar } from '../charts/share-bar.js';
import { AnctElement, type Derived } from './anct-element.js';
import { bdi, renderSource } from './feed-text.js';
import { tableStyles } from './table.styles.js';
import { fibreTableStyles } from './fibre-table.styles.js';

/**
 * @tagname anct-fibre-table
 * @summary Fibre (FttH) deployment of a département by zone: locaux to deploy and raccordables,
 * with their shares, the initiatives that deploy, the State's financing and the source.
 *
 * @csspart heading - The heading.
 * @csspart initiatives - The list of initiatives.
 * @csspart table - The table.
 * @csspart caption - The table's caption.
 * @csspart bar - Each row's bar (decorative).
 * @csspart financement - The State's financing.
 * @csspart source - The source and its date.
 * @csspart download - The CSV download link.
 */
export class AnctFibreTable extends AnctElement<Fibre> {
  static override styles = [...AnctElement.styles, tableStyles, fibreTableStyles];
  static override readonly parts = [
    ...AnctElement.parts,
    'heading',
    'initiatives',
    'table',
    'caption',
    'bar',
    'financement',
    'source',
    'download',
  ];

  /** @internal */
  static override hasContent(feed: Feed): boolean {
    return A_DU_CONTENU.fibre(feed);
  }

  /** @internal */
  readonly feedSchemas = SCHEMAS_FIBRE;

  protected derive(feed: Feed): Derived<Fibre> {
    return { data: AnctFibreTable.hasContent(feed) ? feed.fibre : undefined };
  }

  protected renderContent(fibre: Fibre, feed: Feed) {
    // The zone table exists only where a printed fiche gives it; the other measures come later.
    const tableau = tableauFibre({ zones: fibre.zones ?? [] });
    const territoire = feed.territoire?.nom;
    const fichier = `fibre-${feed.territoire?.code ?? 'territoire'}.csv`;
    const financement = fibre.financementEtat;
    const sourceFinancement = financement?.source ?? sourceDeLEdition(feed.edition);

    return html`
      ${this.renderHeading(0, 'France Très Haut Débit')}
      ${
        fibre.initiatives.length
          ? html`<p>
                Le déploiement de la fibre optique jusqu’à l’abonné (FttH) sur le territoire est assuré par
                ${fibre.initiatives.length > 1 ? `${fibre.initiatives.length} initiatives complémentaires` : 'une initiative'} :
              </p>
              <ul part="initiatives">
                ${fibre.initiatives.map(
                  (i) =>
                    html`<li>
                      <strong>${bdi(i.porteur)}</strong>${
                        i.nombreCommunes !== undefined
                          ? `, sur ${formatNombre(i.nombreCommunes)} commune${i.nombreCommunes > 1 ? 's' : ''}`
                          : ''
                      }${i.perimetre ? html` ${bdi(i.perimetre)}` : nothing}
                      (zone ${bdi(i.zone)})
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      <div class="table-wrapper">
        <table part="table">
          <caption part="caption">
            Locaux à déployer et raccordables en fibre optique (FttH) par zone${territoire ? html` : ${bdi(territoire)}` : nothing}
          </caption>
          <thead>
            <tr>
              <th scope="col">Zone</th>
              <th scope="col">Total des locaux à déployer en FttH</th>
              <th scope="col">Locaux raccordables en FttH à date</th>
            </tr>
          </thead>
          <tbody>
            ${tableau.zones.map((ligne) => this.#renderLigne(html`Zone&nbsp;${bdi(ligne.zone)}`, ligne, true))}
          </tbody>
          <tfoot>
            ${this.#renderLigne('TOTAL', tableau.total, false)}
          </tfoot>
        </table>
      </div>
      ${
        financement
          ? html`<p part="financement">
              ${bdi(capitaliser(financement.libelle))} : <strong>${formatValeur(financement)}</strong>.${
                sourceFinancement ? html` <span class="mention">(${renderSource(sourceFinancement)})</span>` : nothing
              }
            </p>`
          : nothing
      }
      <p class="mention" part="source">Source : ${renderSource(fibre.source)}.</p>
      <a class="download screen-only" part="download" href=${csvDataUrl(toCsv(lignesCsvFibre(tableau)))} download=${fichier}>
        Télécharger les données (CSV)
      </a>
    `;
  }

  #renderLigne(nom: unknown, ligne: LigneFibre, avecPart: boolean) {
    return html`<tr>
      <th scope="row">${nom}</th>
      <td>
        <span class="count">${formatNombre(ligne.locauxADeployer)}</span>${
          avecPart ? html` <span class="share">(${formatPart(ligne.partDesLocaux)})</span>` : nothing
        }
      </td>
      <td>
        <span class="count">${formatNombre(ligne.locauxRaccordables)}</span>
        <span class="share">(${formatPart(ligne.partRaccordables)})</span>
        ${shareBar(ligne.partRaccordables)}
      </td>
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'anct-fibre-table': AnctFibreTable;
  }
}

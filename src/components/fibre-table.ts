/**
 * The fiche's "France Très Haut Débit" block. A printed edition gives its table of zones (as the
 * fiche prints it, computed from the feed's zones); a generated feed gives Arcep's measures: the
 * deployment over time and the eligibility per technology, of the département and, with
 * `commune`, of one commune (fibre-table.parts.ts renders those).
 */
import { html, nothing } from 'lit';
import { sourcesDeLaFibre, fibreDeCommune, type LigneFibre, type TableauFibre, type VueFibreCommune } from '../data/fibre/fibre.js';
import { capitaliser, formatNombre, formatPart, formatValeur, sourceDeLEdition } from '../data/text/format.js';
import type { Fibre, Source } from '../data/feed/schema.js';
import { A_DU_CONTENU, SCHEMAS_FIBRE } from '../data/feed/sections.js';
import type { Feed } from '../data/feed/validate.js';
import { messageCommune, techniqueCommune } from '../data/programmes/vue-programmes.js';
import { calculsFibre, type CalculsFibre } from '../data/fibre/vue-fibre.js';
import { shareBar } from '../charts/share-bar.js';
import { AnctElement, type Derived } from './anct-element.js';
import { bdi, renderProvenance, renderSource } from './feed-text.js';
import { renderCommune, renderDeploiement, renderEligibilite, renderSansDeploiement, type Affichage } from './fibre-table.parts.js';
import { tableStyles } from './table.styles.js';
import { fibreTableStyles } from './fibre-table.styles.js';

/**
 * @tagname anct-fibre-table
 * @summary Fibre in a département: for a printed edition, the deployment by zone (locaux to
 * deploy and raccordables, the initiatives that deploy, the State's financing); for every
 * département, Arcep's locaux raccordables quarter after quarter (a chart, or the same numbers
 * as a table) and the locaux éligibles per technology; with `commune`, that commune's
 * eligibility beside the département's.
 *
 * @csspart heading - The heading.
 * @csspart subheading - The heading of each block: the commune, the deployment, the eligibility.
 * @csspart initiatives - The list of initiatives.
 * @csspart table - The table.
 * @csspart caption - The table's caption.
 * @csspart bar - Each row's bar (decorative).
 * @csspart financement - The State's financing.
 * @csspart source - The source and its date.
 * @csspart download - A CSV download link.
 * @csspart deploiement - The deployment over time: sentences, chart, table.
 * @csspart switch - The « Graphique » / « Tableau » buttons.
 * @csspart chart - The chart of the deployment (an image with its text alternative).
 * @csspart eligibilite - The eligibility per technology of the département.
 * @csspart difference - The sentence that says raccordable and éligible are different measures.
 * @csspart commune - The commune's eligibility, with `commune`.
 * @csspart lead - A sentence that leads the commune's part, or says why the commune cannot be shown.
 * @csspart missing - A sentence naming figures the source does not give, and that source.
 * @csspart provenance - « D’où viennent ces chiffres ? »: where each source was read, closed by default.
 */
export class AnctFibreTable extends AnctElement<VueFibre> {
  static override styles = [...AnctElement.styles, tableStyles, fibreTableStyles];
  static override readonly parts = [
    ...AnctElement.parts,
    'heading',
    'subheading',
    'initiatives',
    'table',
    'caption',
    'bar',
    'financement',
    'source',
    'download',
    'deploiement',
    'switch',
    'chart',
    'eligibilite',
    'difference',
    'commune',
    'lead',
    'missing',
    'provenance',
  ];

  /** The deployment as a chart or as a table, as the reader chose: the view's state, not an input. */
  #display: Affichage = 'graphique';

  readonly #choose = (affichage: Affichage) => {
    this.#display = affichage;
    this.requestUpdate();
  };

  /** @internal */
  static override hasContent(feed: Feed): boolean {
    return A_DU_CONTENU.fibre(feed);
  }

  /** @internal */
  readonly feedSchemas = SCHEMAS_FIBRE;

  protected derive(feed: Feed): Derived<VueFibre> {
    if (!AnctFibreTable.hasContent(feed)) return { data: undefined };
    const commune = this.commune ? fibreDeCommune(feed, this.commune) : undefined;
    const erreur = commune?.statut === 'trouvee' ? undefined : messageCommune(commune, feed, 'les chiffres');
    return {
      data: {
        fibre: feed.fibre!,
        commune,
        erreur,
        sources: sourcesDeLaFibre(feed.fibre!, sourceDeLEdition(feed.edition)),
        ...calculsFibre(feed.fibre!),
      },
      errors: erreur ? [{ code: 'commune', message: erreur, technique: techniqueCommune(commune, feed)! }] : [],
    };
  }

  protected renderContent({ fibre, commune, erreur, sources, zones, deploiement: calculs }: VueFibre, feed: Feed) {
    const territoire = feed.territoire?.nom;
    const titre = (depth: number, texte: unknown) => this.renderHeading(depth, texte, 'subheading');
    const { deploiement, eligibilite } = fibre;
    return html`
      ${this.renderHeading(0, 'France Très Haut Débit')} ${erreur ? html`<p class="commune-error" part="lead">${erreur}</p>` : nothing}
      ${commune?.statut === 'trouvee' ? renderCommune(commune, eligibilite, territoire, titre) : nothing}
      ${zones ? renderZones(fibre, zones, feed) : nothing}
      ${
        deploiement && calculs
          ? renderDeploiement(deploiement, calculs, territoire, feed.territoire?.code, titre, this.#display, this.#choose)
          : eligibilite
            ? renderSansDeploiement(territoire, titre)
            : nothing
      }
      ${
        eligibilite
          ? // The commune's table already has the département's column.
            renderEligibilite(eligibilite, territoire, titre, Boolean(deploiement), !(commune?.statut === 'trouvee' && commune.comptes))
          : nothing
      }
      ${renderProvenance(sources)}
    `;
  }
}

/** The printed edition's table of zones, as the fiche prints it. */
function renderZones(fibre: Fibre, { tableau, csv }: { tableau: TableauFibre; csv: string }, feed: Feed) {
  const territoire = feed.territoire?.nom;
  const fichier = `fibre-${feed.territoire?.code ?? 'territoire'}.csv`;
  const financement = fibre.financementEtat;
  const sourceFinancement = financement?.source ?? sourceDeLEdition(feed.edition);

  return html`
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
          ${tableau.zones.map((ligne) => renderLigne(html`Zone&nbsp;${bdi(ligne.zone)}`, ligne, true))}
        </tbody>
        <tfoot>
          ${renderLigne('TOTAL', tableau.total, false)}
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
    <a class="download screen-only" part="download" href=${csv} download=${fichier}> Télécharger les données (CSV) </a>
  `;
}

function renderLigne(nom: unknown, ligne: LigneFibre, avecPart: boolean) {
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

/** What the fibre table shows: the section, and with `commune`, that commune's view or why it cannot be shown. */
interface VueFibre extends CalculsFibre {
  fibre: Fibre;
  commune: VueFibreCommune | undefined;
  erreur: string | undefined;
  /** Every source the element cites, each once. */
  sources: Source[];
}

declare global {
  interface HTMLElementTagNameMap {
    'anct-fibre-table': AnctFibreTable;
  }
}

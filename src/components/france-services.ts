/**
 * Where and when a resident is helped in person: the France Services sites of a commune, of its
 * EPCI, or of the département, each with its address, phone, kind, appointments and week of
 * opening hours, and whether it is open now (on the site's legal time: Paris's, or its overseas zone's). The selection lives in src/data
 * (france-services.ts), the clock's reading too (ouverture.ts); the element only renders, and
 * looks again when the next opening or closing passes.
 */
import { html, nothing, type PropertyValues } from 'lit';
import {
  capitaliser,
  etatOuverture,
  formatDate,
  formatPlages,
  lienTelephone,
  phraseOuverture,
  programmeFranceServices,
  semaineDuSite,
  vueFranceServices,
  type Feed,
  type Lieu,
  type VueFranceServices,
  SCHEMAS_FRANCE_SERVICES,
} from '../data/index.js';
import { AnctElement, type Derived } from './anct-element.js';
import { cardStyles } from './card.styles.js';
import { franceServicesStyles } from './france-services.styles.js';
import { bdi, lien, renderProvenance, renderSource } from './feed-text.js';
import { tableStyles } from './table.styles.js';

/** The longest wait before looking at the clock again: a change of summer time is then set right within the hour. */
const ATTENTE_MAX = 3_600_000;
/**
 * The shortest: a clock that stands still, or a timer that fires early, would otherwise look again
 * and again at an instant not yet passed.
 */
const ATTENTE_MIN = 1000;

/**
 * @tagname anct-france-services
 * @summary The France Services sites that serve a commune (its own, then its EPCI's, else the
 * département's), or every site of a département by EPCI: address, phone, appointments, opening
 * hours, and whether each is open now.
 *
 * @csspart heading - The element's heading.
 * @csspart subheading - The heading of a group: « À Mende », « Dans la communauté de communes … ».
 * @csspart lead - A sentence before the sites: a former code, no site nearby, a commune that cannot be shown.
 * @csspart list - A list of sites.
 * @csspart site - One site.
 * @csspart site-heading - A site's name.
 * @csspart status - « Ouvert maintenant » or « Fermé — ouvre … ».
 * @csspart hours - A site's table of opening hours.
 * @csspart caption - The hours table's caption.
 * @csspart source - The source of the list and its date.
 * @csspart provenance - « D’où viennent ces chiffres ? »: where the list was read, closed by default.
 */
export class AnctFranceServices extends AnctElement<VueFranceServices> {
  static override styles = [...AnctElement.styles, tableStyles, cardStyles, franceServicesStyles];
  static override readonly parts = [
    ...AnctElement.parts,
    'heading',
    'subheading',
    'lead',
    'list',
    'site',
    'site-heading',
    'status',
    'hours',
    'caption',
    'source',
    'provenance',
  ];

  /** @internal */
  static override hasContent(feed: Feed): boolean {
    return Boolean(programmeFranceServices(feed)?.lieux.length);
  }

  /** @internal */
  readonly feedSchemas = SCHEMAS_FRANCE_SERVICES;

  /** When the next site opens or closes: the element renders again then. */
  #prochainChangement = Infinity;
  #minuterie: ReturnType<typeof setTimeout> | undefined;

  protected derive(feed: Feed): Derived<VueFranceServices> {
    const vue = vueFranceServices(feed, this.commune);
    return {
      data: vue,
      errors: vue?.erreurCommune ? [{ code: 'commune', message: vue.erreurCommune, technique: vue.techniqueCommune! }] : [],
    };
  }

  protected override willUpdate(changed: PropertyValues) {
    // Only a render of the sites says when to look again: an error or an empty view needs no clock.
    this.#prochainChangement = Infinity;
    super.willUpdate(changed);
  }

  protected renderContent(vue: VueFranceServices, feed: Feed) {
    const maintenant = new Date(Date.now());
    const territoire = feed.territoire?.nom;
    const lead = [...(vue.erreurCommune ? [vue.erreurCommune] : []), ...vue.notes];
    return html`<div class="france-services">
      ${this.renderHeading(
        0,
        vue.commune
          ? html`Les France Services pour ${bdi(vue.commune)}`
          : html`Les France Services${territoire ? html` : ${bdi(territoire)}` : ''}`,
      )}
      ${lead.map((p) => html`<p class="lead" part="lead">${bdi(p)}</p>`)}
      ${vue.groupes.map(
        (g) =>
          html`<section class="groupe">
            ${this.renderHeading(1, bdi(g.titre), 'subheading')}
            <ul class="sites cards" part="list">
              ${g.sites.map((s) => this.#renderSite(s, maintenant, feed.territoire?.code))}
            </ul>
          </section>`,
      )}
      ${
        vue.source
          ? html`<p class="mention source" part="source">Source : ${renderSource(vue.source)}.</p>
              ${renderProvenance([vue.source])}`
          : nothing
      }
    </div>`;
  }

  #renderSite(site: Lieu, maintenant: Date, departement: string | undefined) {
    const etat = site.plages ? etatOuverture(site.plages, maintenant, departement) : undefined;
    if (etat) this.#prochainChangement = Math.min(this.#prochainChangement, etat.changement);
    const phrase = etat && phraseOuverture(etat);
    const tel = site.telephone ? lienTelephone(site.telephone) : undefined;
    const nature = [
      site.site === 'antenne' ? 'Antenne' : site.site === 'principal' ? 'Site principal' : undefined,
      site.format === 'itinerant' ? 'itinérant (bus ou permanences)' : site.format === 'fixe' ? 'fixe' : undefined,
    ].filter(Boolean);
    return html`<li class="site card" part="site">
      ${this.renderHeading(2, bdi(site.nom), 'site-heading')}
      ${phrase ? html`<p class="statut ${etat!.statut}" part="status">${phrase}</p>` : nothing}
      ${nature.length ? html`<p class="nature">${capitaliser(nature.join(', '))}</p>` : nothing}
      ${site.adresse ? html`<p>${site.carte ? lien(site.carte, site.adresse) : bdi(site.adresse)}</p>` : nothing}
      ${site.telephone ? html`<p>Téléphone : ${tel ? lien(tel, site.telephone) : bdi(site.telephone)}</p>` : nothing}
      ${site.rendezVous ? html`<p>Accueil sur rendez-vous possible.</p>` : nothing}
      ${site.commentaire ? html`<p class="commentaire">${bdi(site.commentaire)}</p>` : nothing} ${this.#renderHoraires(site)}
      ${site.labellisation ? html`<p class="mention">Labellisé le ${formatDate(site.labellisation)}.</p>` : nothing}
    </li>`;
  }

  #renderHoraires(site: Lieu) {
    const semaine = semaineDuSite(site);
    if (!semaine.length) return html`<p class="mention">Horaires non communiqués.</p>`;
    return html`<table part="hours">
      <caption part="caption">
        Horaires d’ouverture<span class="visually-hidden"> : ${bdi(site.nom)}</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">Jour</th>
          <th scope="col">Horaires</th>
        </tr>
      </thead>
      <tbody>
        ${semaine.map(
          (j) =>
            html`<tr>
              <th scope="row">${capitaliser(j.jour)}</th>
              <td>${j.plages ? formatPlages(j.plages) : bdi(j.texte)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  protected override updated(changed: Map<PropertyKey, unknown>) {
    super.updated(changed);
    this.#armer();
  }

  /** Looks at the clock again when the next site opens or closes (or at midnight, when « demain » becomes « aujourd’hui »). */
  #armer() {
    clearTimeout(this.#minuterie);
    this.#minuterie = undefined;
    if (!Number.isFinite(this.#prochainChangement) || !this.isConnected) return;
    // 50 ms more, to be past the boundary.
    const attente = Math.min(Math.max(this.#prochainChangement - Date.now() + 50, ATTENTE_MIN), ATTENTE_MAX);
    this.#minuterie = setTimeout(() => this.requestUpdate(), attente);
  }

  override connectedCallback() {
    super.connectedCallback();
    // Back on the page: the hour may have passed meanwhile.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.#minuterie);
    this.#minuterie = undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'anct-france-services': AnctFranceServices;
  }
}

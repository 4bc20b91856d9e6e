/**
 * Where and when a resident is helped in person: the France Services sites of a commune, of its
 * EPCI, or of the département, each with its address, phone, kind, appointments and week of
 * opening hours, and whether it is open now (on the site's legal time: Paris's, or its overseas
 * zone's). The selection lives in src/data/france-services/ (france-services.ts), the clock's
 * reading too (ouverture.ts): before each render the element
 * reads the clock once and learns which sites are open, and its clock controller looks again
 * when the next opening or closing passes. The templates are functions of that view.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { capitaliser, formatDate } from '../data/text/format.js';
import {
  lienTelephone,
  ouvertures,
  programmeFranceServices,
  semaineDuSite,
  vueFranceServices,
  type OuvertureVue,
  type VueFranceServices,
} from '../data/france-services/france-services.js';
import { formatPlages } from '../data/france-services/ouverture.js';
import type { Lieu } from '../data/feed/schema.js';
import { SCHEMAS_FRANCE_SERVICES } from '../data/feed/sections.js';
import type { Feed } from '../data/feed/validate.js';
import { AnctElement, type Derived } from './anct-element.js';
import { cardStyles } from './card.styles.js';
import { ClockController } from './controllers/clock.js';
import { franceServicesStyles } from './france-services.styles.js';
import { bdi, lien, renderProvenance, renderSource } from './feed-text.js';
import { heading } from './heading.js';
import { tableStyles } from './table.styles.js';

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

  readonly #clock = new ClockController(this, () => this.#readClock());
  /** The sites shown, from the last derive, and their territory: the clock's reading needs them. */
  #shown: { vue: VueFranceServices; departement: string | undefined } | undefined;
  /** Which sites are open now, read once before each render. */
  #ouvertures: ReturnType<typeof ouvertures> | { failure: unknown } | undefined;

  protected derive(feed: Feed): Derived<VueFranceServices> {
    const vue = vueFranceServices(feed, this.commune);
    this.#shown = vue && { vue, departement: feed.territoire?.code };
    return {
      data: vue,
      errors: vue?.erreurCommune ? [{ code: 'commune', message: vue.erreurCommune, technique: vue.techniqueCommune! }] : [],
    };
  }

  /** Which sites are open now: read before each render, once the view is made. */
  #readClock() {
    const shown = this.#shown;
    try {
      this.#ouvertures = shown && ouvertures(shown.vue, new Date(Date.now()), shown.departement);
    } catch (error) {
      // Shown as any failure of the element's, by the render that would have read it.
      this.#ouvertures = { failure: error };
    }
  }

  protected renderContent(vue: VueFranceServices, feed: Feed) {
    const read = this.#ouvertures;
    if (read && 'failure' in read) throw read.failure;
    const sites = read?.sites ?? new Map<Lieu, OuvertureVue>();
    return renderFranceServices(vue, sites, feed.territoire?.nom, {
      heading: (text) => this.renderHeading(0, text),
      level: (depth) => this.headingLevelAt(depth),
    });
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    // Only sites on the page need the clock: an error or an empty view does not look again.
    const read = this.#ouvertures;
    this.#clock.arm(this.getAttribute('state') === 'content' && read && 'sites' in read ? read.prochainChangement : Infinity);
  }
}

export interface OptionsFranceServices {
  /** The element's own heading, whose text a page may replace or remove. */
  heading(text: unknown): unknown;
  /** The heading level `depth` levels below the element's own. */
  level(depth: number): number;
}

export function renderFranceServices(
  vue: VueFranceServices,
  ouvertes: ReadonlyMap<Lieu, OuvertureVue>,
  territoire: string | undefined,
  options: OptionsFranceServices,
) {
  const lead = [...(vue.erreurCommune ? [vue.erreurCommune] : []), ...vue.notes];
  return html`<div class="france-services">
    ${options.heading(
      vue.commune
        ? html`Les France Services pour ${bdi(vue.commune)}`
        : html`Les France Services${territoire ? html` : ${bdi(territoire)}` : ''}`,
    )}
    ${lead.map((p) => html`<p class="lead" part="lead">${bdi(p)}</p>`)}
    ${vue.groupes.map(
      (g) =>
        html`<section class="groupe">
          ${heading(options.level(1), bdi(g.titre), 'subheading')}
          <ul class="sites cards" part="list">
            ${g.sites.map((s) => renderSite(s, ouvertes.get(s), options.level(2)))}
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

function renderSite(site: Lieu, ouverture: OuvertureVue | undefined, level: number) {
  const tel = site.telephone ? lienTelephone(site.telephone) : undefined;
  const nature = [
    site.site === 'antenne' ? 'Antenne' : site.site === 'principal' ? 'Site principal' : undefined,
    site.format === 'itinerant' ? 'itinérant (bus ou permanences)' : site.format === 'fixe' ? 'fixe' : undefined,
  ].filter(Boolean);
  return html`<li class="site card" part="site">
    ${heading(level, bdi(site.nom), 'site-heading')}
    ${ouverture ? html`<p class="statut ${ouverture.statut}" part="status">${ouverture.phrase}</p>` : nothing}
    ${nature.length ? html`<p class="nature">${capitaliser(nature.join(', '))}</p>` : nothing}
    ${site.adresse ? html`<p>${site.carte ? lien(site.carte, site.adresse) : bdi(site.adresse)}</p>` : nothing}
    ${site.telephone ? html`<p>Téléphone : ${tel ? lien(tel, site.telephone) : bdi(site.telephone)}</p>` : nothing}
    ${site.rendezVous ? html`<p>Accueil sur rendez-vous possible.</p>` : nothing}
    ${site.commentaire ? html`<p class="commentaire">${bdi(site.commentaire)}</p>` : nothing} ${renderHoraires(site)}
    ${site.labellisation ? html`<p class="mention">Labellisé le ${formatDate(site.labellisation)}.</p>` : nothing}
  </li>`;
}

function renderHoraires(site: Lieu) {
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

declare global {
  interface HTMLElementTagNameMap {
    'anct-france-services': AnctFranceServices;
  }
}

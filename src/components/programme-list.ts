/**
 * The fiche's programmes, grouped by axe in the feed's order, each with its figures, places,
 * contracts and link; or, given a commune, what concerns that commune first and the
 * département's programmes as context. Selection and grouping live in src/data (vue-programmes.ts,
 * programmes.ts).
 */
import { html, nothing } from 'lit';
import {
  A_DU_CONTENU,
  capitaliser,
  formatNombre,
  formatValeur,
  grouperChiffres,
  grouperParAxe,
  lieuDansLaVue,
  techniqueCommune,
  vueProgrammes,
  sommaireDepartement,
  ID_FRANCE_SERVICES,
  type Chiffre,
  type Feed,
  type Lieu,
  type Programme,
  type VueCommune,
  type VueProgrammes,
  SCHEMAS_PROGRAMMES,
} from '../data/index.js';
import { AnctElement, type Derived } from './anct-element.js';
import { bdi, lien, renderProvenance, renderSource } from './feed-text.js';
import { aLa, renderLieuDetails, renderSommaireCommune, renderSommaireDepartement, type Ancres } from './programme-list.parts.js';
import { cardStyles } from './card.styles.js';
import { heading } from './heading.js';
import { programmeListStyles } from './programme-list.styles.js';

/** Beyond this many places, a list is folded behind a "Voir les N lieux" disclosure. */
export const LIEUX_VISIBLES = 6;

/**
 * Beyond this many, a folded list is only built when it is opened (or printed): a national
 * feed lists thousands of places, and a page should not build them all for a closed box.
 */
export const LIEUX_CONSTRUITS = 100;

/**
 * And past this many places built in folded lists in all, the next folded lists too: forty
 * programmes of a hundred places would take a modest computer over a fifth of a second to build.
 * The largest département feed has about this many places in all.
 */
export const LIEUX_CONSTRUITS_EN_TOUT = 200;

/**
 * @tagname anct-programme-list
 * @summary The ANCT programmes of a département, grouped by axe, with their figures, places and
 * contracts; with `commune`, what concerns that commune first.
 *
 * @csspart heading - The element's heading.
 * @csspart subheading - "Dans le département", above the context of a commune's view.
 * @csspart axe-heading - The heading of an axe.
 * @csspart programme-heading - The heading of a programme.
 * @csspart lead - The sentences that lead the view, or say why the commune cannot be shown.
 * @csspart summary - The list of the programmes' names, each a link to its card, after the lead.
 * @csspart axe - The block of one axe.
 * @csspart list - A list of programmes.
 * @csspart item - One programme.
 * @csspart figures - A programme's figures.
 * @csspart places - A programme's places.
 * @csspart link - A programme's link.
 * @csspart source - The source of the figures and its date.
 * @csspart provenance - « D’où viennent ces chiffres ? »: where each source was read, closed by default.
 * @csspart crte - How many CRTE the département has.
 * @csspart france-services - In the commune view, where its France Services are: in the commune, its intercommunalité, or neither.
 * @csspart en-bref - In the commune view, a sentence on its CRTE, or on its access to fibre.
 */
export class AnctProgrammeList extends AnctElement<VueProgrammes> {
  static override styles = [...AnctElement.styles, cardStyles, programmeListStyles];
  static override readonly parts = [
    ...AnctElement.parts,
    'heading',
    'subheading',
    'axe-heading',
    'programme-heading',
    'lead',
    'summary',
    'axe',
    'list',
    'item',
    'figures',
    'places',
    'link',
    'source',
    'provenance',
    'crte',
    'france-services',
    'en-bref',
  ];

  // Declared without decorators, as in the base (see there why).
  static override properties = { programmes: {}, axe: {} };

  /** Programme ids to show, separated by spaces ("france-services petites-villes-de-demain"); empty shows all. */
  declare programmes: string | null | undefined;

  /** Only the programmes of this axe ("numerique"). */
  declare axe: string | null | undefined;

  /** @internal */
  static override hasContent(feed: Feed): boolean {
    return A_DU_CONTENU.programmes(feed);
  }

  /** @internal */
  readonly feedSchemas = SCHEMAS_PROGRAMMES;

  protected derive(feed: Feed): Derived<VueProgrammes> {
    const vue = vueProgrammes(feed, { commune: this.commune, programmes: this.programmes, axe: this.axe });
    return {
      data: vue.programmes.length ? vue : undefined,
      errors: vue.erreurCommune ? [{ code: 'commune', message: vue.erreurCommune, technique: techniqueCommune(vue.commune, feed)! }] : [],
    };
  }

  protected renderContent(vue: VueProgrammes, feed: Feed) {
    this.#aConstruire = LIEUX_CONSTRUITS_EN_TOUT;
    const territoire = feed.territoire?.nom;
    if (vue.commune?.statut === 'trouvee') return this.#renderCommune(vue.commune, vue, feed);
    const erreur = vue.erreurCommune;
    return html`
      ${this.renderHeading(0, html`Programmes d’action de l’ANCT${territoire ? html` : ${bdi(territoire)}` : nothing}`)}
      ${erreur ? html`<p class="commune-error" part="lead">${erreur}</p>` : nothing}
      ${this.renderPart(() => renderSommaireDepartement(sommaireDepartement(feed, vue.programmes), this.#ancres))}
      ${vue.crte ? html`<p part="crte">${vue.crte}</p>` : nothing} ${this.#renderAxes(vue.programmes, 1)}
      ${renderSourceDesChiffres(vue.sourceDesChiffres)} ${renderProvenance(vue.sources)}
    `;
  }

  /**
   * A summary's links to the cards: each card's heading has an id made of its programme's, which
   * validation keeps unique in a feed. A link to `#id` would look for it in the page's document,
   * not in the shadow root: the click scrolls to the heading and moves the focus there, and the
   * page's address keeps its own fragment (a router's, maybe).
   */
  readonly #ancres: Ancres = {
    ancre: (p) => `programme-${p.id}`,
    aller: (event) => {
      const id = (event.currentTarget as HTMLAnchorElement).hash.slice(1);
      const cible = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
      if (!cible) return;
      event.preventDefault();
      cible.scrollIntoView({ block: 'start' });
      cible.focus({ preventScroll: true });
    },
  };

  #renderCommune(
    vue: Extract<VueCommune, { statut: 'trouvee' }>,
    { sourceDesChiffres, enBref, sommaire, sources, programmes }: VueProgrammes,
    feed: Feed,
  ) {
    const territoire = feed.territoire?.nom;
    const n = vue.concernes.length;
    const lead = n
      ? html`${bdi(capitaliser(vue.nom))} bénéficie de ${formatNombre(n)} programme${n > 1 ? 's' : ''} de l’ANCT.`
      : html`${bdi(capitaliser(vue.nom))} ne figure parmi les bénéficiaires d’aucun programme de cette fiche.`;
    return html`
      ${this.renderHeading(0, html`Les programmes de l’ANCT ${aLa(vue.nom)}`)}
      ${vue.notes.map((note) => html`<p class="lead" part="lead">${note}</p>`)}
      <p class="lead" part="lead">${lead}</p>
      ${
        sommaire
          ? renderSommaireCommune(
              sommaire,
              programmes.find((p) => p.id === ID_FRANCE_SERVICES),
              this.#ancres,
            )
          : nothing
      }
      ${enBref.map((phrase) => html`<p part="en-bref">${phrase}</p>`)}
      ${
        n
          ? html`<ul class="programmes cards" part="list">
              ${vue.concernes.map((p) => this.#renderProgramme(p, 1, vue))}
            </ul>`
          : nothing
      }
      ${
        vue.ville?.programmes.length
          ? html`${this.renderHeading(1, html`À l’échelle de ${bdi(vue.ville.nom)}`, 'subheading')}
            ${this.#renderAxes(vue.ville.programmes, 2)}`
          : nothing
      }
      ${
        vue.autres.length
          ? html`${this.renderHeading(1, html`Dans le département${territoire ? html` : ${bdi(territoire)}` : nothing}`, 'subheading')}
            ${this.#renderAxes(vue.autres, 2)}`
          : nothing
      }
      ${renderSourceDesChiffres(sourceDesChiffres)} ${renderProvenance(sources)}
    `;
  }

  #renderAxes(programmes: readonly Programme[], depth: number) {
    return grouperParAxe(programmes).map(
      (groupe) =>
        html`<section class="axe" part="axe">
          ${this.renderHeading(depth, groupe.nom, 'axe-heading')}
          <ul class="programmes cards" part="list">
            ${groupe.programmes.map((p) => this.#renderProgramme(p, depth + 1))}
          </ul>
        </section>`,
    );
  }

  /** A programme; one that cannot be shown says so in its place, and the others are shown. */
  #renderProgramme(programme: Programme, depth: number, vue?: Extract<VueCommune, { statut: 'trouvee' }>) {
    return this.renderPart(() => this.#renderUnProgramme(programme, depth, vue), true);
  }

  #renderUnProgramme(programme: Programme, depth: number, vue?: Extract<VueCommune, { statut: 'trouvee' }>) {
    const ici = vue ? programme.lieux.filter((l) => lieuDansLaVue(l, vue)) : [];
    return html`<li class="programme card ${ici.length ? 'concerne' : ''}" part="item">
      ${heading(this.headingLevelAt(depth), bdi(programme.nom), 'programme-heading', this.#ancres.ancre(programme))}
      ${programme.description ? html`<p>${bdi(programme.description)}</p>` : nothing}
      ${programme.chiffres.length ? this.#renderChiffres(programme.chiffres) : nothing}
      ${ici.length ? this.#renderLieux(ici, programme, html`${aLa(vue!.nom, true)} :`) : this.#renderLieux(programme.lieux, programme.lieux)}
      ${
        programme.contrats.length
          ? html`<p class="label">Contrats :</p>
              <ul class="contrats">
                ${programme.contrats.map((c) => html`<li>${bdi(c.nom)}</li>`)}
              </ul>`
          : nothing
      }
      ${programme.url ? html`<p>${lien(programme.url, programme.nom, html`Page du programme ${bdi(programme.nom)}`, '', 'link')}</p>` : nothing}
      ${programme.source ? html`<p class="mention">Source : ${renderSource(programme.source)}.</p>` : nothing}
    </li>`;
  }

  #renderChiffres(chiffres: readonly Chiffre[]) {
    return grouperChiffres(chiffres).map(
      (g) =>
        html`${g.groupe ? html`<p class="groupe">${bdi(g.groupe)} :</p>` : nothing}
          <ul class="chiffres" part="figures">
            ${g.chiffres.map(
              (c) =>
                html`<li>
                  <span class="chiffre-valeur">${formatValeur(c)}</span> ${c.unite === 'EUR' ? ': ' : ''}${bdi(c.libelle)}${
                    c.total
                      ? html`, sur ${formatNombre(c.total.valeur)}${c.total.perimetre ? html` ${bdi(c.total.perimetre)}` : nothing}`
                      : nothing
                  }${c.source ? html` <span class="mention">(source : ${renderSource(c.source)})</span>` : nothing}
                </li>`,
            )}
          </ul>`,
    );
  }

  #renderLieu(lieu: Lieu) {
    return html`<li>${bdi(lieu.nom)}${renderLieuDetails(lieu)}</li>`;
  }

  /**
   * A list of places, folded beyond `LIEUX_VISIBLES`: all of a programme's, or in the commune
   * view those in the commune, under their `label`. `cle` stands for the list from one update to the next (the commune's
   * are filtered anew each time), so that a list the reader opened stays built.
   */
  #renderLieux(lieux: readonly Lieu[], cle: object, label?: unknown) {
    if (!lieux.length) return nothing;
    const list = () =>
      html`<ul class="lieux" part="places">
        ${lieux.map((l) => this.#renderLieu(l))}
      </ul>`;
    if (lieux.length <= LIEUX_VISIBLES)
      return html`<p class="label">${label ?? 'Lieux :'}</p>
        ${list()}`;
    const n = formatNombre(lieux.length);
    const petite = lieux.length <= LIEUX_CONSTRUITS && lieux.length <= this.#aConstruire;
    if (petite) this.#aConstruire -= lieux.length;
    const construite = petite || this.printing || this.#ouvertes.has(cle);
    return html`${label ? html`<p class="label">${label}</p>` : nothing}
      <details @toggle=${(e: Event) => this.#ouvrir(cle, e)} ?open=${construite && this.#ouvertes.has(cle)}>
        <summary><span class="voir">Voir les ${n} lieux</span><span class="masquer">Masquer les ${n} lieux</span></summary>
        ${construite ? list() : nothing}
      </details>`;
  }

  /** Places folded lists may still build in this update (`LIEUX_CONSTRUITS_EN_TOUT`). */
  #aConstruire = 0;

  /** Long lists opened by the reader: built from then on. */
  readonly #ouvertes = new WeakSet<object>();
  /**
   * While printing, or written as plain HTML (src/static/fallback.ts), every list is built: paper
   * cannot open one, nor a page without script build it.
   * @internal
   */
  protected printing = false;
  readonly #avantImpression = () => {
    this.printing = true;
    this.requestUpdate();
    this.performUpdate();
  };
  readonly #apresImpression = () => {
    this.printing = false;
    this.requestUpdate();
  };

  #ouvrir(cle: object, event: Event) {
    const details = event.target as HTMLDetailsElement;
    if (details.open && !details.querySelector('ul') && !this.#ouvertes.has(cle)) {
      this.#ouvertes.add(cle);
      this.requestUpdate();
    }
  }

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#avantImpression);
    window.addEventListener('afterprint', this.#apresImpression);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#avantImpression);
    window.removeEventListener('afterprint', this.#apresImpression);
  }
}

/** Figures without a source of their own come from the edition of the fiche: say which. */
function renderSourceDesChiffres(source: string | undefined) {
  return source ? html`<p class="mention source" part="source">Source des chiffres : ${source}.</p>` : nothing;
}

declare global {
  interface HTMLElementTagNameMap {
    'anct-programme-list': AnctProgrammeList;
  }
}

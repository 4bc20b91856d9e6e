/**
 * The fiche's programmes, grouped by axe in the feed's order, each with its figures, places,
 * contracts and link; or, given a commune, what concerns that commune first and the
 * département's programmes as context. Selection and grouping live in src/data/programmes/ (vue-programmes.ts,
 * programmes.ts), and so do the cards, the summaries and which folded lists are built at once
 * (cartes-programmes.ts): derive makes them, the templates (programme-list.cards.ts) only read
 * them, with what the reader opened and whether the page prints.
 */
import { A_DU_CONTENU, SCHEMAS_PROGRAMMES } from '../data/feed/sections.js';
import type { Feed } from '../data/feed/validate.js';
import { techniqueCommune, vueProgrammes, type VueProgrammes } from '../data/programmes/vue-programmes.js';
import { cartesProgrammes, type ListeLieux } from '../data/programmes/cartes-programmes.js';
import { AnctElement, type Derived } from './anct-element.js';
import { PrintController } from './controllers/print.js';
import { errorDetail } from './events.js';
import { renderListe, type OptionsCartes, type VueListe } from './programme-list.cards.js';
import { cardStyles } from './card.styles.js';
import { programmeListStyles } from './programme-list.styles.js';

export { LIEUX_CONSTRUITS, LIEUX_CONSTRUITS_EN_TOUT, LIEUX_VISIBLES } from '../data/programmes/cartes-programmes.js';

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
export class AnctProgrammeList extends AnctElement<VueListe> {
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

  protected derive(feed: Feed): Derived<VueListe> {
    const vue = vueProgrammes(feed, { commune: this.commune, programmes: this.programmes, axe: this.axe });
    if (!vue.programmes.length) return { data: undefined, errors: this.#erreurCommune(vue, feed) };
    const cartes = cartesProgrammes(feed, vue);
    return { data: { vue, cartes }, errors: [...this.#erreurCommune(vue, feed), ...cartes.failures.map(errorDetail)] };
  }

  #erreurCommune(vue: VueProgrammes, feed: Feed) {
    return vue.erreurCommune
      ? [{ code: 'commune' as const, message: vue.erreurCommune, technique: techniqueCommune(vue.commune, feed)! }]
      : [];
  }

  protected renderContent(vue: VueListe, feed: Feed) {
    return renderListe(vue, feed.territoire?.nom, this.#options());
  }

  /** What the card templates read of the element: heading levels, anchors, the lists' state. */
  #options(): OptionsCartes {
    return {
      titre: (depth, text, part) => this.renderHeading(depth, text, part),
      level: (depth) => this.headingLevelAt(depth),
      anchors: this.#anchors,
      opened: (liste) => this.#opened.has(liste.key),
      printing: this.printing,
      toggle: this.#toggle,
    };
  }

  /**
   * A summary's links to the cards: each card's heading has an id made of its programme's, which
   * validation keeps unique in a feed. A link to `#id` would look for it in the page's document,
   * not in the shadow root: the click scrolls to the heading and moves the focus there, and the
   * page's address keeps its own fragment (a router's, maybe).
   */
  readonly #anchors: OptionsCartes['anchors'] = {
    anchor: (p) => `programme-${p.id}`,
    follow: (event) => {
      const id = (event.currentTarget as HTMLAnchorElement).hash.slice(1);
      const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
      if (!target) return;
      event.preventDefault();
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    },
  };

  /**
   * Whether every folded list is built, as on paper: while the page prints, and when the plain
   * HTML writer (src/static) writes the content, since its page cannot open a box either.
   * @internal
   */
  protected get printing() {
    return this.#print.printing;
  }
  protected set printing(value: boolean) {
    this.#print.printing = value;
  }

  /** Long lists opened by the reader: built from then on. */
  readonly #opened = new WeakSet<object>();
  readonly #print = new PrintController(this, () => this.performUpdate());

  readonly #toggle = (liste: ListeLieux, event: Event) => {
    const details = event.target as HTMLDetailsElement;
    if (details.open && !details.querySelector('ul') && !this.#opened.has(liste.key)) {
      this.#opened.add(liste.key);
      this.requestUpdate();
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'anct-programme-list': AnctProgrammeList;
  }
}

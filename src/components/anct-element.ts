/**
 * What every anct-widgets element shares: the common attributes, the states a reader sees, the
 * theme, the headings and the events. The feed, the view and the events are the
 * `FeedController`'s; an element says which sections of the feed it shows (`feedSchemas`), what
 * it derives from a validated feed (`derive`, pure data, run by the controller before render) and
 * how to render that (`renderContent`). Its render only reads.
 *
 * States: loading (the page's content for the element as the page shows it, or else a
 * placeholder that holds its space; `aria-busy`), content, empty, error,
 * reflected on the host as `state="loading|content|empty|error"`. In
 * loading and error the light-DOM children show through a slot: they are the fallback a page
 * without JavaScript also shows. Errors are French sentences for the webmaster; the detail and
 * the JSON path go to the console and to the `anct-error` event. Events fire when the view
 * changes: a new state, a new feed, or a new value of one of the element's own inputs.
 */
import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { formatDateHeure } from '../data/text/format.js';
import type { SectionSchemas } from '../data/feed/schema.js';
import type { Feed, FeedProblem } from '../data/feed/validate.js';
import { restyle } from './adopted-styles.js';
import { baseStyles, paletteStyles } from './base.styles.js';
import { PageThemeController } from './controllers/page-theme.js';
import { defineElement } from '../define.js';
import type { AnctErrorDetail } from './events.js';
import { FeedController, TIMEOUT, holdsContent } from './feed-controller.js';
import { renderProblemNotice } from './feed-problems.js';
import { DEFAULT_HEADING_LEVEL, heading, parseHeadingLevel } from './heading.js';
import { parseLook, parseTheme, type Look, type Theme } from './theme.js';
import type { Derived, View } from './view.js';

export type { Derived } from './view.js';

export type { AnctErrorCode, AnctErrorDetail, AnctLoadDetail } from './events.js';

export const EMPTY_MESSAGE = 'Aucune donnée de ce type pour ce territoire.';

/**
 * What a failure of ours shows: its own message is the engine's, in English; it goes to the
 * console and the `anct-error` event, for a developer.
 */
const UNEXPECTED_MESSAGE = 'Une erreur inattendue empêche l’affichage.';

/**
 * The base of every element: the attributes, slot, events, parts and custom properties below are
 * every element's, and documented here once.
 *
 * @attr {"loading" | "content" | "empty" | "error"} state - Set by the element, never read: `loading`, `content` (even with a notice), `empty` or `error`, the state it shows, for the page's CSS (`anct-fiche[state="error"]`), scripts, and CMS previews that watch the page's markup.
 *
 * @slot - Fallback content, shown while loading and with an error (a link to the PDF fiche, say), and by browsers without JavaScript. A `<script type="application/json">` child is read as the feed.
 *
 * @fires {CustomEvent<AnctErrorDetail>} anct-error - The feed, part of it, or an input (the commune code) cannot be shown; one event per problem. Detail: `{code, message, path?, technique?}`: the message in plain French, as the element shows it; the JSON path and the technical detail (HTTP status, validation) for a developer.
 * @fires {CustomEvent<AnctLoadDetail>} anct-load - The content is shown. Detail: `{feed}`, the validated feed.
 *
 * @csspart base - The element's box.
 * @csspart loading - The placeholder while loading; around the page's content for the element, if it holds some, shown as it is.
 * @csspart error - The error message.
 * @csspart empty - The message when the feed has nothing for this element.
 * @csspart notice - A notice above or below the content: parts of the feed not shown, or a saved copy shown.
 *
 * @cssprop --anct-color-text - Text colour. Default: the page's text colour; DSFR look: `--text-default-grey`.
 * @cssprop --anct-color-title - Headings and figures. Default: the page's text colour; DSFR look: `--text-title-grey`.
 * @cssprop --anct-color-mention - Secondary text (sources, notes). Default: the page's text colour at 85 %; DSFR look: `--text-mention-grey`.
 * @cssprop --anct-color-background - Background. Default: transparent; DSFR look: `--background-default-grey`.
 * @cssprop --anct-color-background-alt - Table headers, placeholder, table of contents. Default: a tint of the page's text colour; DSFR look: `--background-alt-grey`.
 * @cssprop --anct-color-background-accent - Highlighted boxes (the commune's programmes, the saisine's conditions). Default: a tint of the accent; DSFR look: `--background-alt-blue-france`.
 * @cssprop --anct-color-border - Rules and card borders. Default: the page's text colour at 30 %; DSFR look: `--border-default-grey`.
 * @cssprop --anct-color-accent - Links, bars, card tops, buttons. Default: the page's text colour; DSFR look: `--text-action-high-blue-france`.
 * @cssprop --anct-color-accent-minor - Connectors of the saisine flow. Default: the accent at 60 %; DSFR look: `--artwork-minor-blue-france`.
 * @cssprop --anct-color-error - Error messages. Default: a red mixed with the page's text colour; DSFR look: `--text-default-error`.
 * @cssprop --anct-color-focus - Focus ring. Default: the colour of what has the focus; DSFR look: #0a76f6, the DSFR's.
 * @cssprop --anct-padding - Padding of the element's box. Default: 0.
 * @cssprop --anct-radius - Corner radius of the element's box. Default: 0.
 * @cssprop --anct-loading-height - Height the placeholder holds while loading. Default: 8rem.
 */
export abstract class AnctElement<Data = unknown> extends LitElement {
  static override styles = [paletteStyles, baseStyles];

  /**
   * Elements this one renders in its shadow root, by tag: registered with it, so that importing
   * and registering one class (`anct-widgets/elements/fiche`) is enough.
   * @internal
   */
  static dependencies: Record<string, CustomElementConstructor> = {};

  /**
   * The parts an element renders; the fiche forwards its children's with `exportparts`.
   * @internal
   */
  static readonly parts: readonly string[] = ['base', 'loading', 'error', 'empty', 'notice'];

  // Reactive properties declared without decorators: their helpers would weigh on every page for
  // no behaviour of their own. Defaults are set in the constructor.
  static override properties: PropertyDeclarations = {
    src: {},
    commune: {},
    departement: {},
    feedsBase: { attribute: 'feeds-base' },
    headingLevel: { attribute: 'heading-level', converter: { fromAttribute: parseHeadingLevel } },
    heading: {},
    theme: { converter: { fromAttribute: parseTheme } },
    look: { converter: { fromAttribute: parseLook } },
    timeout: { type: Number },
    feed: { attribute: false },
  };

  /**
   * Whether a validated feed has something for this element, whatever its own inputs: the fiche
   * asks its parts this before it gives them a place and an entry in its table of contents.
   * @internal
   */
  static hasContent(_feed: Feed): boolean {
    return true;
  }

  /** Address of the feed (JSON, version 1). Changing it loads the new feed. */
  declare src: string | null;

  /** INSEE code of a commune ("48095"; an arrondissement, "75101", or a former code too): the programme list leads with what concerns it, the France Services list with the sites that serve it, the fibre table with its access to internet; without `src`, its département's feed is read. */
  declare commune: string | null;

  /**
   * Code of a département ("48", "2A", "974"): without `src`, its feed is the one that ships
   * beside the script. Without either, the département follows from `commune`.
   */
  declare departement: string | null;

  /**
   * Folder of the département feeds (`48.json`…) for an element without `src`, relative to the
   * page: where an application publishes `node_modules/anct-widgets/dist/feeds/`. Default: the
   * page's `setFeedsBase()`; else, for the all-in-one script, `feeds/` beside it; in an
   * application's bundle, none (the element then asks for `src` or `feeds-base`).
   */
  declare feedsBase: string | null;

  /** Level of the element's own heading, 1–6 (default 2); its sub-headings follow. */
  declare headingLevel: number;

  /**
   * Text of the element's own heading, in place of its default; empty, no heading at all (its
   * sub-headings then take its level), for a page that titles the element itself.
   */
  declare heading: string | null;

  /** In the DSFR look: `auto` (follows the DSFR's `data-fr-theme` on <html>, else light), `light` or `dark`. In the neutral look the page's colours decide and the theme changes nothing. Print is always light. Default `auto`. */
  declare theme: Theme;

  /**
   * `auto`: the DSFR's look on a page that defines the DSFR's colour tokens (a State site), and
   * elsewhere a neutral look made of the page's own font and text colour, on a transparent
   * background. `dsfr` or `neutre` forces one. The DSFR is reserved to the State's sites: a
   * commune's site, a département's or an intercommunalité's takes the neutral look.
   * Default `auto`.
   */
  declare look: Look;

  /** Seconds to wait for the feed's server before saying it does not answer, 1–60. Default 10. */
  declare timeout: number;

  /** The feed itself, as an object: takes precedence over inline JSON and `src`. Give a new object to change it. */
  declare feed: unknown;

  /**
   * The problems found when `feed` was validated: given with `feed`, in the same task, it says
   * `feed` is validated, and the element takes it as it is. How the fiche hands its parts the
   * feed it validated: a property rather than a context, which would bring its library to every
   * page for one parent and its children. Not reactive: the change of `feed` updates.
   * @internal
   */
  feedProblems: readonly FeedProblem[] | undefined = undefined;

  /**
   * The sections of the feed this element shows, with their schemas: the only ones it validates,
   * and the ones whose problems are its to report. One constant object per element class.
   * @internal
   */
  abstract readonly feedSchemas: SectionSchemas;

  /** What the element shows of a validated feed; `data` undefined when the feed has none of it. */
  protected abstract derive(feed: Feed): Derived<Data>;

  /** The element's content for the data `derive` gave. */
  protected abstract renderContent(data: Data, feed: Feed): TemplateResult;

  readonly #data = new FeedController<Data>(this, (feed) => this.derive(feed));
  readonly #theme = new PageThemeController(this);

  constructor() {
    super();
    this.src = null;
    this.commune = null;
    this.departement = null;
    this.feedsBase = null;
    this.headingLevel = DEFAULT_HEADING_LEVEL;
    this.heading = null;
    this.theme = 'auto';
    this.look = 'auto';
    this.timeout = TIMEOUT.default;
    const { dependencies } = this.constructor as typeof AnctElement;
    for (const [tag, element] of Object.entries(dependencies)) defineElement(tag, element, true);
  }

  /** Moved into another document (an iframe's): its styles are made again there. */
  adoptedCallback() {
    restyle(this);
  }

  /**
   * A failure of ours while rendering (Lit's `update` calls `render`), or once the template is
   * made, while the page takes it (a value that cannot become text, say): the element shows its
   * error in place of what it could not show, and says so; the page and the others go on.
   */
  protected override update(changed: PropertyValues) {
    try {
      super.update(changed);
    } catch (error) {
      this.#data.fail(error);
      super.update(changed);
    }
  }

  protected override render() {
    return html`<div part="base" class="base ${this.#theme.themeClass}" aria-busy=${this.#data.view.state === 'loading' ? 'true' : 'false'}>
      ${this.#renderView(this.#data.view)}
    </div>`;
  }

  #renderView(view: View<Data>): TemplateResult {
    switch (view.state) {
      case 'loading':
        return html`<div class="loading ${holdsContent(this) ? 'with-content' : ''}" part="loading">
          <slot></slot><span class="visually-hidden">Chargement des données…</span>
        </div>`;
      case 'error':
        return this.#renderError(view.errors[0]!);
      case 'empty':
        return html`<p class="empty" part="empty">${EMPTY_MESSAGE}</p>`;
      case 'content':
        return html`${
          view.stale
            ? html`<p class="notice mention" part="notice">
                Données enregistrées le ${formatDateHeure(view.stale.savedAt)} : elles n’ont pas pu être mises à jour.
              </p>`
            : nothing
        }${this.renderContent(view.data, view.feed)}${view.problemCount ? renderProblemNotice(view.problemCount) : nothing}`;
    }
  }

  #renderError(detail: AnctErrorDetail) {
    return html`<div class="error" part="error">
      <p class="error-title">Les données de la fiche territoriale ne peuvent pas être affichées.</p>
      <p>${detail.code === 'unexpected' ? UNEXPECTED_MESSAGE : detail.message}</p>
      <slot></slot>
    </div>`;
  }

  /** The heading level at `depth` below the element's own: an element without heading gives its level to the next. */
  protected headingLevelAt(depth: number): number {
    const level = parseHeadingLevel(String(this.headingLevel));
    return Math.max(1, Math.min(level + depth - (depth > 0 && this.heading === '' ? 1 : 0), 6));
  }

  /**
   * A heading `depth` levels below the element's own (depth 0 is the element's own, whose text
   * the `heading` attribute may replace or remove).
   */
  protected renderHeading(depth: number, text: unknown, part = 'heading') {
    if (depth === 0 && this.heading === '') return nothing;
    return heading(this.headingLevelAt(depth), depth === 0 ? (this.heading ?? text) : text, part);
  }
}

/** What a part that cannot be shown says in its place; in a list, an item of it. */
export function renderPartFailure(item = false) {
  const message = 'Cette partie de la fiche ne peut pas être affichée.';
  return item ? html`<li class="error" part="error">${message}</li>` : html`<p class="error" part="error">${message}</p>`;
}

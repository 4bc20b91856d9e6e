/**
 * What every anct-widgets element shares: where the feed comes from, the states a reader sees,
 * the common attributes, the theme and the events. An element only says which sections of the
 * feed it shows (`feedSections`) and how to render them (`renderContent`).
 *
 * The feed comes from, in this order: the `feed` property (frameworks), an inline
 * `<script type="application/json">` child (no fetch, no CORS), the `src` attribute, and last
 * the feed shipped for `departement` or `commune` (feed-source.ts reads each of them). Loading
 * runs in a `Task`: a change of source aborts the run before it, and a stale answer never wins.
 *
 * States: loading (a placeholder that holds its space, `aria-busy`), content, empty, error. In
 * loading and error the light-DOM children show through a slot: they are the fallback a page
 * without JavaScript also shows. Errors are French sentences for the webmaster; the detail and
 * the JSON path go to the console and to the `anct-error` event.
 */
import { Task, TaskStatus, initialState } from '@lit/task';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { NoSourceError, formatDateHeure, loadFeed, type FicheLue, type LoadedFeed, type SectionName } from '../data/index.js';
import { baseStyles } from './base.styles.js';
import { SANS_FEED, adresseParDefaut, errorDetail, feedInline, feedObjet, type AnctErrorDetail } from './feed-source.js';
import { DEFAULT_HEADING_LEVEL, heading, parseHeadingLevel } from './heading.js';
import { parseTheme, themeClass, watchPageTheme, type Theme } from './theme.js';

export type { AnctErrorDetail };

/** Detail of the `anct-load` event. */
export interface AnctLoadDetail {
  feed: FicheLue;
}

declare global {
  interface HTMLElementEventMap {
    'anct-error': CustomEvent<AnctErrorDetail>;
    'anct-load': CustomEvent<AnctLoadDetail>;
  }
}

/** What an element's `renderContent` returns: a template, or `nothing` when it has no data to show. */
export type Content = TemplateResult | typeof nothing;

interface View {
  state: 'loading' | 'content' | 'empty' | 'error';
  template: TemplateResult;
  errors: AnctErrorDetail[];
  /** What this view was computed from, compared item by item, so its events fire once. */
  key: unknown[];
}

export const EMPTY_MESSAGE = 'Aucune donnée de ce type pour ce territoire.';


export abstract class AnctElement extends LitElement {
  static override styles = [baseStyles];

  /** Address of the feed (JSON, version 1). Changing it loads the new feed. */
  @property() accessor src: string | null = null;

  /** INSEE code of a commune, to show what concerns it. */
  @property() accessor commune: string | null = null;

  /**
   * Code of a département ("48", "2A", "974"): without `src`, its feed is the one that ships
   * beside the script. Without either, the département follows from `commune`.
   */
  @property() accessor departement: string | null = null;

  /** Level of the element's own heading, 1–6 (default 2); its sub-headings follow. */
  @property({ attribute: 'heading-level', converter: { fromAttribute: parseHeadingLevel } })
  accessor headingLevel = DEFAULT_HEADING_LEVEL;

  /**
   * Text of the element's own heading, in place of its default; empty, no heading at all (its
   * sub-headings then take its level), for a page that titles the element itself.
   */
  @property() accessor heading: string | null = null;

  /** `auto` (follows the DSFR's `data-fr-theme` on <html>, else light), `light` or `dark`. */
  @property({ converter: { fromAttribute: parseTheme } }) accessor theme: Theme = 'auto';

  /** Seconds to wait for the feed's server before saying it does not answer. Default 10. */
  @property({ type: Number }) accessor timeout = 10;

  /** The feed itself, as an object: takes precedence over inline JSON and `src`. */
  @property({ attribute: false }) accessor feed: unknown = undefined;

  /** Sections of the feed this element shows: problems in these are its to report. */
  protected abstract readonly feedSections: readonly SectionName[];

  /** The element's content for a validated feed, or `nothing` when the feed has none of it. */
  protected abstract renderContent(feed: FicheLue): Content;

  /**
   * Errors the content itself finds (a malformed commune code, say), reported with the feed's.
   * Rendered as the element's error state when `renderContent` returns `nothing`.
   */
  protected contentErrors(_feed: FicheLue): AnctErrorDetail[] {
    return [];
  }

  // `parsing` is an argument so that an element upgraded before the parser reached its
  // children (a classic script in <head>) reads its inline JSON once it is there.
  private readonly source = new Task(this, {
    task: ([feed, inline, src, parsing], { signal }) => this.read(feed, inline, src, parsing, signal),
    args: () => [this.feed, this.inlineJson(), this.src ?? adresseParDefaut(this.departement, this.commune), document.readyState === 'loading'] as const,
  });

  /** Children change (the parser adds them, a CMS rewrites them): the inline JSON may have. */
  private readonly children$ = new MutationObserver(() => this.requestUpdate());

  private view: View | undefined;
  private reported: unknown[] | undefined;
  private unwatchTheme: (() => void) | undefined;
  private abortedMidLoad = false;

  override connectedCallback() {
    super.connectedCallback();
    this.unwatchTheme = watchPageTheme(() => this.requestUpdate());
    this.children$.observe(this, { childList: true, subtree: true, characterData: true });
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.requestUpdate(), { once: true });
    }
    // Back on the page after leaving mid-load: load again rather than wait for the aborted run.
    if (this.abortedMidLoad) {
      this.abortedMidLoad = false;
      void this.source.run();
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.unwatchTheme?.();
    this.children$.disconnect();
    // Off the page, nobody reads the answer: stop the request (it is shared, so it stops only
    // if no other element waits for it).
    if (this.source.status === TaskStatus.PENDING) {
      this.abortedMidLoad = true;
      this.source.abort();
    }
  }

  private inlineJson(): string | null {
    return this.querySelector(':scope > script[type="application/json"]')?.textContent ?? null;
  }

  private async read(feed: unknown, inline: string | null, src: string | null, parsing: boolean, signal: AbortSignal) {
    // Removed before its first update ran: nobody will read the answer, so ask nothing; it loads
    // if it comes back.
    if (!this.isConnected) {
      this.abortedMidLoad = true;
      return initialState;
    }
    if (feed !== undefined && feed !== null) return feedObjet(feed);
    if (inline !== null) return feedInline(inline);
    if (src?.startsWith(SANS_FEED)) throw new NoSourceError(src.slice(SANS_FEED.length));
    if (src) {
      const secondes = Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : 10;
      return loadFeed(src, { signal, timeout: secondes * 1000, lastKnown: true });
    }
    // The page is still being parsed: the inline JSON may be on its way.
    if (parsing) return initialState;
    throw new NoSourceError();
  }

  protected override render() {
    this.view = this.computeView();
    const busy = this.view.state === 'loading';
    return html`<div part="base" class="base ${themeClass(this.theme)}" aria-busy=${busy ? 'true' : 'false'}>
      ${this.view.template}
    </div>`;
  }

  private computeView(): View {
    const { status, value, error } = this.source;
    // An abort (the element left the page mid-load) is not an error: it loads again on return.
    const aborted = status === TaskStatus.ERROR && (error as Error | undefined)?.name === 'AbortError';
    if (status === TaskStatus.INITIAL || status === TaskStatus.PENDING || aborted) {
      return {
        state: 'loading',
        key: [],
        errors: [],
        template: html`<div class="loading" part="loading">
          <slot></slot><span class="visually-hidden">Chargement des données…</span>
        </div>`,
      };
    }
    if (status === TaskStatus.ERROR) {
      const detail = errorDetail(error);
      return { state: 'error', key: [error], errors: [detail], template: this.renderError(detail) };
    }
    const { feed, problems } = value!;
    const feedErrors: AnctErrorDetail[] = problems
      .filter((p) => this.feedSections.some((s) => p.path === s || p.path.startsWith(`${s}.`) || p.path.startsWith(`${s}[`)))
      .map((p) => ({
        code: 'invalid-section',
        path: p.path,
        message: `Une partie du feed est invalide et n’est pas affichée : ${p.path} : ${p.message}. Prévenez l’auteur du feed.`,
      }));
    const stale = (value as LoadedFeed).stale;
    const staleErrors: AnctErrorDetail[] = stale
      ? [{ code: stale.error.code, message: `Copie enregistrée le ${formatDateHeure(stale.savedAt)} affichée : ${stale.error.message}` }]
      : [];
    const errors = [...staleErrors, ...feedErrors, ...this.contentErrors(feed!)];
    const content = this.renderContent(feed!);
    const key = [value, this.commune, ...this.viewKey()];
    if (content === nothing) {
      if (errors.length) return { state: 'error', key, errors, template: this.renderError(errors[0]!) };
      return { state: 'empty', key, errors, template: html`<p class="empty" part="empty">${EMPTY_MESSAGE}</p>` };
    }
    const notice = feedErrors.length
      ? html`<p class="notice mention" part="notice">
          ${feedErrors.length === 1 ? 'Une partie' : `${feedErrors.length} parties`} du feed, invalide${feedErrors.length === 1 ? '' : 's'},
          ne ${feedErrors.length === 1 ? 'peut' : 'peuvent'} pas être affichée${feedErrors.length === 1 ? '' : 's'}.
        </p>`
      : nothing;
    const staleNotice = stale
      ? html`<p class="notice mention" part="notice">
          Données enregistrées le ${formatDateHeure(stale.savedAt)} : le feed n’a pas pu être rechargé.
        </p>`
      : nothing;
    return { state: 'content', key, errors, template: html`${staleNotice}${content}${notice}` };
  }

  /**
   * A heading `depth` levels below the element's own (depth 0 is the element's own, whose text
   * the `heading` attribute may replace or remove).
   */
  protected renderHeading(depth: number, text: unknown, part = 'heading') {
    const sansTitre = this.heading === '';
    if (depth === 0) return sansTitre ? nothing : heading(this.headingLevel, 0, this.heading ?? text, part);
    return heading(this.headingLevel, depth - (sansTitre ? 1 : 0), text, part);
  }

  /** Other inputs of the view besides the feed and the commune (filters, say). */
  protected viewKey(): unknown[] {
    return [];
  }

  private renderError(detail: AnctErrorDetail) {
    return html`<div class="error" part="error">
      <p class="error-title">Les données de la fiche territoriale ne peuvent pas être affichées.</p>
      <p>${detail.message}</p>
      <slot></slot>
    </div>`;
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    const view = this.view;
    if (!view || view.state === 'loading') {
      this.reported = undefined;
      return;
    }
    const key = [view.state, ...view.key];
    if (this.reported?.length === key.length && this.reported.every((k, i) => k === key[i])) return;
    this.reported = key;
    for (const detail of view.errors) {
      console.error(`[anct-widgets] <${this.localName}> ${detail.code}${detail.path ? ` (${detail.path})` : ''}: ${detail.message}`);
      this.dispatchEvent(new CustomEvent('anct-error', { detail, bubbles: true, composed: true }));
    }
    if (view.state === 'content') {
      const feed = this.source.value!.feed!;
      this.dispatchEvent(new CustomEvent('anct-load', { detail: { feed }, bubbles: true, composed: true }));
    }
  }
}

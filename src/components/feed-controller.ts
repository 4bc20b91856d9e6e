/**
 * An element's data life, as one Lit reactive controller: where its feed comes from, loading and
 * validating it, the view the element renders, and what the page is told of it (the host's
 * `state` attribute, `anct-load`, `anct-error`). The element only renders `view`; this is the
 * only place that knows when to load, the runs, abort and reload.
 *
 * The sources and their order are feed-source.ts's. An object or inline feed is validated in the
 * update that sees it: no frame of "loading" for it. A URL loads in a latest-wins run: a new
 * source aborts the run before it, and a stale answer never wins.
 *
 * The view is made in `hostUpdate`, before the render reads it, when the source, its answer or one
 * of the element's own inputs changed; the page is told in `hostUpdated`, once the view is in the
 * DOM. Inputs that only change how the view looks (`PRESENTATION`) tell the page nothing.
 *
 * No source yet is not an error yet: a framework sets `feed` a moment after it connects the
 * element, a page script sets `src` once its own request answers, the parser brings the inline
 * JSON. The element shows its loading state (and its fallback) until the page has loaded and
 * it has been on the page for `SOURCE_GRACE` milliseconds; only then is `no-source` reported.
 */
import type { LitElement, ReactiveController, ReactiveControllerHost } from 'lit';
import { BadUrlError, InvalidFeedError, NoSourceError, ShippedFeedMissingError } from '../data/load/errors.js';
import { loadValidated, type LoadedFeed } from '../data/load/load.js';
import type { SectionName, SectionSchemas } from '../data/feed/schema.js';
import { validateSections, type Feed } from '../data/feed/validate.js';
import { parseInline, readSource, sameSource, shippedError, type FeedSource, type SourceHost } from './feed-source.js';
import { LOADING, deriveView, failed, type Derived, type View } from './view.js';

/** What the controller reads from its element. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement, SourceHost {
  /** Seconds. */
  timeout: number;
  /** The sections the element shows: the only ones validated. One object per element class. */
  readonly feedSchemas: SectionSchemas;
}

/** Seconds an element waits for a feed's server by default, and the range it accepts. */
export const TIMEOUT = { default: 10, min: 1, max: 60 } as const;

/** Milliseconds an element without source waits, after the page's `load`, before it says so. */
export const SOURCE_GRACE = 1000;

/** Inputs that change how the view looks, not what it shows: changing them tells the page nothing. */
const PRESENTATION: ReadonlySet<PropertyKey> = new Set(['theme', 'look', 'heading', 'headingLevel', 'timeout']);

/** A source's validated feed (with what was wrong in it), or why it has none. */
type Answer = LoadedFeed | { error: unknown };

let firstFrame: Promise<void> | undefined;

/**
 * Resolves once the page has drawn a frame since the script ran (at once after that). A hidden
 * page draws none: it does not wait for one.
 */
function afterFirstFrame(): Promise<void> {
  return (firstFrame ??= new Promise((resolve) => {
    if (document.visibilityState === 'hidden') resolve();
    else requestAnimationFrame(() => setTimeout(resolve));
  }));
}

/** Whether the page holds content for the element: any child but the inline feed. */
export function holdsContent(host: Element): boolean {
  return [...host.childNodes].some((node) =>
    node.nodeType === 1 ? (node as Element).localName !== 'script' : node.nodeType === 3 && /\S/.test(node.textContent ?? ''),
  );
}

/** Calls `then` once the page has loaded (at once if it has). */
function afterPageLoad(then: () => void) {
  if (document.readyState === 'complete') then();
  else window.addEventListener('load', then, { once: true });
}

export class FeedController<Data> implements ReactiveController {
  readonly #host: FeedHost;
  readonly #derive: (feed: Feed) => Derived<Data>;
  #view: View<Data> = LOADING;
  /** The view changed since the page was last told. */
  #untold = false;
  #source: FeedSource | undefined;
  /** What the current source gave: its validated feed, or why there is none; undefined while it loads. */
  #answer: Answer | undefined;
  /** The answer came since the view was last made. */
  #answered = false;
  /** The element's own inputs when the view was last made. */
  #inputs: unknown[] = [];
  /** The run loading the current URL: aborted by the next source, or when the element leaves. */
  #run: AbortController | undefined;
  /** Children change (the parser adds them, a CMS rewrites them): the inline JSON may have. */
  readonly #children: MutationObserver;
  /** Left the page while loading: load again on return rather than wait for the aborted run. */
  #reloadOnConnect = false;
  /** Without source: undefined until it waits, then `waiting`, then `over` once it has waited long enough. */
  #patience: 'waiting' | 'over' | undefined;

  constructor(host: FeedHost, derive: (feed: Feed) => Derived<Data>) {
    this.#host = host;
    this.#derive = derive;
    this.#children = new MutationObserver(() => host.requestUpdate());
    host.addController(this);
  }

  /** What the element shows: it renders this, and only reads it. */
  get view(): View<Data> {
    return this.#view;
  }

  /**
   * A failure while the element renders what the view holds: the view becomes that error, and the
   * element renders again. Its validated feed stays, for the next change of its inputs.
   */
  fail(error: unknown) {
    this.#show(failed(error));
  }

  hostConnected() {
    this.#host.setAttribute('state', this.#view.state);
    this.#children.observe(this.#host, { childList: true, subtree: true, characterData: true });
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.#host.requestUpdate(), { once: true });
    }
    if (this.#reloadOnConnect) {
      this.#reloadOnConnect = false;
      this.#source = undefined;
      this.#host.requestUpdate();
    }
  }

  hostDisconnected() {
    this.#children.disconnect();
    // Off the page, nobody reads the answer: stop the request (it is shared, so it stops only
    // if no other element waits for it), and load again on return.
    if (this.#run) {
      this.#reloadOnConnect = true;
      this.#abort();
    }
  }

  hostUpdate() {
    try {
      const source = readSource(this.#host, this.#patience !== 'over');
      const inputs = this.#readInputs();
      const inputsChanged = inputs.length !== this.#inputs.length || inputs.some((v, i) => v !== this.#inputs[i]);
      this.#inputs = inputs;
      if (!sameSource(source, this.#source)) {
        this.#source = source;
        this.#start(source);
      }
      // A new answer, or a new value of the element's own inputs: the view is made again, and told again.
      if (this.#answered || inputsChanged) {
        this.#answered = false;
        this.#show(this.#makeView());
      }
    } catch (error) {
      // Lit would leave the element as it was, "loading" for ever, and tell nobody.
      this.fail(error);
    }
  }

  hostUpdated() {
    if (!this.#untold) return;
    this.#untold = false;
    const host = this.#host;
    const view = this.#view;
    // The state on the host, once the view is in the DOM: a page's CSS can follow it, and an
    // observer of the page's attributes (an editor's preview sizing itself) sees the content come.
    if (host.getAttribute('state') !== view.state) host.setAttribute('state', view.state);
    if (view.state === 'loading') return;
    for (const detail of view.errors) {
      console.error(
        `[anct-widgets] <${host.localName}> ${detail.code}${detail.path ? ` (${detail.path})` : ''}: ${detail.message}${detail.technique ? ` — ${detail.technique}` : ''}`,
      );
      host.dispatchEvent(new CustomEvent('anct-error', { detail, bubbles: true, composed: true }));
    }
    if (view.state === 'content') {
      host.dispatchEvent(new CustomEvent('anct-load', { detail: { feed: view.feed }, bubbles: true, composed: true }));
    }
  }

  #show(view: View<Data>) {
    this.#view = view;
    this.#untold = true;
  }

  #makeView(): View<Data> {
    const answer = this.#answer;
    if (!answer) return LOADING;
    if ('error' in answer) return failed(answer.error);
    if (!answer.feed) return failed(new InvalidFeedError(answer.problems));
    const sections = Object.keys(this.#host.feedSchemas) as SectionName[];
    return deriveView(answer as LoadedFeed & { feed: Feed }, sections, this.#derive);
  }

  /** What the source gave, for the view to be made at the update. */
  #settle(answer: Answer | undefined) {
    this.#answer = answer;
    this.#answered = true;
  }

  /** A validation that throws (a getter of the feed, say) is an answer too. */
  #validate(validate: () => LoadedFeed) {
    try {
      this.#settle(validate());
    } catch (error) {
      this.#settle({ error });
    }
  }

  /** The values of the element's public reactive properties, but those of presentation. */
  #readInputs(): unknown[] {
    const properties = (this.#host.constructor as typeof LitElement).elementProperties;
    const host = this.#host as unknown as Record<PropertyKey, unknown>;
    return [...properties].filter(([key, options]) => !PRESENTATION.has(key) && !options.state).map(([key]) => host[key]);
  }

  #start(source: FeedSource) {
    this.#abort();
    const schemas = this.#host.feedSchemas;
    switch (source.kind) {
      case 'object':
        return this.#validate(() => validateSections(source.feed, schemas));
      case 'validated':
        return this.#settle({ feed: source.feed as Feed, problems: [...source.problems] });
      case 'inline':
        return this.#validate(() => validateSections(parseInline(source.text), schemas));
      case 'bad-feeds-base':
        return this.#settle({ error: new BadUrlError(source.value, 'feeds-base') });
      case 'missing':
        if (!source.waiting) return this.#settle({ error: new NoSourceError() });
        this.#waitForSource();
        return this.#settle(undefined);
      case 'shipped':
        if (source.base === null) return this.#settle({ error: new ShippedFeedMissingError(source.departement, null, null, source.from) });
        if (source.url === null) return this.#settle({ error: new NoSourceError(source.departement) });
        return this.#load(source.url, (error) => shippedError(error, source));
      case 'url':
        return this.#load(source.url, (error) => error);
    }
  }

  /** Gives the page and its scripts time to set a source; then the update says there is none. */
  #waitForSource() {
    if (this.#patience) return;
    this.#patience = 'waiting';
    afterPageLoad(() =>
      setTimeout(() => {
        this.#patience = 'over';
        this.#host.requestUpdate();
      }, SOURCE_GRACE),
    );
  }

  /** Loads `url`; the answer of this run, if still the latest, is shown at the next update. */
  #load(url: string, mapError: (error: unknown) => unknown) {
    this.#settle(undefined);
    // Not on the page (removed before its update ran): ask nothing; it loads if it comes back.
    if (!this.#host.isConnected) {
      this.#reloadOnConnect = true;
      return;
    }
    const run = (this.#run = new AbortController());
    const settle = async (answer: Answer) => {
      // A page that holds the element's content paints it first, as a static page would: the
      // element takes over after that frame, not before it.
      if (holdsContent(this.#host)) await afterFirstFrame();
      if (run !== this.#run) return;
      this.#run = undefined;
      this.#settle(answer);
      this.#host.requestUpdate();
    };
    const timeout = timeoutSeconds(this.#host.timeout) * 1000;
    loadValidated(url, this.#host.feedSchemas, { signal: run.signal, timeout, lastKnown: true }).then(settle, (error: unknown) =>
      settle({ error: mapError(error) }),
    );
  }

  #abort() {
    this.#run?.abort();
    this.#run = undefined;
  }
}

/** A bad `timeout` (not a number, 0, an hour) falls back to the default. */
export function timeoutSeconds(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= TIMEOUT.min && value <= TIMEOUT.max ? value : TIMEOUT.default;
}

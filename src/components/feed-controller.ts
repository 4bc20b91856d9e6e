/**
 * The feed of one element, as a Lit reactive controller: where it comes from, loading it, and the
 * state the element renders from. The element stays a view; this is the only place that knows
 * the order of the sources, the Task, abort and reload.
 *
 * Sources, in this order: the `feed` property (frameworks), an inline
 * `<script type="application/json">` child (no fetch, no CORS), the `src` attribute, and last the
 * feed shipped beside the script for `departement` or `commune`. An object or inline feed is
 * validated synchronously, in the update that sees it: no frame of "loading" for it. A URL loads
 * in a `Task`: a change of source aborts the run before it, and a stale answer never wins.
 *
 * No source yet is not an error yet: a framework sets `feed` a moment after it connects the
 * element, a page script sets `src` once its own request answers, the parser brings the inline
 * JSON. The element shows its loading state (and its fallback) until the page has loaded and
 * it has been on the page for `SOURCE_GRACE` milliseconds; only then is `no-source` reported.
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  BadUrlError,
  FeedError,
  HttpError,
  InlineJsonError,
  InvalidFeedError,
  NoSourceError,
  NotJsonError,
  ShippedFeedMissingError,
  departementVise,
  estDepartementPublie,
  loadValidated,
  pourquoiPasJson,
  validateSections,
  validateSectionsOnce,
  type FeedProblem,
  type FeedValidation,
  type Feed,
  type LoadedFeed,
  type FeedsBaseFrom,
  type SectionSchemas,
  type StaleFeed,
} from '../data/index.js';
import { feedDuDepartement, feedsBase, feedsBaseFrom } from '../feeds-base.js';
import type { AnctErrorDetail } from './events.js';

/** Where an element's feed comes from. */
export type FeedSource =
  | { kind: 'object'; feed: object }
  | { kind: 'inline'; text: string }
  | { kind: 'url'; url: string }
  /**
   * The département's feed shipped with the package, in the feeds base; `url` is null when none
   * is published for it, or when no base is known (an application's bundle without `feeds-base`).
   */
  | { kind: 'shipped'; departement: string; url: string | null; base: string | null; from: FeedsBaseFrom }
  /** A `feeds-base` that is no address: the element says so, in French. */
  | { kind: 'bad-feeds-base'; value: string }
  /** Nothing yet: `waiting` while the page or a framework may still give one. */
  | { kind: 'missing'; waiting: boolean };

/** What the element renders from. A new object at each change, so identity says "changed". */
export type FeedState =
  | { status: 'loading' }
  | { status: 'ready'; feed: Feed; problems: readonly FeedProblem[]; stale: StaleFeed | undefined }
  | { status: 'error'; error: AnctErrorDetail };

/** What the controller reads from its element. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  feed: unknown;
  src: string | null;
  departement: string | null;
  commune: string | null;
  /** Where the shipped feeds are, for this element (the page's `setFeedsBase()` otherwise). */
  feedsBase: string | null;
  /** Seconds. */
  timeout: number;
  /** The sections the element shows: the only ones validated. One object per element class. */
  readonly feedSchemas: SectionSchemas;
}

/** Seconds an element waits for a feed's server by default, and the range it accepts. */
export const TIMEOUT = { default: 10, min: 1, max: 60 } as const;

/** Milliseconds an element without source waits, after the page's `load`, before it says so. */
export const SOURCE_GRACE = 1000;

const LOADING: FeedState = { status: 'loading' };

/** Calls `then` once the page has loaded (at once if it has). */
function afterPageLoad(then: () => void) {
  if (document.readyState === 'complete') then();
  else window.addEventListener('load', then, { once: true });
}

export class FeedController implements ReactiveController {
  state: FeedState = LOADING;

  #source: FeedSource | undefined;
  readonly #host: FeedHost;
  readonly #task: Task<readonly [string, number], LoadedFeed>;
  /** Children change (the parser adds them, a CMS rewrites them): the inline JSON may have. */
  readonly #children: MutationObserver;
  /** Left the page while loading: load again on return rather than wait for the aborted run. */
  #reloadOnConnect = false;
  #taskSeen: unknown;
  /** Without source: undefined until it waits, then `waiting`, then `over` once it has waited long enough. */
  #patience: 'waiting' | 'over' | undefined;

  constructor(host: FeedHost) {
    this.#host = host;
    this.#children = new MutationObserver(() => host.requestUpdate());
    this.#task = new Task(host, {
      task: ([url, timeout], { signal }) =>
        loadValidated(url, (json) => validateSectionsOnce(json, host.feedSchemas), { signal, timeout, lastKnown: true }),
      autoRun: false,
    });
    host.addController(this);
  }

  hostConnected() {
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
    // if no other element waits for it).
    if (this.#task.status === TaskStatus.PENDING) {
      this.#reloadOnConnect = true;
      this.#task.abort();
    }
  }

  /**
   * Reads the source and brings the state up to date; the element calls it first in `willUpdate`,
   * so that the update renders the state it returns.
   */
  update(): FeedState {
    const source = this.#readSource();
    if (!sameSource(source, this.#source)) {
      this.#source = source;
      this.#taskSeen = undefined;
      this.state = this.#start(source);
    } else if (this.#source?.kind === 'url' || this.#source?.kind === 'shipped') {
      this.state = this.#fromTask();
    }
    return this.state;
  }

  #readSource(): FeedSource {
    const { feed, src } = this.#host;
    if (typeof feed === 'object' && feed !== null) return { kind: 'object', feed };
    const inline = this.#host.querySelector(':scope > script[type="application/json"]')?.textContent;
    if (inline !== undefined && inline !== null) return { kind: 'inline', text: inline };
    if (src) return { kind: 'url', url: src };
    const departement = departementVise(this.#host.departement, this.#host.commune);
    if (departement) {
      let base: string | null;
      try {
        base = feedsBase(this.#host.feedsBase);
      } catch {
        return { kind: 'bad-feeds-base', value: this.#host.feedsBase ?? '' };
      }
      const url = base !== null && estDepartementPublie(departement) ? feedDuDepartement(departement, base) : null;
      return { kind: 'shipped', departement, url, base, from: feedsBaseFrom(this.#host.feedsBase) };
    }
    return { kind: 'missing', waiting: this.#patience !== 'over' };
  }

  #start(source: FeedSource): FeedState {
    if (source.kind !== 'url' && source.kind !== 'shipped') this.#task.abort();
    switch (source.kind) {
      case 'object':
        return fromValidation(() => validateSectionsOnce(source.feed, this.#host.feedSchemas));
      case 'inline':
        return fromValidation(() => validateSections(parseInline(source.text), this.#host.feedSchemas));
      case 'bad-feeds-base':
        return failed(new BadUrlError(source.value, 'feeds-base'));
      case 'missing':
        if (!source.waiting) return failed(new NoSourceError());
        this.#waitForSource();
        return LOADING;
      case 'shipped':
        if (source.base === null) return failed(new ShippedFeedMissingError(source.departement, null, null, source.from));
        if (source.url === null) return failed(new NoSourceError(source.departement));
        return this.#load(source.url);
      case 'url':
        return this.#load(source.url);
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

  #load(url: string): FeedState {
    // Not on the page (removed before its update ran): ask nothing; it loads if it comes back.
    if (!this.#host.isConnected) {
      this.#reloadOnConnect = true;
      return LOADING;
    }
    void this.#task.run([url, timeoutSeconds(this.#host.timeout) * 1000]);
    this.#taskSeen = TaskStatus.PENDING;
    return LOADING;
  }

  #fromTask(): FeedState {
    const { status, value, error } = this.#task;
    const seen = status === TaskStatus.COMPLETE ? value : status === TaskStatus.ERROR ? error : status;
    if (seen === this.#taskSeen) return this.state;
    this.#taskSeen = seen;
    if (status === TaskStatus.COMPLETE && value) {
      return ready(value);
    }
    // An abort (the element left the page mid-load) is not an error: it loads again on return.
    if (status === TaskStatus.ERROR && !isAbort(error)) {
      return failed(this.#source?.kind === 'shipped' ? shippedError(error, this.#source) : error);
    }
    return LOADING;
  }
}

/** A shipped feed missing at its base (404, 410, an HTML page in its place) says what to give instead of `src`. */
function shippedError(error: unknown, source: { departement: string; url: string | null; from: FeedsBaseFrom }): unknown {
  const absent = (error instanceof HttpError && (error.status === 404 || error.status === 410)) || error instanceof NotJsonError;
  return absent ? new ShippedFeedMissingError(source.departement, error, source.url, source.from) : error;
}

/** A bad `timeout` (not a number, 0, an hour) falls back to the default. */
export function timeoutSeconds(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= TIMEOUT.min && value <= TIMEOUT.max ? value : TIMEOUT.default;
}

/** Two sources are the same when they are of one kind and every value they hold is the same. */
function sameSource(a: FeedSource, b: FeedSource | undefined): boolean {
  if (!b || a.kind !== b.kind) return false;
  const valeurs = Object.values(b);
  return Object.values(a).every((v, i) => v === valeurs[i]);
}

function parseInline(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InlineJsonError(pourquoiPasJson(text, error));
  }
}

function fromValidation(validate: () => FeedValidation): FeedState {
  try {
    return ready(validate());
  } catch (error) {
    return failed(error);
  }
}

function ready(validation: FeedValidation | LoadedFeed): FeedState {
  if (!validation.feed) return failed(new InvalidFeedError(validation.problems));
  return { status: 'ready', feed: validation.feed, problems: validation.problems, stale: (validation as LoadedFeed).stale };
}

function failed(error: unknown): FeedState {
  return { status: 'error', error: errorDetail(error) };
}

function isAbort(error: unknown): boolean {
  return (error as Error | undefined)?.name === 'AbortError';
}

/** The `anct-error` detail of a failure: a loader's error as it is, anything else as `unexpected`. */
export function errorDetail(error: unknown): AnctErrorDetail {
  if (error instanceof FeedError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.path !== undefined && { path: error.path }),
      ...(error.technique !== undefined && { technique: error.technique }),
    };
  }
  return {
    code: 'unexpected',
    message: `Une erreur inattendue empêche l’affichage : ${error instanceof Error ? error.message : String(error)}.`,
  };
}

/**
 * Loading a feed from a URL.
 *
 * Several elements of one page usually read the same feed, so requests are shared: one network
 * request per URL, whoever asks and however many times. A caller that gives up (its
 * `AbortSignal` fires, say because its element left the page) stops waiting at once; the
 * request itself is aborted only when nobody has waited for it since, a task later (an element
 * moved on the page leaves it and comes back in one task: it finds its request still going). A
 * successful result stays for the page's lifetime — the last 16 of them, so that a page cycling
 * through many feeds does not keep them all; a failure is forgotten so that the next attempt asks
 * again. The requests are the page's, not this copy's: two bundles on one page (two per-element
 * files, say) share them.
 *
 * The request is a plain `fetch(url)`: the same mode and credentials as a
 * `<link rel="preload" as="fetch" crossorigin="anonymous">`, so a page that preloads the feed
 * gets this very response, with no second request.
 *
 * Each way of failing has its own error class (`errors.ts`). Plain functions with a `signal`,
 * no DOM: the same code runs in the browser and in the validator on Node.
 */
import { forgetLastKnown, readLastKnown, saveLastKnown } from './last-known.js';
import {
  BadUrlError,
  FeedError,
  HttpError,
  InvalidFeedError,
  NetworkError,
  NotJsonError,
  TimeoutError,
  UnreadableResponseError,
  pourquoiPasJson,
} from './errors.js';
import { readResponse, type ResponseLike } from './response.js';
import { SECTIONS, type SectionSchemas } from '../feed/schema.js';
import { validateSections, type FeedValidation } from '../feed/validate.js';

export const DEFAULT_TIMEOUT = 10_000;
export const DEFAULT_MAX_BYTES = 5_000_000;

export interface LoadOptions {
  /** Stops waiting for the feed; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * Milliseconds before the request is given up with a `TimeoutError`. Default 10 s. A caller
   * that joins a request already under way shares it, with the limits of the caller that started it.
   */
  timeout?: number;
  /** Bodies larger than this fail with a `TooLargeError`. Default 5 MB; shared like `timeout`. */
  maxBytes?: number;
}

interface SharedRequest {
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
  /**
   * Its answer validated, once per set of sections: the elements of a page reading one feed for
   * the same sections share one validation, and one validated feed.
   */
  validations: Map<SectionSchemas, FeedValidation>;
}

const REQUESTS = Symbol.for('anct-widgets.requests');
const requests: Map<string, SharedRequest> = ((globalThis as { [REQUESTS]?: Map<string, SharedRequest> })[REQUESTS] ??= new Map());

/** How many loaded feeds are kept for later callers; requests under way are always kept. */
export const KEPT_FEEDS = 16;

function forgetOldest() {
  const settled = [...requests].filter(([, r]) => r.settled);
  for (const [key] of settled.slice(0, Math.max(0, settled.length - KEPT_FEEDS))) requests.delete(key);
}

/**
 * The address as the browser will fetch it, so `feed.json` and `./feed.json` share a request;
 * without its fragment, which never reaches the server: `feed.json#a` and `feed.json#b` are one feed.
 */
export function resolveFeedUrl(url: string): string {
  const base = (globalThis as { document?: Document }).document?.baseURI;
  let resolved: URL;
  try {
    resolved = new URL(url, base);
  } catch {
    throw new BadUrlError(url);
  }
  resolved.hash = '';
  return resolved.href;
}

/** Checks the address a feed is asked at, then the one it finally came from; throws to refuse it. */
export type FeedAddressCheck = (address: string, url: string) => void;

let checkAddress: FeedAddressCheck | null = null;

/**
 * Checks every feed's address before the request and after every redirect (`response.url`);
 * null checks nothing again. For a page that shows feeds named in its own address (the iframe
 * embed page): a link to it must not bring another site's feed through an open redirect.
 */
export function checkFeedAddresses(check: FeedAddressCheck | null): void {
  checkAddress = check;
}

/** Fetches and parses a feed's JSON, without validating it. */
export async function fetchFeedJson(url: string, options: LoadOptions = {}): Promise<unknown> {
  return (await joinRequest(url, options)).json;
}

/** The page's request for `url` (started if none is under way or kept), and its answer once it comes. */
function joinRequest(url: string, options: LoadOptions): Promise<{ json: unknown; request: SharedRequest }> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  let key: string;
  try {
    key = resolveFeedUrl(url);
  } catch (error) {
    return Promise.reject(error);
  }
  let shared = requests.get(key);
  if (shared) {
    // Most recently asked last: the oldest is the first forgotten.
    requests.delete(key);
    requests.set(key, shared);
  } else {
    shared = startRequest(key, boundedTimeout(options.timeout), options.maxBytes ?? DEFAULT_MAX_BYTES);
    requests.set(key, shared);
  }
  const request = shared;
  request.waiting++;

  return new Promise((resolve, reject) => {
    const stopWaiting = () => {
      signal?.removeEventListener('abort', onAbort);
      request.waiting--;
    };
    const onAbort = () => {
      stopWaiting();
      // Not at once: an element moved on the page (removed, then put back in the same turn) or a
      // page that sets the same address again asks for it anew, and joins this very request.
      setTimeout(() => {
        if (request.waiting === 0 && !request.settled) {
          request.controller.abort(signal?.reason);
          if (requests.get(key) === request) requests.delete(key);
        }
      });
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    request.promise.then(
      (json) => {
        stopWaiting();
        resolve({ json, request });
      },
      (error: unknown) => {
        stopWaiting();
        reject(error);
      },
    );
  });
}

/** A feed shown from its last good copy, because loading it now failed. */
export interface StaleFeed {
  /** When the copy shown was saved, ISO 8601. */
  savedAt: string;
  /** Why the feed could not be loaded now. */
  error: FeedError;
}

export interface LoadedFeed extends FeedValidation {
  /** Set when the feed shown is the last good copy, not the feed as served now. */
  stale?: StaleFeed;
}

/**
 * Fetches, parses and validates a feed. Rejects only when nothing of it can be read — unless,
 * with `lastKnown`, a good copy saved from an earlier load can stand in (see last-known.ts).
 */
export function loadFeed(url: string, options: LoadOptions & { lastKnown?: boolean } = {}): Promise<LoadedFeed> {
  return loadValidated(url, SECTIONS, options);
}

/** `loadFeed`, for the sections given: an element validates only the sections it shows. */
export async function loadValidated(
  url: string,
  schemas: SectionSchemas,
  options: LoadOptions & { lastKnown?: boolean } = {},
): Promise<LoadedFeed> {
  const key = resolveFeedUrl(url);
  const validate = (json: unknown) => validateSections(json, schemas);
  try {
    const { json, request } = await joinRequest(url, options);
    let validation = request.validations.get(schemas);
    if (!validation) request.validations.set(schemas, (validation = validate(json)));
    if (!validation.feed) throw new InvalidFeedError(validation.problems, url);
    if (options.lastKnown) saveLastKnown(key, json);
    return validation;
  } catch (error) {
    // A feed its server says is gone (404, 410) is not shown from memory: it was removed.
    const gone = error instanceof HttpError && (error.status === 404 || error.status === 410);
    if (gone && options.lastKnown) forgetLastKnown(key);
    if (!options.lastKnown || !(error instanceof FeedError) || gone) throw error;
    const copy = readLastKnown(key);
    const validation = copy && validate(copy.json);
    if (!copy || !validation?.feed) throw error;
    return { ...validation, stale: { savedAt: copy.savedAt, error } };
  }
}

/** A timeout that is not a duration (NaN, negative, Infinity) is the default. */
function boundedTimeout(timeout: number | undefined): number {
  return typeof timeout === 'number' && Number.isFinite(timeout) && timeout > 0 ? Math.min(timeout, 2 ** 31 - 1) : DEFAULT_TIMEOUT;
}

function startRequest(url: string, timeout: number, maxBytes: number): SharedRequest {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new TimeoutError(url, timeout)), timeout);
  const request: SharedRequest = { controller, waiting: 0, settled: false, promise: Promise.resolve(), validations: new Map() };
  // Raced against the signal: a page's own `fetch` wrapper may ignore it, and never settle.
  request.promise = untilAborted(download(url, controller.signal, maxBytes), controller.signal)
    .catch((error: unknown) => {
      if (controller.signal.aborted) throw controller.signal.reason;
      throw error;
    })
    .finally(() => {
      clearTimeout(timer);
      request.settled = true;
      forgetOldest();
    });
  request.promise.catch(() => {
    if (requests.get(url) === request) requests.delete(url);
  });
  return request;
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    promise.then(resolve, reject);
  });
}

async function download(url: string, signal: AbortSignal, maxBytes: number): Promise<unknown> {
  checkAddress?.(url, url);
  let response: ResponseLike;
  try {
    // Whatever the page made of `fetch`: it may throw at once, or give something else than a Response.
    response = (await fetch(url, { signal })) as unknown as ResponseLike;
  } catch {
    if (signal.aborted) throw signal.reason;
    throw new NetworkError(url);
  }
  if (!response || typeof response !== 'object') throw new UnreadableResponseError(url);
  // Where the answer came from, after redirects (empty from a hand-made response: the address asked).
  checkAddress?.(typeof response.url === 'string' && response.url ? response.url : url, url);
  return readFeedResponse(response, url, maxBytes);
}

/**
 * A feed's JSON from a response, as the elements read it: its status, its size (at most
 * `maxBytes`), its charset (a UTF-8 BOM dropped), then JSON. The validator reads a file so too.
 */
export async function readFeedResponse(response: ResponseLike, url: string, maxBytes = DEFAULT_MAX_BYTES): Promise<unknown> {
  const text = await readResponse(response, url, maxBytes);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new NotJsonError(url, pourquoiPasJson(text, error));
  }
}

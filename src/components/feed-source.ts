/**
 * Where an element's feed comes from, in this order: the `feed` property (frameworks; with
 * `feedProblems`, a feed already validated, as the fiche hands its parts), an inline
 * `<script type="application/json">` child (no fetch, no CORS), the `src` attribute, and last the
 * feed shipped beside the script for `departement` or `commune`. Read afresh at each update, and
 * compared with the last: a source that is the same loads nothing again.
 */
import { departementVise, estDepartementPublie } from '../data/feed/codes.js';
import {
  HttpError,
  InlineJsonError,
  NotJsonError,
  ShippedFeedMissingError,
  pourquoiPasJson,
  type FeedsBaseFrom,
} from '../data/load/errors.js';
import type { FeedProblem } from '../data/feed/validate.js';
import { feedDuDepartement, feedsBase, feedsBaseFrom } from '../feeds-base.js';

/** Where an element's feed comes from. */
export type FeedSource =
  | { kind: 'object'; feed: object }
  /** A feed already validated, with the problems its validation found. */
  | { kind: 'validated'; feed: object; problems: readonly FeedProblem[] }
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

/** What a source is read from: the element's inputs, and its children. */
export interface SourceHost extends HTMLElement {
  feed: unknown;
  feedProblems: readonly FeedProblem[] | undefined;
  src: string | null;
  departement: string | null;
  commune: string | null;
  /** Where the shipped feeds are, for this element (the page's `setFeedsBase()` otherwise). */
  feedsBase: string | null;
}

/** The element's source now; `waiting`: without one, whether the page may still give one. */
export function readSource(host: SourceHost, waiting: boolean): FeedSource {
  const { feed, feedProblems, src } = host;
  if (typeof feed === 'object' && feed !== null) {
    return feedProblems ? { kind: 'validated', feed, problems: feedProblems } : { kind: 'object', feed };
  }
  const inline = host.querySelector(':scope > script[type="application/json"]')?.textContent;
  if (inline !== undefined && inline !== null) return { kind: 'inline', text: inline };
  if (src) return { kind: 'url', url: src };
  const departement = departementVise(host.departement, host.commune);
  if (departement) {
    let base: string | null;
    try {
      base = feedsBase(host.feedsBase);
    } catch {
      return { kind: 'bad-feeds-base', value: host.feedsBase ?? '' };
    }
    const url = base !== null && estDepartementPublie(departement) ? feedDuDepartement(departement, base) : null;
    return { kind: 'shipped', departement, url, base, from: feedsBaseFrom(host.feedsBase) };
  }
  return { kind: 'missing', waiting };
}

/** Two sources are the same when they are of one kind and every value they hold is the same. */
export function sameSource(a: FeedSource, b: FeedSource | undefined): boolean {
  if (!b || a.kind !== b.kind) return false;
  const values = Object.values(b);
  return Object.values(a).every((v, i) => v === values[i]);
}

/** A shipped feed missing at its base (404, 410, an HTML page in its place) says what to give instead of `src`. */
export function shippedError(error: unknown, source: { departement: string; url: string | null; from: FeedsBaseFrom }): unknown {
  const absent = (error instanceof HttpError && (error.status === 404 || error.status === 410)) || error instanceof NotJsonError;
  return absent ? new ShippedFeedMissingError(source.departement, error, source.url, source.from) : error;
}

/** The inline JSON child's feed; its own error when it is no JSON. */
export function parseInline(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InlineJsonError(pourquoiPasJson(text, error));
  }
}

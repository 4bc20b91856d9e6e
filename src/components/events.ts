/**
 * What an element tells the page: `anct-load` when its content shows, `anct-error` for each
 * thing it cannot show. The codes are stable, for the page's scripts; the messages are French,
 * for the webmaster.
 */
import type { FeedErrorCode, Feed } from '../data/index.js';

/**
 * A loader's code (`http`, `not-json`, `timeout`, `no-source`…), or: `invalid-section`, part of
 * the feed is invalid and not shown; `commune`, the commune code cannot be shown; `unexpected`, a
 * failure of anct-widgets itself while showing the feed.
 */
export type AnctErrorCode = FeedErrorCode | 'invalid-section' | 'commune' | 'unexpected';

/** Detail of the `anct-error` event. */
export interface AnctErrorDetail {
  code: AnctErrorCode;
  /** What is wrong, in French, for the webmaster. */
  message: string;
  /** JSON path in the feed, when the problem is in the feed. */
  path?: string;
  /** What a developer needs beside the message (the HTTP status, the validation's words), also in the console. */
  technique?: string;
}

/** Detail of the `anct-load` event. */
export interface AnctLoadDetail {
  /** The validated feed: the sections that passed validation. */
  feed: Feed;
}

declare global {
  interface HTMLElementEventMap {
    'anct-error': CustomEvent<AnctErrorDetail>;
    'anct-load': CustomEvent<AnctLoadDetail>;
  }
}

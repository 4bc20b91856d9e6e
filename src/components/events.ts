/**
 * What an element tells the page: `anct-load` when its content shows, `anct-error` for each
 * thing it cannot show. The codes are stable, for the page's scripts; the messages are French,
 * for the webmaster. Declared on `GlobalEventHandlersEventMap`, so that a page's TypeScript
 * reads `el.addEventListener('anct-error', (e) => e.detail.code)` as typed, on any element.
 */
import { FeedError, type FeedErrorCode } from '../data/load/errors.js';
import type { Feed } from '../data/feed/validate.js';

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

declare global {
  interface GlobalEventHandlersEventMap {
    'anct-error': CustomEvent<AnctErrorDetail>;
    'anct-load': CustomEvent<AnctLoadDetail>;
  }
}

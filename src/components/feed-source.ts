/**
 * Where an element's feed comes from, apart from the element: the feed of a département that
 * ships beside the script, a feed given as an object or as inline JSON, and the detail an
 * `anct-error` event carries for a failure. No DOM here but the URL of the script's folder.
 */
import {
  CODE_INSEE,
  FeedError,
  InlineJsonError,
  InvalidFeedError,
  departementDeCommune,
  validateFeed,
  validateFeedOnce,
  type FeedValidation,
} from '../data/index.js';
import { feedDuDepartement } from '../feeds-base.js';

/** Detail of the `anct-error` event. */
export interface AnctErrorDetail {
  /** Stable code: a loader's (`http`, `not-json`, `timeout`…) or `invalid-section`, `commune`. */
  code: string;
  /** What is wrong, in French, for the webmaster. */
  message: string;
  /** JSON path in the feed, when the problem is in the feed. */
  path?: string;
}

/** Marks a département without a published feed, in place of its feed's address. */
export const SANS_FEED = 'anct-widgets:sans-feed:';

/** The départements that have a feed in feeds/: metropolitan (no 20), Corsica, the five DROM. */
const DEPARTEMENTS_PUBLIES = /^(?:0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-46])$/;

/**
 * The shipped feed of the département given, or of the commune's département; `null` with
 * neither. A département without a published feed gives `SANS_FEED` + its code, for the
 * element to say so when it loads (not while it updates). Only the published script knows
 * where the feeds are: an application that bundles the package gives `src`.
 */
export function adresseParDefaut(departement: string | null, commune: string | null): string | null {
  const code =
    departement?.trim().toUpperCase() ||
    (commune && CODE_INSEE.test(commune.trim().toUpperCase()) ? departementDeCommune(commune.trim().toUpperCase()) : null);
  if (!code) return null;
  return DEPARTEMENTS_PUBLIES.test(code) ? feedDuDepartement(code) : `${SANS_FEED}${code}`;
}

function validated(validation: FeedValidation): FeedValidation {
  if (!validation.feed) throw new InvalidFeedError(validation.problems);
  return validation;
}

/** A feed given as an object (the `feed` property): validated once per object. */
export function feedObjet(feed: unknown): FeedValidation {
  return validated(validateFeedOnce(feed));
}

/** A feed given as the text of a `<script type="application/json">` child. */
export function feedInline(texte: string): FeedValidation {
  let json: unknown;
  try {
    json = JSON.parse(texte);
  } catch (error) {
    throw new InlineJsonError((error as Error).message);
  }
  return validated(validateFeed(json));
}

export function errorDetail(error: unknown): AnctErrorDetail {
  if (error instanceof FeedError) {
    return { code: error.code, message: error.message, ...(error.path !== undefined && { path: error.path }) };
  }
  return {
    code: 'unexpected',
    message: `Une erreur inattendue empêche l’affichage : ${error instanceof Error ? error.message : String(error)}.`,
  };
}

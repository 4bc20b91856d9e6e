/**
 * The data layer, usable without any element: the feed's schema and types, validation,
 * loading, selectors and French formatting. Knows nothing of the DOM.
 */
export * from './schema.js';
export { COMPTE_MAX, dateExiste } from './schema-base.js';
export * from './codes.js';
export * from './sections.js';
export { validateFeed, validateSections, formatProblem, FEED_VERSION, VALEURS_MAX, ENTREES_MAX, ELEMENTS_MAX } from './validate.js';
export type { FeedProblem, FeedValidation, Feed } from './validate.js';
export * from './errors.js';
export { loadFeed, loadValidated, fetchFeedJson, readFeedResponse, resolveFeedUrl, checkFeedAddresses, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES } from './load.js';
export type { FeedAddressCheck, LoadOptions, LoadedFeed, StaleFeed } from './load.js';
export {
  forgetLastKnown,
  readLastKnown,
  saveLastKnown,
  LAST_KNOWN_MAX_AGE_DAYS,
  LAST_KNOWN_MAX_CHARS,
  LAST_KNOWN_MAX_FEEDS,
  LAST_KNOWN_MAX_TOTAL,
} from './last-known.js';
export * from './format.js';
export * from './bidi.js';
export * from './fibre.js';
export * from './crte.js';
export * from './programmes.js';
export * from './vue-programmes.js';
export * from './sommaire.js';
export * from './sources-citees.js';
export * from './saisine.js';
export * from './csv.js';
export * from './accompagnements.js';
export * from './schema-site.js';
export * from './ouverture.js';
export * from './france-services.js';

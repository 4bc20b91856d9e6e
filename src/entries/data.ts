/**
 * `anct-widgets/data` (and dist/data.js): the data layer without any element, for a tool or a
 * page's own script — the feed's schema and types, validation, loading with its errors, and the
 * French formatting the elements use. Knows nothing of the DOM.
 *
 * Chosen name by name: what a page or a tool needs, not every function the elements share. The
 * modules behind it are grouped by subject under src/data/ (the feed's schema and validation,
 * loading, the text and its formatting, one folder per element's view); the elements import
 * them by path, and a name is public only once it is listed here.
 */

// The feed: its schema, the sections an element may read, its types, and its validation.
export { FeedSchema, SECTIONS, TECHNOLOGIES } from '../data/feed/schema.js';
export type {
  Accompagnement,
  Chiffre,
  CompleteFeed,
  Crte,
  Edition,
  Fibre,
  Lieu,
  Programme,
  Ressource,
  Saisine,
  SectionName,
  Source,
  Territoire,
} from '../data/feed/schema.js';
export { FEED_VERSION, formatProblem, validateFeed, validateSections } from '../data/feed/validate.js';
export type { Feed, FeedProblem, FeedValidation } from '../data/feed/validate.js';

// Loading, and why a feed could not be loaded: one error class per cause, each with its `code`.
export { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, fetchFeedJson, loadFeed, readFeedResponse } from '../data/load/load.js';
export type { LoadOptions, LoadedFeed, StaleFeed } from '../data/load/load.js';
export { forgetLastKnown } from '../data/load/last-known.js';
export {
  BadUrlError,
  CharsetError,
  FeedError,
  ForeignFeedError,
  HttpError,
  InlineJsonError,
  InvalidFeedError,
  NetworkError,
  NoSourceError,
  NotJsonError,
  ShippedFeedMissingError,
  TimeoutError,
  TooLargeError,
  UnreadableResponseError,
} from '../data/load/errors.js';
export type { FeedErrorCode } from '../data/load/errors.js';

// A commune's programmes, as the programme list finds them (by its code, a former code, an arrondissement).
export { programmesForCommune } from '../data/programmes/programmes.js';

// French formatting, as the elements write figures and dates.
export {
  formatDate,
  formatDateHeure,
  formatEuros,
  formatNombre,
  formatPart,
  formatPourcentage,
  formatValeur,
} from '../data/text/format.js';

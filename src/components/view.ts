/**
 * What an element shows, decided from its feed's state alone: loading, an error, nothing for
 * this territory, or content with the problems to report beside it. Kept apart from the element
 * so that the decision reads in one place and the element only renders it.
 */
import { formatDateHeure, problemesDesSections, type Feed, type SectionName, type StaleFeed } from '../data/index.js';
import type { AnctErrorDetail } from './events.js';
import { errorDetail, type FeedState } from './feed-controller.js';
import { detailsInvalides } from './feed-problems.js';

/** What an element derives from a validated feed: its data, or none; and what it cannot show. */
export interface Derived<Data> {
  data: Data | undefined;
  errors?: AnctErrorDetail[];
}

export type View<Data> =
  | { state: 'loading' }
  | { state: 'empty' | 'error'; errors: AnctErrorDetail[] }
  | { state: 'content'; data: Data; feed: Feed; errors: AnctErrorDetail[]; invalidParts: number; stale: StaleFeed | undefined };

/**
 * The view of a feed's state for an element showing `sections`, whose data `derive` makes: a
 * failure of `derive` is the element's error, with the problems found before it.
 */
export function deriveView<Data>(state: FeedState, sections: SectionName[], derive: (feed: Feed) => Derived<Data>): View<Data> {
  if (state.status === 'loading') return { state: 'loading' };
  if (state.status === 'error') return { state: 'error', errors: [state.error] };
  const { feed, problems, stale } = state;
  const invalid = problemesDesSections(problems, sections);
  const staleErrors: AnctErrorDetail[] = stale
    ? [{ code: stale.error.code, message: `Copie enregistrée le ${formatDateHeure(stale.savedAt)} affichée : ${stale.error.message}` }]
    : [];
  let derived: Derived<Data>;
  try {
    derived = derive(feed);
  } catch (error) {
    return { state: 'error', errors: [...staleErrors, ...detailsInvalides(invalid), errorDetail(error)] };
  }
  const errors = [...staleErrors, ...detailsInvalides(invalid), ...(derived.errors ?? [])];
  if (derived.data === undefined) return { state: errors.length ? 'error' : 'empty', errors };
  return { state: 'content', data: derived.data, feed, errors, invalidParts: invalid.length, stale };
}

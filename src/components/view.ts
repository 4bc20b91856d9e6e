/**
 * What an element shows: loading, an error, nothing for this territory, or content with the
 * problems to report beside it. The one state of an element: its feed controller keeps it up to
 * date, the element renders it, and the page is told of it. Deciding it from a validated feed is
 * kept apart from the controller so that the decision reads in one place.
 */
import { formatDateHeure } from '../data/text/format.js';
import type { LoadedFeed, StaleFeed } from '../data/load/load.js';
import type { SectionName } from '../data/feed/schema.js';
import { sectionProblems } from '../data/feed/sections.js';
import type { Feed } from '../data/feed/validate.js';
import { errorDetail, type AnctErrorDetail } from './events.js';
import { problemDetails } from './feed-problems.js';

/** What an element derives from a validated feed: its data, or none; and what it cannot show. */
export interface Derived<Data> {
  data: Data | undefined;
  errors?: AnctErrorDetail[];
}

export type View<Data> =
  | { state: 'loading' }
  | { state: 'empty' | 'error'; errors: AnctErrorDetail[] }
  | { state: 'content'; data: Data; feed: Feed; errors: AnctErrorDetail[]; problemCount: number; stale: StaleFeed | undefined };

export const LOADING: View<never> = { state: 'loading' };

/** The view of a failure: the element's error, the only thing it says. */
export function failed(error: unknown): View<never> {
  return { state: 'error', errors: [errorDetail(error)] };
}

/**
 * The view of a validated feed for an element showing `sections`, whose data `derive` makes: the
 * problems of those sections are its to report; a failure of `derive` is the element's error,
 * with the problems found before it.
 */
export function deriveView<Data>(
  { feed, problems, stale }: LoadedFeed & { feed: Feed },
  sections: SectionName[],
  derive: (feed: Feed) => Derived<Data>,
): View<Data> {
  const own = sectionProblems(problems, sections);
  const found: AnctErrorDetail[] = [
    ...(stale
      ? [{ code: stale.error.code, message: `Copie enregistrée le ${formatDateHeure(stale.savedAt)} affichée : ${stale.error.message}` }]
      : []),
    ...problemDetails(own),
  ];
  let derived: Derived<Data>;
  try {
    derived = derive(feed);
  } catch (error) {
    return { state: 'error', errors: [...found, errorDetail(error)] };
  }
  const errors = [...found, ...(derived.errors ?? [])];
  if (derived.data === undefined) return { state: errors.length ? 'error' : 'empty', errors };
  return { state: 'content', data: derived.data, feed, errors, problemCount: own.length, stale };
}

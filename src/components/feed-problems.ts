/**
 * What an element says of the feed's problems that are its to report: each as an `anct-error`
 * detail, but a bounded number of them, so that a feed with thousands of broken entries floods
 * neither the console nor the page's listeners; and the notice under the content. A resident may
 * read the message (it is the element's error when nothing else can be shown): plain words; the
 * path and the validation's words go in `path` and `technique`, to the console.
 */
import { html } from 'lit';
import { formatNombre } from '../data/text/format.js';
import type { FeedProblem } from '../data/feed/validate.js';
import type { AnctErrorDetail } from './events.js';

/** Problems reported one by one, in the console and as `anct-error`; the rest in one line. */
export const DETAILED_PROBLEMS = 20;

/** The `anct-error` details of the feed's problems that are this element's: the first ones, and a count. */
export function problemDetails(problems: readonly FeedProblem[]): AnctErrorDetail[] {
  const details: AnctErrorDetail[] = problems.slice(0, DETAILED_PROBLEMS).map((p) => ({
    code: 'invalid-section',
    path: p.path,
    message: 'Une partie des données n’a pas pu être lue et n’est pas affichée.',
    technique: `${p.path} : ${p.message}`,
  }));
  const rest = problems.length - DETAILED_PROBLEMS;
  if (rest > 0) {
    details.push({
      code: 'invalid-section',
      message: `… et ${formatNombre(rest)} autre${rest > 1 ? 's' : ''} partie${rest > 1 ? 's' : ''} des données illisible${rest > 1 ? 's' : ''}, non détaillée${rest > 1 ? 's' : ''} ici.`,
      technique: '« npx anct-widgets validate » lists them all',
    });
  }
  return details;
}

/** The notice under the content: how many parts of the feed are not shown. */
export function renderProblemNotice(n: number) {
  const une = n === 1;
  return html`<p class="notice mention" part="notice">
    ${une ? 'Une partie' : `${formatNombre(n)} parties`} des données ${une ? 'n’a' : 'n’ont'} pas pu être lue${une ? '' : 's'} et
    ${une ? 'n’est' : 'ne sont'} pas affichée${une ? '' : 's'}.
  </p>`;
}

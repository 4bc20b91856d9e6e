/**
 * An element's content as plain HTML, for a page to hold as the element's fallback: shown at
 * once, with JavaScript off, to search engines and in CMSs that keep no script. Written from the
 * element's own templates: the element is made (in Node, Lit's node build gives `HTMLElement`
 * a stand-in), given its inputs, and asked for its data and content as its render would; then
 * plain-html.ts writes that. What only a running element can do is left out (`DROP`), and what
 * it folds or builds when opened is built whole, as for print.
 */
import type { TemplateResult } from 'lit';
import { EMPTY_MESSAGE, type AnctElement, type AnctErrorDetail, type Derived } from '../components/anct-element.js';
import { formatDate } from '../data/text/format.js';
import type { Feed } from '../data/feed/validate.js';
import { defineElement } from '../define.js';
import { ELEMENTS, type ElementTag } from '../elements.js';
import { escapeAttribute, escapeText } from './template-tree.js';
import { plainHtml, type TreeElement } from './plain-html.js';

/** The inputs of an element, as its attributes name them in camelCase. */
export interface FallbackInputs {
  commune?: string | null;
  departement?: string | null;
  headingLevel?: number;
  heading?: string | null;
  /** The programme list's: programme ids, separated by spaces; its axe. */
  programmes?: string | null;
  axe?: string | null;
  /** The fiche's: its parts, separated by spaces. */
  sections?: string | null;
}

/**
 * Parts a page without script cannot use: the chart/table switch and the print button (nothing
 * to press), a CSV built in the page, and « Ouvert maintenant », true only at the minute the
 * HTML was written.
 */
const DROP = new Set(['switch', 'print', 'download', 'status', 'loading']);

/**
 * The summary's « Masquer les N lieux », which the element's style shows only once the list is
 * open: without that style it would follow « Voir les N lieux ».
 */
const OPEN_ONLY = 'masquer';

/**
 * The projects table's column name repeated in each cell (`<span aria-hidden>`), which the
 * element's style shows only when the table is stacked as cards: a plain table has its headers.
 */
const STACKED_ONLY = (element: TreeElement) => element.tag === 'span' && element.attributes.get('aria-hidden') === 'true';

const drop = (element: TreeElement) =>
  DROP.has(element.attributes.get('part') ?? '') ||
  (element.attributes.get('class') ?? '').split(/\s+/).includes(OPEN_ONLY) ||
  STACKED_ONLY(element);

/**
 * The element's protected steps (AnctElement's `derive` and `renderContent`), and the programme
 * list's `printing`: read here only, since writing the content is rendering it without a page.
 */
interface Steps {
  derive(feed: Feed): Derived<unknown>;
  renderContent(data: unknown, feed: Feed): TemplateResult;
  printing?: boolean;
}

type Constructor = new () => AnctElement;

class Unobserving {
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}

function make(tag: ElementTag): AnctElement {
  const entry = ELEMENTS.find((e) => e.tag === tag);
  if (!entry) throw new Error(`anct-widgets: unknown element <${tag}>; known: ${ELEMENTS.map((e) => e.tag).join(', ')}`);
  if (typeof document === 'undefined') {
    // Observers an element makes as it is built (the feed controller watches its children, the
    // saisine flow its boxes), which Node has not: nothing is watched or measured here.
    globalThis.ResizeObserver ??= Unobserving as unknown as typeof ResizeObserver;
    globalThis.MutationObserver ??= Unobserving as unknown as typeof MutationObserver;
    return new (entry.element as unknown as Constructor)();
  }
  // In a page, an element is made through its registration (this copy's, or the first one's).
  defineElement(tag, entry.element, true);
  return document.createElement(tag) as unknown as AnctElement;
}

/**
 * What the element shows for `feed`, as plain HTML, without its tag and without the date line;
 * what it would report (a commune it cannot place) goes to `errors`.
 */
function content(tag: ElementTag, feed: Feed, inputs: FallbackInputs, errors: AnctErrorDetail[]): string {
  const element = make(tag);
  for (const [name, value] of Object.entries(inputs)) {
    if (value !== undefined && name !== 'feed') (element as unknown as Record<string, unknown>)[name] = value;
  }
  const steps = element as unknown as Steps;
  if ('printing' in steps) steps.printing = true;
  const derived = steps.derive(feed);
  for (const error of derived.errors ?? []) if (!errors.some((e) => e.message === error.message)) errors.push(error);
  const { data } = derived;
  if (data === undefined) return `<p>${escapeText(EMPTY_MESSAGE)}</p>`;
  return plainHtml(steps.renderContent(data, feed), {
    drop,
    // The fiche's parts: each written by its own element, with what the fiche gives it.
    expand: (child) =>
      ELEMENTS.some((e) => e.tag === child.tag)
        ? content(child.tag as ElementTag, feed, Object.fromEntries(child.properties) as FallbackInputs, errors)
        : undefined,
  });
}

/**
 * « Données du 1er août 2024 », « Données de juin 2021 », « Données du 19 mai 2021 au 21 juillet
 * 2026 »: the edition's date, so that a page holding this HTML says how old it is.
 */
export function phraseDate(edition: Feed['edition']): string | undefined {
  // « du » before a day, « de » before a month or a year.
  const jour = (iso: string) => iso.length === 10;
  const du = (iso: string) => `${jour(iso) ? 'du' : 'de'} ${formatDate(iso)}`;
  const periode = edition?.periode;
  if (periode) {
    const au = jour(periode.fin) ? 'au' : 'à';
    return `Données ${du(periode.debut)} ${au} ${formatDate(periode.fin)}`;
  }
  return edition?.date ? `Données ${du(edition.date)}` : undefined;
}

export interface Fallback {
  /** The element's content as plain HTML, dated. */
  html: string;
  /** What the element would report beside it, as its `anct-error` events do: a commune it cannot place. */
  errors: AnctErrorDetail[];
}

/** The element's content for a validated `feed`, as plain HTML, dated; and what it would report. */
export function renderFallback(tag: ElementTag, feed: Feed, inputs: FallbackInputs = {}): Fallback {
  const errors: AnctErrorDetail[] = [];
  const date = phraseDate(feed.edition);
  const html = `${content(tag, feed, { ...inputs }, errors)}${date ? `\n<p>${escapeText(date)}.</p>` : ''}`;
  return { html, errors };
}

/** The element's content for a validated `feed`, as plain HTML, dated. */
export function fallbackHtml(tag: ElementTag, feed: Feed, inputs: FallbackInputs = {}): string {
  return renderFallback(tag, feed, inputs).html;
}

/**
 * The element's tag with `attributes` (`commune`, `src`…; `null` or `undefined` leaves one out)
 * and its plain HTML inside, as its fallback: what a page holds until the script takes over.
 */
export function fallbackElement(
  tag: ElementTag,
  feed: Feed,
  inputs: FallbackInputs = {},
  attributes: Record<string, string | number | null | undefined> = {},
): string {
  return wrap(tag, fallbackHtml(tag, feed, inputs), attributes);
}

/** `html` inside the element's tag, with `attributes` (`null` or `undefined` leaves one out). */
export function wrap(tag: ElementTag, html: string, attributes: Record<string, string | number | null | undefined> = {}): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttribute(String(v))}"`)
    .join('');
  return `<${tag}${attrs}>\n${html}\n</${tag}>`;
}

export { ELEMENTS };
export { plainHtml, type PlainHtmlOptions } from './plain-html.js';

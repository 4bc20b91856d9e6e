/**
 * A Lit template written as plain semantic HTML, for a page to hold before (or without) the
 * script: what a CMS keeps, what works with no script and no style of ours. The templates are
 * the elements' own (template-tree.ts reads them); this module decides what of them a page
 * without script can hold:
 *
 * - kept: headings, paragraphs, lists, tables (caption, `th`, `scope`), links (`href` kept when
 *   it is `http:`, `https:`, `mailto:`, `tel:` or in the page, `rel`/`target` as they are),
 *   `<details>`/`<summary>` (they open without script), `id` (the summary's links lead to a
 *   card's heading), `lang`, `dir`, `title`, `role` and the `aria-` labels: attributes WordPress's
 *   KSES keeps for every author;
 * - `class` dropped: the classes are the names our shadow styles use, no API, and a page's own
 *   CSS would catch some (`.card`, `.error`, `.lead`); `part`, `exportparts`, `tabindex`, `style`,
 *   event attributes and every other attribute go too;
 * - `<bdi>` becomes `<span dir="auto">`: CMS allow-lists (KSES) drop `bdi`, and an element with
 *   `dir` isolates its text the same way;
 * - a chart (`<svg role="img">`) is written as its sentence; a decorative one goes;
 * - left out with what they hold: script, style, slot, template, buttons and form controls
 *   (nothing to press without script), a `hidden` element (only a script would show it), a
 *   link that builds its file in the page (`download`: a `data:` address no CMS keeps);
 * - a custom element inside (the fiche's parts) is replaced by what `expand` gives for it.
 */
import { templateTree, type TreeElement, type TreeNode } from './template-tree.js';

export type { TreeElement } from './template-tree.js';

export interface PlainHtmlOptions {
  /** Whether an element is left out with what it holds (a part a page without script cannot use). */
  drop?: (element: TreeElement) => boolean;
  /**
   * The plain HTML for a custom element of the template (a tag with a hyphen), given its
   * attributes and property bindings; `undefined` keeps what it holds, without its tag.
   */
  expand?: (element: TreeElement) => string | undefined;
}

/** Tags left out with all they hold. */
const LEFT_OUT = new Set([
  'script',
  'style',
  'template',
  'slot',
  'button',
  'input',
  'select',
  'textarea',
  'option',
  'form',
  'iframe',
  'object',
  'embed',
  'canvas',
  'noscript',
  'math',
  'dialog',
  'link',
  'meta',
]);

const VOID = new Set(['br', 'hr', 'img', 'wbr', 'col']);

/** Attributes kept on any element. */
const GLOBAL = new Set(['id', 'lang', 'dir', 'title', 'role', 'aria-label', 'aria-labelledby', 'aria-describedby', 'aria-hidden']);

/** Attributes kept on some elements. */
const BY_TAG: Record<string, ReadonlySet<string>> = {
  a: new Set(['href', 'rel', 'target', 'hreflang']),
  th: new Set(['scope', 'colspan', 'rowspan', 'headers', 'abbr']),
  td: new Set(['colspan', 'rowspan', 'headers']),
  details: new Set(['open']),
  ol: new Set(['start', 'reversed', 'type']),
  li: new Set(['value']),
  time: new Set(['datetime']),
  img: new Set(['src', 'alt', 'width', 'height']),
};

/** Boxes left out when nothing is left in them. */
const EMPTY_DROPPED = new Set(['div', 'p', 'section', 'figure', 'ul', 'ol']);

/** Where a whitespace-only text is no more than the line between two blocks. */
const BLOCK_CONTAINERS = new Set([
  '#root',
  'ul',
  'ol',
  'dl',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'section',
  'nav',
  'header',
  'footer',
  'details',
  'figure',
  'div',
  'article',
  'aside',
]);

const decode = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Addresses a page without script can follow and a CMS keeps. */
function lienGarde(href: string): boolean {
  const url = decode(href).trim();
  return url.startsWith('#') || /^(?:https?:|mailto:|tel:)/i.test(url);
}

/**
 * Roles an element has of itself: the projects table spells them out because its style may
 * display it as cards; written on a plain table they are redundant, and the Nu checker refuses them.
 */
const NATIVE_ROLES: Record<string, readonly string[]> = {
  table: ['table'],
  thead: ['rowgroup'],
  tbody: ['rowgroup'],
  tfoot: ['rowgroup'],
  tr: ['row'],
  th: ['columnheader', 'rowheader'],
  td: ['cell'],
  ul: ['list'],
  ol: ['list'],
  li: ['listitem'],
};

function writeAttributes(element: TreeElement, tag = element.tag): string {
  const kept = BY_TAG[tag];
  let out = '';
  for (const [name, value] of element.attributes) {
    if (name === 'role' && NATIVE_ROLES[tag]?.includes(value)) continue;
    if (GLOBAL.has(name) || kept?.has(name)) out += value === '' && name !== 'href' ? ` ${name}` : ` ${name}="${value}"`;
  }
  return out;
}

function writeChildren(element: TreeElement, options: PlainHtmlOptions): string {
  return element.children.map((child) => writeNode(child, element, options)).join('');
}

function writeNode(node: TreeNode, parent: TreeElement, options: PlainHtmlOptions): string {
  if (node.kind === 'text') {
    if (/^\s*$/.test(node.html)) return node.html ? (BLOCK_CONTAINERS.has(parent.tag) ? '\n' : ' ') : '';
    return node.html.replace(/[ \t\n\r\f]+/g, ' ');
  }
  const { tag, attributes } = node;
  if (LEFT_OUT.has(tag) || attributes.has('hidden') || options.drop?.(node)) return '';
  if (tag === 'svg') {
    // A chart's sentence is its text alternative; a decorative drawing says nothing.
    const label = attributes.get('aria-label');
    return attributes.get('role') === 'img' && label ? `<p>${label}</p>` : '';
  }
  if (tag.includes('-')) return options.expand?.(node) ?? writeChildren(node, options);
  if (tag === 'a') {
    if (attributes.has('download')) return '';
    if (!lienGarde(attributes.get('href') ?? '')) return writeChildren(node, options);
  }
  const kept = writeAttributes(node);
  // A span kept for our styles alone says nothing to a page.
  if (tag === 'span' && !kept) return writeChildren(node, options);
  if (tag === 'bdi') return `<span dir="auto">${writeChildren(node, options)}</span>`;
  if (VOID.has(tag)) return `<${tag}${kept}>`;
  const inside = writeChildren(node, options);
  // A box whose content only a script filled (the fiche's print button) is left out with it.
  if (!kept && EMPTY_DROPPED.has(tag) && !inside.trim()) return '';
  return `<${tag}${kept}>${inside}</${tag}>`;
}

/**
 * `value` (a Lit template, a list of them, text) as plain HTML. Throws on what it cannot write
 * (a directive other than `ifDefined`, a binding inside a tag name): a programmer's error.
 */
export function plainHtml(value: unknown, options: PlainHtmlOptions = {}): string {
  const root = templateTree(value);
  return writeChildren(root, options)
    .replace(/\n[ \n]*/g, '\n')
    .trim();
}

/**
 * Creating elements as a webmaster's page would, and reading them as a reader would.
 */
import { waitUntil } from '@open-wc/testing';
import '../../src/entries/index.js';
import { ELEMENTS } from '../../src/elements.js';

export { visibleText } from './text.js';

/** Every element's tag, from the one list the bundle registers. */
export const TAGS = ELEMENTS.map((e) => e.tag);

export const LOZERE = '/demo/feeds/48-lozere-2021.json';

export interface Mounted<E extends HTMLElement> {
  el: E;
  loads: CustomEvent[];
  errors: CustomEvent[];
}

/** Puts `<tag attrs>children</tag>` on the page, listening to its events from the start. */
export function mount<E extends HTMLElement = HTMLElement>(
  tag: string,
  attrs: Record<string, string> = {},
  children = '',
  parent: HTMLElement = document.body,
): Mounted<E> {
  const el = document.createElement(tag) as E;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.innerHTML = children;
  const mounted: Mounted<E> = { el, loads: [], errors: [] };
  el.addEventListener('anct-load', (e) => mounted.loads.push(e as CustomEvent));
  el.addEventListener('anct-error', (e) => mounted.errors.push(e as CustomEvent));
  parent.append(el);
  return mounted;
}

/**
 * Waits until the element has shown content, an empty state or an error. The bound is generous
 * (the test's own is 20 s): on a loaded two-core machine Firefox has taken over 5 s to load and
 * show a feed, or to give up on a server after a timeout of 1 s.
 */
export async function settled(m: Mounted<HTMLElement>, what = 'the element to settle') {
  await waitUntil(
    () => {
      const base = m.el.shadowRoot?.querySelector('[part="base"]');
      return base?.getAttribute('aria-busy') === 'false';
    },
    `waiting for ${what}`,
    { timeout: 15000 },
  );
  await (m.el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

export function shadow(el: Element, selector: string): Element | null {
  return el.shadowRoot!.querySelector(selector);
}

export function shadowAll(el: Element, selector: string): Element[] {
  return [...el.shadowRoot!.querySelectorAll(selector)];
}

export async function lozereJson(): Promise<Record<string, any>> {
  return (await fetch(LOZERE)).json();
}

/** Removes everything the tests put on the page. */
export function cleanup() {
  for (const el of [...document.body.children]) if (el.localName.startsWith('anct-') || el.classList.contains('fixture')) el.remove();
  document.documentElement.removeAttribute('data-fr-theme');
}

/** The text a reader sees through nested shadow roots: an element with a shadow root shows it, not its children. */
export function deepText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof HTMLElement && ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) return '';
  if (node instanceof Element && node.shadowRoot) return ` ${[...node.shadowRoot.childNodes].map(deepText).join('')} `;
  return [...node.childNodes].map(deepText).join('');
}

/** A box of the given width on the page, to put an element in as a narrow or wide layout would. */
export function boxed(width: number): HTMLDivElement {
  const div = document.createElement('div');
  div.className = 'fixture';
  div.style.width = `${width}px`;
  document.body.append(div);
  return div;
}

/** An address of its own for each test: the loader remembers what it loaded for the page. */
export const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/** Settled, and for the fiche, each part it shows settled too. */
export async function settledDeep(el: Element, timeout = 10000): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('[part="base"]')?.getAttribute('aria-busy') === 'false', 'settled', { timeout });
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  for (const child of el.shadowRoot!.querySelectorAll(TAGS.join(', '))) {
    await settledDeep(child, timeout);
  }
}

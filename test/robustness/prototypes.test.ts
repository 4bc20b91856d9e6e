/**
 * The page's own JavaScript: an old library that adds enumerable properties to
 * `Object.prototype` or `Array.prototype`, before anct-widgets loads or after; a page that freezes
 * the built-in prototypes. Each scenario is a fresh page (an iframe), since neither can be undone;
 * in each, every element still shows the Lozère feed. The page loads dist/anct-widgets.js, as a
 * webmaster's does (the build leaves out modules the elements do not use, such as d3-color, which
 * itself cannot load under frozen prototypes).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { ELEMENTS } from '../../src/elements.js';

const TAGS = ELEMENTS.map((e) => e.tag);

/** What old libraries did: methods and values every object or array then enumerates. */
const POLLUER = `
  Object.prototype.extend = function () { return this; };
  Object.prototype.nom = 'pollué';
  Object.prototype.type = 'pollué';
  Array.prototype.remove = function () { return this; };
  Array.prototype.last = 'pollué';
`;
const GELER = `
  for (const p of [Object, Array, Function, String, Number, Boolean, Promise, Error, Map, Set, WeakMap, RegExp, Date, Symbol])
    Object.freeze(p.prototype);
  Object.freeze(Object); Object.freeze(Array);
`;

const scenarios: [string, string, string][] = [
  ['enumerable properties added to Object.prototype and Array.prototype before the script', POLLUER, ''],
  ['enumerable properties added to Object.prototype and Array.prototype after the script', '', POLLUER],
  ['frozen built-in prototypes', GELER, ''],
  // Frozen on Object.prototype, a property named as one a library assigns on its own objects stops
  // that library (Lit's parts assign `this.type`; valibot's output, each field of the feed): the
  // names added here are not such names.
  [
    'frozen built-in prototypes, and added properties',
    `Object.prototype.extend = function () {}; Array.prototype.remove = function () {};${GELER}`,
    '',
  ],
];

const rendered = (doc: Document, tag: string) => {
  const root = doc.querySelector(tag)?.shadowRoot;
  return root?.querySelector('[part="base"][aria-busy="false"]') ? root : null;
};

for (const [what, before, after] of scenarios) {
  describe(`a page with ${what}`, () => {
    let frame: HTMLIFrameElement;
    afterEach(() => frame?.remove());

    it('shows every element', async () => {
      const src = `${location.origin}/demo/feeds/48-lozere-2021.json`;
      frame = document.createElement('iframe');
      frame.style.width = '1000px';
      frame.srcdoc =
        `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page</title>` +
        `<script>window.__erreurs = []; addEventListener('error', (e) => __erreurs.push(e.message)); ` +
        `addEventListener('unhandledrejection', (e) => __erreurs.push(String(e.reason && e.reason.stack)));</script>` +
        `<script>${before}</script>` +
        `<script type="module">import '${location.origin}/dist/anct-widgets.js'; ${after}</script></head><body>` +
        TAGS.map((tag) => `<${tag} src="${src}"></${tag}>`).join('') +
        `</body></html>`;
      document.body.append(frame);
      const doc = () => frame.contentDocument!;
      const erreurs = () => (frame.contentWindow as unknown as { __erreurs: string[] }).__erreurs;
      await waitUntil(() => erreurs()?.length || TAGS.every((tag) => rendered(doc(), tag)), 'every element rendered', { timeout: 15000 });
      expect(erreurs()).to.deep.equal([]);
      const fiche = rendered(doc(), 'anct-fiche')!;
      await waitUntil(
        () =>
          [...fiche.querySelectorAll(TAGS.join(','))].every((part) => part.shadowRoot?.querySelector('[part="base"][aria-busy="false"]')),
        'every part of the fiche rendered',
        { timeout: 15000 },
      );
      const roots = [
        ...TAGS.map((tag) => rendered(doc(), tag)!),
        ...[...fiche.querySelectorAll(TAGS.join(','))].map((part) => part.shadowRoot!),
      ];
      for (const root of roots) {
        const error = root.querySelector('[part="error"]');
        expect(error?.textContent?.replace(/\s+/g, ' ') ?? null, (root.host as Element).localName).to.equal(null);
        expect(root.querySelector('[part="notice"]'), (root.host as Element).localName).to.equal(null);
      }
      const total = rendered(doc(), 'anct-fibre-table')!
        .querySelector('tfoot')!
        .textContent!.replace(/[\s\u202f]+/g, ' ')
        .trim();
      expect(total).to.equal('TOTAL 70 000 28 400 (41 %)');
      const list = rendered(doc(), 'anct-programme-list')!;
      expect(list.querySelectorAll('[part="item"]')).to.have.length(12);
      expect(list.textContent).to.not.contain('pollué');
    });
  });
}

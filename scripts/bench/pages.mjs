// The pages the bench opens, served from memory: each one leaves its figures in
// `window.__mesure`, a promise, once what it measures is on screen.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';
const root = new URL('../../', import.meta.url).pathname;

/** Long tasks, from navigation on: the observer is the first script of every page. */
const OBSERVER = `<script>
  window.__longTasks = [];
  new PerformanceObserver((l) => window.__longTasks.push(...l.getEntries())).observe({ type: 'longtask', buffered: true });
  window.__taches = () => ({ longTasks: window.__longTasks.length, longTaskMs: window.__longTasks.reduce((s, t) => s + t.duration, 0) });
</script>`;

const page = (head, body = '') =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>bench</title>${OBSERVER}${head}</head><body>${body}</body></html>`;

/** The fibre table as a bare Lit element: fetch, compute the cells, render; nothing else. */
const BARE_LIT = `
import { LitElement, html } from 'lit';
const n = new Intl.NumberFormat('fr-FR');
const p = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });
class BareFibre extends LitElement {
  static properties = { zones: { state: true } };
  connectedCallback() {
    super.connectedCallback();
    fetch(this.getAttribute('src')).then((r) => r.json()).then((f) => (this.zones = f.fibre.zones));
  }
  render() {
    if (!this.zones) return html\`<p>Chargement…</p>\`;
    const total = this.zones.reduce((t, z) => ({ a: t.a + z.locauxADeployer, r: t.r + z.locauxRaccordables }), { a: 0, r: 0 });
    return html\`<table><caption>Fibre</caption><thead><tr><th scope="col">Zone</th><th scope="col">Total des locaux à déployer en FttH</th><th scope="col">Locaux raccordables en FttH à date</th></tr></thead>
      <tbody>\${this.zones.map((z) => html\`<tr><th scope="row">Zone \${z.zone}</th><td>\${n.format(z.locauxADeployer)} (\${p.format(z.locauxADeployer / total.a)})</td><td>\${n.format(z.locauxRaccordables)} (\${p.format(z.locauxRaccordables / z.locauxADeployer)})</td></tr>\`)}</tbody>
      <tfoot><tr><th scope="row">TOTAL</th><td>\${n.format(total.a)}</td><td>\${n.format(total.r)} (\${p.format(total.r / total.a)})</td></tr></tfoot></table>\`;
  }
  updated() {
    if (this.zones) this.dispatchEvent(new CustomEvent('anct-load', { bubbles: true, composed: true }));
  }
}
customElements.define('bare-fibre', BareFibre);`;

const ATTENDRE_CHARGEMENT = `<script>
  window.__mesure = new Promise((resolve) => {
    const tag = location.pathname.match(/(anct-[a-z-]+?)(?:-preload)?\\.html$/)?.[1] ?? 'bare-fibre';
    let defined = null;
    customElements.whenDefined(tag).then(() => (defined = performance.now()));
    document.addEventListener('anct-load', () => resolve({ defined, rendered: performance.now(), ...window.__taches() }), { once: true });
  });
</script>`;

/**
 * A page that shows one element as a commune's page would: its own file (dist/elements/), the
 * element in the HTML, and, with `preload`, the feed asked for by the HTML before the script runs.
 */
function pageElement(tag, preload) {
  const feed = '/dist/feeds/48-lozere-2021.json';
  return page(
    `${ATTENDRE_CHARGEMENT}${preload ? `<link rel="preload" as="fetch" crossorigin="anonymous" href="${feed}">` : ''}` +
      `<script type="module" src="/dist/elements/${tag}.js"></script>`,
    `<${tag} src="${feed}"></${tag}>`,
  );
}

export async function pagesDeMesure(nationalJson, tags) {
  const bare = await build({ stdin: { contents: BARE_LIT, resolveDir: root }, bundle: true, minify: true, format: 'esm', write: false });
  const lozere = JSON.parse(readFileSync(new URL('../../demo/feeds/48-lozere-2021.json', import.meta.url), 'utf8'));
  const cell = (n, part) =>
    `${new Intl.NumberFormat('fr-FR').format(n)}${part === undefined ? '' : ` (${new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(part)})`}`;
  const [amii, rip] = lozere.fibre.zones;
  const staticTable = `<table><caption>Fibre</caption><thead><tr><th scope="col">Zone</th><th scope="col">Total des locaux à déployer en FttH</th><th scope="col">Locaux raccordables en FttH à date</th></tr></thead><tbody>
    <tr><th scope="row">Zone AMII</th><td>${cell(amii.locauxADeployer, 0.15)}</td><td>${cell(amii.locauxRaccordables, 0.64)}</td></tr>
    <tr><th scope="row">Zone RIP</th><td>${cell(rip.locauxADeployer, 0.85)}</td><td>${cell(rip.locauxRaccordables, 0.36)}</td></tr></tbody>
    <tfoot><tr><th scope="row">TOTAL</th><td>${cell(70000)}</td><td>${cell(28400, 0.41)}</td></tr></tfoot></table>`;

  return {
    ...Object.fromEntries(
      tags.flatMap((tag) => [
        [`/bench/${tag}.html`, [HTML, pageElement(tag, false)]],
        [`/bench/${tag}-preload.html`, [HTML, pageElement(tag, true)]],
      ]),
    ),
    '/bench/bare-lit.js': [JS, bare.outputFiles[0].text],
    '/bench/bare-lit.html': [
      HTML,
      page(
        `${ATTENDRE_CHARGEMENT}<script type="module" src="/bench/bare-lit.js"></script>`,
        '<bare-fibre src="/dist/feeds/48-lozere-2021.json"></bare-fibre>',
      ),
    ],
    '/bench/static.html': [
      HTML,
      page(
        `<script>window.__mesure = new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve({ defined: 0, rendered: performance.now(), ...window.__taches() })));</script>`,
        staticTable,
      ),
    ],
    '/bench/national.json': ['application/json', nationalJson],
    '/bench/fiche-render.html': [
      HTML,
      page(
        `<script type="module">
          import { ELEMENTS } from '/dist/anct-widgets.js';
          const TAGS = ELEMENTS.map((e) => e.tag);
          const text = await (await fetch('/dist/feeds/48-lozere-2021.json')).text();
          const drawn = async (el) => {
            await el.updateComplete;
            while (el.shadowRoot.querySelector('[part="base"]').getAttribute('aria-busy') !== 'false') await new Promise((r) => setTimeout(r));
            await el.updateComplete;
            await Promise.all([...el.shadowRoot.querySelectorAll(TAGS.join(', '))].map(drawn));
          };
          // Main-thread work in the elements' updates (validation, render, DOM commit); the waits
          // between them are not work. The browser's style and layout are not in it: it does them
          // between updates, where this page cannot time them.
          let work = 0;
          for (const tag of TAGS) {
            const proto = customElements.get(tag).prototype;
            const performUpdate = proto.performUpdate;
            proto.performUpdate = function () {
              const t = performance.now();
              try {
                return performUpdate.call(this);
              } finally {
                work += performance.now() - t;
              }
            };
          }
          const fiche = async (feed) => {
            work = 0;
            const el = document.createElement('anct-fiche');
            const t0 = performance.now();
            el.feed = feed;
            document.body.append(el);
            await drawn(el);
            const wall = performance.now() - t0;
            el.remove();
            return { work, wall };
          };
          // The page's first fiche meets every function and template for the first time; a
          // second one, from a feed parsed again, is what is left once the engine has compiled
          // the code and Lit has prepared its templates.
          const cold = await fiche(JSON.parse(text));
          const warm = await fiche(JSON.parse(text));
          window.__mesure = Promise.resolve({ renderMs: cold.work, wallMs: cold.wall, warmMs: warm.work });
        </script>`,
      ),
    ],
    '/bench/national.html': [
      HTML,
      page(
        `<script type="module">
          import '/dist/anct-widgets.js';
          const feed = await (await fetch('/bench/national.json')).json();
          await new Promise((r) => setTimeout(r, 50));
          const before = performance.memory.usedJSHeapSize;
          const tasks = window.__longTasks.length;
          const el = document.createElement('anct-programme-list');
          const t0 = performance.now();
          el.feed = feed;
          document.body.append(el);
          await el.updateComplete;
          while (el.shadowRoot.querySelector('[part="base"]').getAttribute('aria-busy') !== 'false') await new Promise((r) => setTimeout(r));
          await el.updateComplete;
          const renderMs = performance.now() - t0;
          // A list refused or broken renders fast: measuring it would say nothing.
          if (el.getAttribute('state') !== 'content') {
            window.__mesure = Promise.reject(new Error('national list not shown: ' + el.shadowRoot.textContent.trim().slice(0, 300)));
            throw new Error('national list not shown');
          }
          const t1 = performance.now();
          el.commune = '48095';
          await el.updateComplete;
          const switchMs = performance.now() - t1;
          await new Promise((r) => setTimeout(r, 100));
          const heapGrowth = performance.memory.usedJSHeapSize - before;
          const longTasks = window.__longTasks.slice(tasks).filter((t) => t.duration > 50).length;
          // Then every place built, as for printing: lists of over 100 places are folded and
          // built only when opened, so the times above do not include them.
          el.commune = null;
          await el.updateComplete;
          const t2 = performance.now();
          window.dispatchEvent(new Event('beforeprint'));
          await el.updateComplete;
          const allPlacesMs = performance.now() - t2;
          const placesInDom = el.shadowRoot.querySelectorAll('.lieux li').length;
          window.dispatchEvent(new Event('afterprint'));
          await new Promise((r) => setTimeout(r, 100));
          window.__mesure = Promise.resolve({
            renderMs,
            switchMs,
            allPlacesMs,
            placesInDom,
            longTasks,
            heapGrowth,
          });
        </script>`,
      ),
    ],
  };
}

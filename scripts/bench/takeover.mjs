// Content before the script, measured: a commune's page (a header, a paragraph, the element, a
// footer) in three versions, each opened in turn, round after round —
//   static     the element's content as plain HTML (dist/html.js's writer), no script
//   fallback   the same HTML inside the element's tag, with the element's own script
//   script     the element's tag empty, with its script: what a page without the content shows
// From navigation: first contentful paint (the browser's 'paint' entry), and on the two pages with
// the script, the layout shift until the element has taken over (the sum of 'layout-shift' values
// without recent input, as Cumulative Layout Shift counts them). The neutral look: a commune's site.
// The page's first paint is its header's too: when the element's content is on screen is given
// beside it, which for the script alone is when the element has drawn.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const HTML = 'text/html; charset=utf-8';
const COMMUNE = '48095';
const FEED = '/dist/feeds/48.json';
/** A desktop window: the footer and what follows the element are in view when they can be. */
export const VIEWPORT = { width: 1280, height: 800 };

/** Paint and layout shifts from navigation on: the first script of every page. */
const OBSERVER = `<script>
  window.__fcp = new Promise((resolve) =>
    new PerformanceObserver((l) => {
      const fcp = l.getEntries().find((e) => e.name === 'first-contentful-paint');
      if (fcp) resolve(fcp.startTime);
    }).observe({ type: 'paint', buffered: true }));
  window.__shift = 0;
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
</script>`;

/**
 * Resolves once the page is done: loaded, the element drawn (if there is one), and a few frames
 * later, so that a shift the takeover causes is counted.
 */
const DONE = `<script>
  window.__mesure = new Promise((resolve) => {
    const frames = (n) => new Promise((r) => (n ? requestAnimationFrame(() => frames(n - 1).then(r)) : r()));
    const drawn = () => {
      const el = document.querySelector('[data-mesure]');
      if (!el || el.getAttribute('state') === 'content') return Promise.resolve(el ? performance.now() : null);
      return new Promise((r) => document.addEventListener('anct-load', () => r(performance.now()), { once: true }));
    };
    window.addEventListener('load', async () => {
      const rendered = await drawn();
      const painted = await new Promise((r) => requestAnimationFrame(() => r(performance.now())));
      await frames(5);
      await new Promise((r) => setTimeout(r, 100));
      resolve({ fcp: await window.__fcp, rendered, painted, cls: window.__shift });
    }, { once: true });
  });
</script>`;

/** A commune's own site: its font, its colours, its layout; no DSFR. */
const STYLE = `<style>
  body { margin: 0; font-family: system-ui, sans-serif; color: #222; background: #fff; }
  header, footer { background: #e8eef4; padding: 1rem 2rem; }
  main { max-width: 60rem; margin: 0 auto; padding: 1rem 2rem; }
</style>`;

function page(head, element) {
  return (
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>Mende — l’ANCT dans la commune</title>${OBSERVER}${STYLE}${DONE}${head}</head><body>` +
    `<header><p><strong>Ville de Mende</strong></p><nav><a href="#">Accueil</a> · <a href="#">Vie municipale</a> · <a href="#">Services</a></nav></header>` +
    `<main><h1>L’ANCT à Mende</h1><p>L’Agence nationale de la cohésion des territoires accompagne la commune : ` +
    `voici les programmes dont elle bénéficie, d’après la fiche territoriale de la Lozère.</p>` +
    `${element}</main><footer><p>Mairie de Mende, 2 place Charles-de-Gaulle, 48000 Mende.</p></footer></body></html>`
  );
}

/** The pages, for `tags`: `/bench/avant/<tag>-<static|fallback|script>.html`. */
export async function pagesAvantScript(root, tags) {
  const { validateFeed } = await import(join(root, 'dist/data.js'));
  const { fallbackHtml } = await import(join(root, 'dist/esm/static/fallback.js'));
  const { feed } = validateFeed(JSON.parse(readFileSync(join(root, FEED), 'utf8')));
  const pages = {};
  for (const tag of tags) {
    const contenu = fallbackHtml(tag, feed, { commune: COMMUNE });
    const script = `<link rel="preload" as="fetch" crossorigin="anonymous" href="${FEED}"><script type="module" src="/dist/elements/${tag}.js"></script>`;
    const balise = (inside) => `<${tag} commune="${COMMUNE}" data-mesure>${inside}</${tag}>`;
    pages[`/bench/avant/${tag}-static.html`] = [HTML, page('', `<div>${contenu}</div>`)];
    pages[`/bench/avant/${tag}-fallback.html`] = [HTML, page(script, balise(`\n${contenu}\n`))];
    pages[`/bench/avant/${tag}-script.html`] = [HTML, page(script, balise(''))];
  }
  return pages;
}

export const VERSIONS = ['static', 'fallback', 'script'];

const mediane = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const resume = (xs) => ({ median: mediane(xs), min: Math.min(...xs), max: Math.max(...xs) });

/**
 * Each tag's three pages, `runs` rounds, the three in turn in each round; for each tag, FCP and
 * layout shift of each version, and the FCP ratios of the two pages with the script to the static one.
 */
export async function mesurerAvantScript(browser, url, tags, runs) {
  const mesure = async (adresse) => {
    const page = await browser.newPage();
    await page.setViewport(VIEWPORT);
    await page.goto(adresse);
    await page.waitForFunction(() => window.__mesure, { timeout: 30000 });
    const m = await page.evaluate(() => window.__mesure);
    await page.close();
    return m;
  };
  const resultats = {};
  for (const tag of tags) {
    const runsDe = Object.fromEntries(VERSIONS.map((v) => [v, []]));
    // Each round starts with another version: the first page of a round is not always the same.
    for (let i = 0; i < runs; i++)
      for (const j of VERSIONS.keys()) {
        const v = VERSIONS[(i + j) % VERSIONS.length];
        runsDe[v].push(await mesure(`${url}/bench/avant/${tag}-${v}.html`));
      }
    // The content is on screen at the first paint where the page holds it; with the script
    // alone, at the frame after the element drew it.
    const contenu = (v, r) => (v === 'script' ? r.painted : r.fcp);
    const versions = Object.fromEntries(
      Object.entries(runsDe).map(([v, rs]) => [
        v,
        { fcp: resume(rs.map((r) => r.fcp)), content: resume(rs.map((r) => contenu(v, r))), cls: resume(rs.map((r) => r.cls)) },
      ]),
    );
    resultats[tag] = {
      ...versions,
      ratios: {
        'fallback / static (FCP)': versions.fallback.fcp.median / versions.static.fcp.median,
        'script / static (FCP)': versions.script.fcp.median / versions.static.fcp.median,
        'script / static (content on screen)': versions.script.content.median / versions.static.content.median,
      },
    };
  }
  return { viewport: VIEWPORT, commune: COMMUNE, feed: FEED, results: resultats };
}

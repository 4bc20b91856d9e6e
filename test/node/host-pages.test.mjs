// Host pages we do not control, in Debian's Chromium, with dist/ as published: a strict
// Content-Security-Policy with Trusted Types, a page that already runs another version of Lit,
// and a page that adds and removes elements a thousand times (no listener, timer, request or
// memory left behind).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { launchChromium } from '../support/chromium.mjs';
import { contentType } from '../support/static-server.mjs';

const root = new URL('../../', import.meta.url).pathname;
const SITE = 'https://prefecture.example';
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
// The elements, as the build's manifest lists them (a browser test checks it against the bundle's list).
const TAGS = JSON.parse(readFileSync(new URL('../../dist/custom-elements.json', import.meta.url), 'utf8'))
  .modules.flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName)
  .map((d) => d.tagName);

/** A page at SITE whose own files are `pages`, and whose /dist/ is the package's. */
async function open(browser, path, pages, headers = {}) {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (!request.url().startsWith(SITE)) return request.abort();
    if (pathname === '/favicon.ico') return request.respond({ status: 204, body: '' });
    if (pages[pathname]) return request.respond({ contentType: contentType(pathname), headers, body: pages[pathname] });
    const file = join(root, pathname);
    if (!pathname.startsWith('/dist/') || !existsSync(file)) return request.respond({ status: 404, body: '' });
    return request.respond({ contentType: contentType(file), headers, body: readFileSync(file) });
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${SITE}${path}`);
  return { page, errors };
}

const html = (body) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page</title>${body}</html>`;

/** Each element's state as a reader sees it: its heading, or its error. */
function states(page) {
  return page.evaluate((tags) => {
    const ready = (el) => el.shadowRoot?.querySelector('[part="base"]')?.getAttribute('aria-busy') === 'false';
    return tags.map((tag) => {
      const el = document.querySelector(tag);
      if (!ready(el)) return `${tag}: pas prêt`;
      const root = el.shadowRoot;
      return `${tag}: ${root.querySelector('[part="error"]') ? 'erreur' : root.querySelector('h1,h2,h3')?.textContent.trim()}`;
    });
  }, TAGS);
}

describe('host pages', () => {
  let browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(() => browser?.close());

  it('a strict CSP with Trusted Types: every element renders, no violation', async () => {
    const elements = TAGS.map((t) => `<${t} src="/dist/feeds/48-lozere-2021.json"></${t}>`).join('');
    const { page, errors } = await open(
      browser,
      '/strict.html',
      { '/strict.html': html(`<script type="module" src="/dist/anct-widgets.js"></script></head><body>${elements}</body>`) },
      { 'content-security-policy': STRICT_CSP },
    );
    await page.waitForFunction(
      (tags) =>
        tags.every((t) => document.querySelector(t)?.shadowRoot?.querySelector('[part="base"]')?.getAttribute('aria-busy') === 'false'),
      { timeout: 10000 },
      TAGS,
    );
    assert.deepEqual((await states(page)).sort(), [
      'anct-accompagnements: Accompagnement sur mesure et plan de relance',
      'anct-fibre-table: France Très Haut Débit',
      'anct-fiche: Fiche territoriale de la Lozère',
      'anct-france-services: Les France Services : Lozère',
      'anct-programme-list: Programmes d’action de l’ANCT : Lozère',
      'anct-saisine-flow: Comment saisir l’ANCT ?',
    ]);
    // Styled, not bare: the constructed style sheets passed the policy. A plain page gets the
    // neutral look, whose header cells are tinted with the page's black text.
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector('anct-fibre-table').shadowRoot.querySelector('thead th')).backgroundColor,
    );
    assert.equal(background, 'color(srgb 0 0 0 / 0.05)');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(errors, []);
  });

  it('a page that already runs another version of Lit: both work', async () => {
    const autre = await build({
      stdin: {
        contents: `import { LitElement, html } from 'lit-2';
          customElements.define('autre-element', class extends LitElement { render() { return html\`<p>Lit 2 ici</p>\`; } });`,
        resolveDir: root,
      },
      bundle: true,
      format: 'esm',
      write: false,
    });
    const { page, errors } = await open(browser, '/deux-lit.html', {
      '/autre.js': autre.outputFiles[0].text,
      '/deux-lit.html': html(
        `<script type="module" src="/autre.js"></script><script type="module" src="/dist/anct-widgets.js"></script></head>
         <body><autre-element></autre-element><anct-fibre-table src="/dist/feeds/48-lozere-2021.json"></anct-fibre-table></body>`,
      ),
    });
    await page.waitForFunction(() => document.querySelector('anct-fibre-table')?.shadowRoot?.querySelector('tfoot'), { timeout: 10000 });
    const [autreText, total] = await page.evaluate(() => [
      document.querySelector('autre-element').shadowRoot.textContent.trim(),
      document.querySelector('anct-fibre-table').shadowRoot.querySelector('tfoot td').textContent.trim(),
    ]);
    assert.equal(autreText, 'Lit 2 ici');
    assert.equal(total.replace(/\s/g, ' '), '70 000');
    assert.deepEqual(errors, []);
  });

  it('a thousand elements added and removed leave no listener, timer, request or memory behind', async () => {
    const { page } = await open(browser, '/va-et-vient.html', {
      '/va-et-vient.html': html(`<script type="module" src="/dist/anct-widgets.js"></script></head><body></body>`),
    });
    // Count the timers the page has pending, whoever set them.
    await page.evaluate(() => {
      const pending = new Set();
      const { setTimeout: set, clearTimeout: clear } = window;
      window.setTimeout = (fn, ms, ...args) => {
        const id = set(() => {
          pending.delete(id);
          if (typeof fn === 'function') fn(...args);
        }, ms);
        pending.add(id);
        return id;
      };
      window.clearTimeout = (id) => {
        pending.delete(id);
        clear(id);
      };
      window.__timers = pending;
    });
    await page.waitForFunction(() => customElements.get('anct-fiche'));
    // Requests still pending, as the page sees them: puppeteer's interception does not always
    // report a request the page cancelled (it answers it anyway), so count fetches in the page.
    await page.evaluate(() => {
      const pending = new Set();
      const fetch = window.fetch;
      window.fetch = (...args) => {
        const request = fetch(...args);
        pending.add(request);
        request.finally(() => pending.delete(request)).catch(() => {});
        return request;
      };
      window.__requests = pending;
    });
    const cdp = await page.createCDPSession();
    const measure = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      let listeners = 0;
      for (const expression of ['window', 'document']) {
        const { result } = await cdp.send('Runtime.evaluate', { expression });
        listeners += (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })).listeners.length;
      }
      return { usedSize, listeners, timers: await page.evaluate(() => window.__timers.size) };
    };

    // One round first, so that what stays for the page's life (the feed, Lit's caches) is there.
    const cycles = (n) =>
      page.evaluate(
        async (tags, n) => {
          for (let i = 0; i < n; i++) {
            const el = document.createElement(tags[i % tags.length]);
            // Half of them leave before their feed has come, half after.
            el.setAttribute('src', i % 2 ? '/dist/feeds/48-lozere-2021.json' : `/dist/feeds/48.json?n=${i}`);
            document.body.append(el);
            if (i % 2) await new Promise((r) => requestAnimationFrame(r));
            el.remove();
          }
          await new Promise((r) => setTimeout(r, 300));
        },
        TAGS,
        n,
      );
    await cycles(20);
    const before = await measure();
    await cycles(1000);
    const after = await measure();

    assert.equal(after.listeners, before.listeners, 'listeners on window and document');
    assert.equal(after.timers, before.timers, 'pending timers');
    assert.equal(await page.evaluate(() => window.__requests.size), 0, 'pending requests');
    const grown = after.usedSize - before.usedSize;
    // 500 distinct feed addresses were loaded: the loader keeps the last 16 (about 0.7 MB here).
    assert.ok(grown < 2_000_000, `heap grew by ${grown} bytes after 1 000 elements`);
  });
});

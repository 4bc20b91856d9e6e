// The example apps of examples/ as an application developer builds them: each installs the packed
// package (npm pack of this tree, dist/ as built), type-checks strictly (tsc, or vue-tsc with
// strictTemplates), builds with Vite, and the built app is opened in Chromium: the commune view
// of Mende, the fibre table from a feed object, anct-load received, one request for the feed,
// and one copy of the data layer in the bundle. The plain TypeScript app is also run under
// `vite` (development) to check that an element with only `commune` says the same thing there
// as in the build. One example after the other: the machine has two cores.
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { chromiumPath, launchChromium } from '../support/chromium.mjs';
import { serve } from '../support/static-server.mjs';

const root = new URL('../../', import.meta.url).pathname;
const EXAMPLES = [
  { name: 'vanilla', typecheck: ['tsc', '--noEmit'] },
  { name: 'react', typecheck: ['tsc', '--noEmit'] },
  { name: 'vue', typecheck: ['vue-tsc', '--noEmit'] },
];

const run = (cwd, cmd, args) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: '1' } });
const bin = (dir, name) => join(dir, 'node_modules', '.bin', name);

describe('the example apps', { skip: !chromiumPath && 'no Chromium (set CHROME_PATH)', timeout: 600_000 }, () => {
  let tmp;
  let tarball;
  let browser;

  before(async (t) => {
    tmp = mkdtempSync(join(tmpdir(), 'anct-examples-'));
    const start = Date.now();
    const [{ filename }] = JSON.parse(run(root, 'npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp]));
    t.diagnostic?.(`npm pack: ${((Date.now() - start) / 1000).toFixed(1)} s`);
    tarball = join(tmp, filename);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  /** Opens `url`, waits for both elements' anct-load, and reads what a visitor sees. */
  async function open(url) {
    // A context of its own: closing it closes its connections, so the server can stop at once.
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const feedRequests = [];
    page.on('request', (r) => {
      // The feed itself, not the module Vite makes of its `?url` import in development.
      const u = new URL(r.url());
      if (/48-lozere-2021[^/]*\.json$/.test(u.pathname) && !u.search) feedRequests.push(r.url());
    });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.waitForFunction(
      () =>
        /anct-programme-list.*anct-fibre-table|anct-fibre-table.*anct-programme-list/.test(
          document.querySelector('#statut')?.textContent ?? '',
        ),
      {
        timeout: 15_000,
      },
    );
    const seen = await page.evaluate(() => {
      const shadow = (tag) => document.querySelector(tag)?.shadowRoot;
      const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
      return {
        statut: text(document.querySelector('#statut')),
        commune: text(shadow('anct-programme-list')?.querySelector('[part~="commune"], .commune') ?? shadow('anct-programme-list')),
        total: [...(shadow('anct-fibre-table')?.querySelectorAll('tfoot th, tfoot td') ?? [])].map(text),
      };
    });
    // An element given only a commune, added by the page: no base for the feeds in a bundle.
    const zeroConfig = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const el = document.createElement('anct-programme-list');
          el.setAttribute('commune', '48095');
          el.addEventListener('anct-error', (e) => resolve({ code: e.detail.code, message: e.detail.message }), { once: true });
          document.body.append(el);
          setTimeout(() => resolve(null), 5000);
        }),
    );
    await context.close();
    return { ...seen, feedRequests, errors, zeroConfig };
  }

  function checkSeen(seen, label) {
    assert.deepEqual(seen.errors, [], `${label}: no error in the page`);
    assert.match(seen.statut, /anct-programme-list \(Lozère\)/, `${label}: anct-load from the programme list`);
    assert.match(seen.statut, /anct-fibre-table \(Lozère\)/, `${label}: anct-load from the fibre table`);
    assert.match(seen.commune, /Mende bénéficie de \d+ programmes? de l.ANCT/, `${label}: the commune view of Mende`);
    assert.deepEqual(seen.total, ['TOTAL', '70 000', '28 400 (41 %)'], `${label}: the fibre table from the feed object`);
    assert.equal(seen.feedRequests.length, 1, `${label}: one request for the feed: ${seen.feedRequests.join(', ')}`);
    assert.equal(seen.zeroConfig?.code, 'no-source', `${label}: an element with only a commune says it needs src`);
    assert.match(seen.zeroConfig.message, /src.*feeds-base/, label);
  }

  for (const example of EXAMPLES) {
    it(`${example.name}: installs the packed package, type-checks strictly, builds, renders`, async (t) => {
      const dir = join(root, 'examples', example.name);
      const step = (label, fn) => {
        const start = Date.now();
        const result = fn();
        t.diagnostic(`${label}: ${((Date.now() - start) / 1000).toFixed(1)} s`);
        return result;
      };
      // The example's own dependencies as its lock file gives them (kept between runs: the
      // lock file decides), then the package as packed, not saved into its package.json.
      if (!existsSync(join(dir, 'node_modules', '.bin', 'vite')))
        step('npm ci', () => run(dir, 'npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline']));
      step('npm install anct-widgets.tgz', () =>
        run(dir, 'npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', tarball]),
      );
      step(example.typecheck.join(' '), () => run(dir, bin(dir, example.typecheck[0]), example.typecheck.slice(1)));
      const out = join(tmp, `dist-${example.name}`);
      step('vite build', () => run(dir, bin(dir, 'vite'), ['build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn']));

      // One data layer: the loader's messages are in the bundle once, not once per entry.
      const assets = readdirSync(join(out, 'assets')).filter((f) => f.endsWith('.js'));
      const code = assets.map((f) => readFileSync(join(out, 'assets', f), 'utf8')).join('\n');
      assert.equal(code.split('Le fichier de données est introuvable').length - 1, 1, 'one copy of the data layer');
      assert.equal(code.split('customElements.define(').length - 1, 1, 'one copy of the registration');

      const server = await serve(out);
      try {
        const start = Date.now();
        checkSeen(await open(`${server.url}/`), `${example.name} (vite build)`);
        t.diagnostic(`built app in Chromium: ${((Date.now() - start) / 1000).toFixed(1)} s`);
      } finally {
        const start = Date.now();
        await server.close();
        t.diagnostic(`server closed: ${((Date.now() - start) / 1000).toFixed(1)} s`);
      }

      if (example.name === 'vanilla') {
        // The same app under the development server.
        const dev = spawn(bin(dir, 'vite'), ['--host', '127.0.0.1', '--port', '0', '--strictPort', 'false'], {
          cwd: dir,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        try {
          const url = await new Promise((resolve, reject) => {
            let text = '';
            dev.stdout.on('data', (d) => {
              text += d;
              const m = stripVTControlCharacters(text).match(/http:\/\/127\.0\.0\.1:\d+\//);
              if (m) resolve(m[0]);
            });
            dev.on('exit', (c) => reject(new Error(`vite exited ${c}: ${text}`)));
            setTimeout(() => reject(new Error(`vite did not start: ${text}`)), 30_000);
          });
          const start = Date.now();
          checkSeen(await open(url), 'vanilla (vite)');
          t.diagnostic(`app under vite in Chromium: ${((Date.now() - start) / 1000).toFixed(1)} s`);
        } finally {
          dev.kill();
        }
      }
    });
  }
});

// A commune's page holding what `anct-widgets html` prints and the script, read in Chromium with
// JavaScript off, as a visitor without it or a crawler reads it: the content is there, laid out,
// headings and tables included; with JavaScript on, the element shows the same headings.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../support/chromium.mjs';
import { run } from '../support/html-cases.mjs';
import { serve } from '../support/static-server.mjs';

const root = new URL('../../', import.meta.url).pathname;

describe('the fallback with JavaScript off', () => {
  let server;
  let browser;
  before(async () => {
    const { stdout } = await run(['html', 'anct-fiche', '--commune', '48095']);
    const page = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mende</title>
<script type="module" src="/dist/anct-widgets.js"></script></head><body><main>${stdout}</main></body></html>`;
    server = await serve(root, { '/mende.html': ['text/html; charset=utf-8', page] });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The headings a reader sees (laid out), through the element's shadow roots when it runs. */
  const headings = () =>
    (function walk(root) {
      return [...root.querySelectorAll('*')].flatMap((el) => [
        ...(/^H[1-6]$/.test(el.tagName) && el.getClientRects().length ? [el.textContent.replace(/[\s\u2066-\u2069]+/g, ' ').trim()] : []),
        ...(el.shadowRoot ? walk(el.shadowRoot) : []),
      ]);
    })(document);

  it('shows the fiche without JavaScript, and the element shows the same headings with it', async () => {
    const off = await browser.newPage();
    await off.setJavaScriptEnabled(false);
    await off.goto(`${server.url}/mende.html`);
    const sansScript = await off.evaluate(headings);
    assert.ok(sansScript.length > 10, sansScript.join(' | '));
    assert.equal(sansScript[0], 'Programmes de l’ANCT : Lozère');
    assert.ok(sansScript.includes('France Très Haut Débit'));
    const tables = await off.evaluate(
      () => [...document.querySelectorAll('table caption')].filter((c) => c.getClientRects().length).length,
    );
    assert.ok(tables >= 2, `${tables} tables`);
    assert.equal(await off.evaluate(() => document.querySelector('anct-fiche').textContent.includes('Données du 19 mai 2021')), true);

    const on = await browser.newPage();
    await on.goto(`${server.url}/mende.html`);
    await on.waitForFunction(() => document.querySelector('anct-fiche').getAttribute('state') === 'content', { timeout: 15000 });
    await on.waitForFunction(
      () =>
        [...document.querySelector('anct-fiche').shadowRoot.querySelectorAll('anct-programme-list, anct-fibre-table')].every(
          (e) => e.getAttribute('state') === 'content',
        ),
      { timeout: 15000 },
    );
    // The element's headings, and the fallback's no longer laid out.
    assert.deepEqual(await on.evaluate(headings), sansScript);
  });
});

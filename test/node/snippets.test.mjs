// Tried as a new user would: a plain page holding nothing but one of the README's published
// snippets, on a site of its own, with the package's dist/ served where the snippet says it is
// (https://votre-site.fr/anct-widgets/), in Debian's Chromium.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../support/chromium.mjs';
import { contentType } from '../support/static-server.mjs';

const root = new URL('../../', import.meta.url).pathname;
const PACKAGE = 'https://votre-site.fr/anct-widgets/';
const PAGE = 'https://www.mairie-exemple.fr/la-commune.html';

/** The README's snippet marked `<!-- snippet:NAME -->`. */
function snippet(name) {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const match = readme.match(new RegExp(`<!-- snippet:${name} -->\\s*\`\`\`html\\n([\\s\\S]*?)\`\`\``));
  assert.ok(match, `README has a snippet:${name}`);
  return match[1];
}

async function open(browser, body) {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url === PAGE) {
      return request.respond({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Ma commune</title></head><body>${body}</body></html>`,
      });
    }
    if (url.startsWith(PACKAGE)) {
      const file = join(root, 'dist', decodeURIComponent(new URL(url).pathname.slice('/anct-widgets/'.length)));
      if (!existsSync(file)) return request.respond({ status: 404, body: '' });
      return request.respond({
        contentType: contentType(file),
        headers: { 'access-control-allow-origin': '*' },
        body: readFileSync(file),
      });
    }
    return request.abort();
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(PAGE);
  return { page, errors };
}

/** The fibre table's rows as a reader reads them, from whichever document holds it. */
async function fibreRows(frame) {
  await frame.waitForFunction(() => document.querySelector('anct-fibre-table')?.shadowRoot?.querySelector('tfoot'), { timeout: 10000 });
  return frame.evaluate(() =>
    [...document.querySelector('anct-fibre-table').shadowRoot.querySelectorAll('tbody tr, tfoot tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent.replace(/\s+/g, ' ').trim()),
    ),
  );
}

const SEED_ROWS = [
  ['Zone AMII', '10 500 (15 %)', '6 700 (64 %)'],
  ['Zone RIP', '59 500 (85 %)', '21 700 (36 %)'],
  ['TOTAL', '70 000', '28 400 (41 %)'],
];

describe('the README’s snippets on a plain page', () => {
  let browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(() => browser?.close());

  it('module script: the fibre table with the seed’s numbers', async () => {
    const { page, errors } = await open(browser, snippet('module'));
    assert.deepEqual(await fibreRows(page.mainFrame()), SEED_ROWS);
    assert.deepEqual(errors, []);
  });

  it('classic script: the same', async () => {
    const { page, errors } = await open(browser, snippet('classic'));
    assert.deepEqual(await fibreRows(page.mainFrame()), SEED_ROWS);
    assert.deepEqual(errors, []);
  });

  it('iframe: the same, inside, and the host script sizes the iframe', async () => {
    const { page, errors } = await open(browser, snippet('iframe'));
    const handle = await page.waitForSelector('iframe[data-anct-widgets]');
    const frame = await handle.contentFrame();
    assert.deepEqual(await fibreRows(frame), SEED_ROWS);
    // The embed page reports its height as it changes: first while loading, then with the table.
    // Wait for the table's, not merely for a first change from the first height (700).
    await page.waitForFunction(
      () => {
        const height = document.querySelector('iframe').getAttribute('height');
        return height !== '700' && Number(height) > 300;
      },
      { timeout: 10000 },
    );
    const height = Number(await page.evaluate(() => document.querySelector('iframe').getAttribute('height')));
    assert.ok(height > 300 && height < 1500, `${height}px`);
    assert.equal(await page.evaluate(() => document.querySelector('iframe').title), 'Déploiement de la fibre optique en Lozère');
    // It fills its column, by CSS: the body's width, not the 300 pixels of an iframe without one.
    const [iframeWidth, bodyWidth] = await page.evaluate(() =>
      [document.querySelector('iframe'), document.body].map((e) => e.getBoundingClientRect().width),
    );
    assert.equal(iframeWidth, bodyWidth);
    assert.deepEqual(errors, []);
  });
});

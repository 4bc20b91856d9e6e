// What a webmaster pastes is valid HTML, as the Nu HTML Checker (the W3C's validator, vnu.jar
// from npm, run with the machine's Java) reads it: the README's snippets, and every snippet the
// configurator writes (each element, each form, with a commune and without), each inside a
// minimal page; and the iframe embed page itself. A width="100%" on an iframe, say, fails here.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../support/chromium.mjs';
import { serve } from '../support/static-server.mjs';

const root = new URL('../../', import.meta.url).pathname;
const vnu = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
const page = (body) =>
  `<!doctype html>\n<html lang="fr"><head><meta charset="utf-8"><title>La commune</title></head><body>\n${body}\n</body></html>\n`;

/** The checker's errors and warnings for each file, by file name: one Java run for them all. */
function check(files) {
  const dir = mkdtempSync(join(tmpdir(), 'anct-html-'));
  try {
    const paths = Object.entries(files).map(([name, html]) => {
      writeFileSync(join(dir, `${name}.html`), html);
      return join(dir, `${name}.html`);
    });
    let out;
    try {
      out = execFileSync('java', ['-jar', vnu, '--format', 'json', '--also-check-css', ...paths], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      // The checker exits 1 when it finds errors; its report is on stderr either way.
      out = error.stderr || error.stdout;
    }
    const report = JSON.parse(out || '{"messages":[]}');
    const parFichier = Object.fromEntries(Object.keys(files).map((n) => [n, []]));
    for (const m of report.messages ?? []) {
      if (m.type === 'info' && m.subType !== 'warning') continue;
      const name = (m.url ?? '')
        .split('/')
        .pop()
        .replace(/\.html$/, '');
      (parFichier[name] ??= []).push(`${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message} « ${m.extract ?? ''} »`);
    }
    return parFichier;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('Nu HTML Checker', () => {
  let server;
  let browser;
  before(async () => {
    server = await serve(root);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds nothing in the README’s snippets', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const snippets = Object.fromEntries(
      [...readme.matchAll(/<!-- snippet:([a-z-]+) -->\s*```html\n([\s\S]*?)```/g)].map(([, name, html]) => [`readme-${name}`, page(html)]),
    );
    assert.ok(Object.keys(snippets).length >= 3, 'the module, classic and iframe snippets');
    assert.deepEqual(check(snippets), Object.fromEntries(Object.keys(snippets).map((n) => [n, []])));
  });

  it('finds nothing in any snippet the configurator writes, nor in the embed page', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${server.url}/demo/configurator.html`);
    const snippets = await tab.evaluate(async () => {
      const { AVEC_CONTENU, contenuPour, extraitPour } = await import('/demo/configurator.js');
      const { ELEMENTS } = await import('/dist/anct-widgets.js');
      const sorties = {};
      for (const { tag } of ELEMENTS)
        for (const forme of ['module', 'classique', 'iframe', 'contenu', 'html'])
          for (const [lieu, commune] of [
            ['departement', undefined],
            ['commune', '48095'],
          ]) {
            const config = {
              element: tag,
              forme,
              feed: '48',
              commune,
              communeNom: commune && 'Mende',
              headingLevel: '3',
              look: 'neutre',
              theme: 'dark',
            };
            const complete = { ...config, base: 'https://cdn.jsdelivr.net/npm/anct-widgets@0.1.0/dist/' };
            sorties[`${tag}-${forme}-${lieu}`] = extraitPour(complete, AVEC_CONTENU.has(forme) ? await contenuPour(complete) : '');
          }
      return sorties;
    });
    await tab.close();
    const { ELEMENTS } = await import(join(root, 'dist/esm/elements.js'));
    assert.equal(Object.keys(snippets).length, ELEMENTS.length * 5 * 2, 'each element, each form, with a commune and without');
    const files = Object.fromEntries(Object.entries(snippets).map(([n, html]) => [n, page(html)]));
    files['embed-page'] = readFileSync(join(root, 'dist/embed.html'), 'utf8');
    const found = check(files);
    assert.deepEqual(found, Object.fromEntries(Object.keys(files).map((n) => [n, []])));
    assert.ok(
      Object.values(snippets).some((s) => s.includes('<iframe')),
      'iframe snippets were checked',
    );
  });
});

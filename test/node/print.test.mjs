// Printing the fiche as a reader would: Chromium renders demo/fiche.html to an A4 PDF, and the
// PDF is read back with poppler (pdfinfo, pdftotext, pdftoppm) for its pages, text and colours.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../support/chromium.mjs';
import { lisible } from '../support/lisible.mjs';
import { serve } from '../support/static-server.mjs';

const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'anct-print-'));
/** The seed's figures, from the list the browser tests read too. */
function seedFacts() {
  const { figures } = JSON.parse(readFileSync(join(root, 'test/support/seed-facts.json'), 'utf8'));
  return Object.values(figures).flat();
}

async function printFiche(browser, url) {
  const page = await browser.newPage();
  await page.goto(url);
  // Ready when every part has drawn: the flow's connectors are the last to come.
  await page.waitForFunction(
    () => {
      const fiche = document.querySelector('anct-fiche');
      const saisine = fiche?.shadowRoot?.querySelector('anct-saisine-flow');
      return saisine?.shadowRoot?.querySelectorAll('.connectors path').length === 10;
    },
    { timeout: 15000 },
  );
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.close();
  const file = join(dir, `fiche-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

const pages = (pdf) => Number(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)[1]);
const text = (pdf) => execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });

/** Mean brightness (0–255) of the first page, read from a small PPM rendering. */
function brightness(pdf) {
  const out = join(dir, 'page');
  execFileSync('pdftoppm', ['-r', '20', '-f', '1', '-l', '1', pdf, out]);
  const ppm = readFileSync(`${out}-1.ppm`);
  const header = ppm.toString('latin1', 0, 20).match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  const pixels = ppm.subarray(header[0].length);
  let sum = 0;
  for (const byte of pixels) sum += byte;
  return sum / pixels.length;
}

describe('printing <anct-fiche>', () => {
  let server;
  let browser;
  let light;
  let dark;

  before(async () => {
    server = await serve(root);
    browser = await launchChromium();
    light = await printFiche(browser, `${server.url}/demo/fiche.html`);
    dark = await printFiche(browser, `${server.url}/demo/fiche.html?theme=dark`);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('gives a few A4 pages', () => {
    const n = pages(light);
    assert.ok(n >= 3 && n <= 10, `${n} pages`);
    assert.match(execFileSync('pdfinfo', [light], { encoding: 'utf8' }), /Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/);
  });

  it('prints every figure of the seed, the folded places and the whole table', () => {
    const printed = lisible(text(light));
    const missing = seedFacts().filter((f) => !printed.includes(lisible(f)));
    assert.deepEqual(missing, [], 'seed figures missing from the PDF');
    for (const place of ['Villefort', 'Saint-Germain-du-Teil', 'Grandrieu']) assert.ok(printed.includes(lisible(place)), place);
    for (const cell of ['Locaux raccordables en FttH à date', '28 400 (41 %)', 'Zone RIP']) assert.ok(printed.includes(lisible(cell)), cell);
  });

  it('prints links with their address, and nothing that only works on screen', () => {
    const printed = text(light).replace(/\s+/g, ' ');
    assert.match(printed, /Page du programme Pass numériques \(https:\/\/www\.societenumerique\.gouv\.fr\/?\)/);
    for (const screenOnly of ['Imprimer la fiche', 'Télécharger les données', 'Voir les 12 lieux', 'Sommaire', 'Chargement']) {
      assert.ok(!printed.includes(screenOnly), `"${screenOnly}" is not printed`);
    }
  });

  it('prints light even when the screen is dark', () => {
    assert.equal(pages(dark), pages(light));
    assert.ok(brightness(light) > 200, `light page brightness ${brightness(light)}`);
    assert.ok(brightness(dark) > 200, `dark-screen page brightness ${brightness(dark)}`);
  });
});

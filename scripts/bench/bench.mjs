#!/usr/bin/env node
// npm run bench: builds, then measures and prints what the widgets cost a visitor — bytes
// (raw, gzip, brotli) of each published file and of each element's own entry; in headless
// Chromium, per element, time to defined and to rendered, long tasks and JS heap (median and
// range of RUNS runs), the whole fiche's render once its feed is parsed, a national-scale
// programme list built from the real open data, and baselines measured in the same run (the
// fibre table as static HTML and as a bare Lit element) with the ratios. Writes
// bench/results/latest.json (and a dated copy) so that two runs can be compared.
// Figures only: nothing here passes or fails; the machine is shared and noisy.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { launchChromium } from '../../test/support/chromium.mjs';
import { serve } from '../../test/support/static-server.mjs';
import { pagesDeMesure } from './pages.mjs';

const root = new URL('../../', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });

// The elements, as the build's manifest lists them (itself made from the classes the bundle registers).
const manifest = JSON.parse(readFileSync(join(root, 'dist/custom-elements.json'), 'utf8'));
const DECLARES = manifest.modules.flatMap((m) =>
  (m.declarations ?? []).filter((d) => d.tagName).map((d) => ({ tag: d.tagName, fichier: m.path, classe: d.name })),
);
const TAGS = DECLARES.map((d) => d.tag);

// ---- Bytes ----------------------------------------------------------------------------------
const poids = (buffer) => ({ raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length, brotli: brotliCompressSync(buffer).length });
const fichiers = ['dist/anct-widgets.js', 'dist/anct-widgets.iife.js', 'dist/data.js', 'dist/embed-host.js', 'dist/feeds/48-lozere-2021.json', 'dist/feeds/48.json'];
const octets = Object.fromEntries(fichiers.map((f) => [f, poids(readFileSync(join(root, f)))]));

/** Each element alone, as its own entry: the class, registered, with what it needs. */
async function entree(fichier, classe, tag) {
  const bundle = await rollup({
    input: 'entree',
    plugins: [
      {
        name: 'entree',
        resolveId: (id) => (id === 'entree' ? id : null),
        load: (id) =>
          id === 'entree' ? `import { ${classe} } from '${join(root, fichier)}'; customElements.define('${tag}', ${classe});` : null,
      },
      nodeResolve({ browser: true }),
      esbuild({ target: 'es2022', tsconfig: join(root, 'tsconfig.json'), define: { __ANCT_DESCRIPTIONS__: 'false' } }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  return poids(Buffer.from(output[0].code));
}
const entrees = {};
for (const { tag, fichier, classe } of DECLARES) entrees[tag] = await entree(fichier, classe, tag);

// ---- The national-scale feed, from the real open data ---------------------------------------
const feeds = join(root, 'demo/feeds');
const national = {
  version: 1,
  territoire: { type: 'departement', code: '00', nom: 'France', region: { code: '00', nom: 'France' } },
  edition: { titre: 'Banc d’essai : France Services et Petites villes de demain, toute la France', date: '2024-08-07' },
  programmes: [],
  communes: {},
};
for (const f of readdirSync(feeds).filter((f) => /^(\d{2,3}|2[AB])\.json$/.test(f)).sort()) {
  const feed = JSON.parse(readFileSync(join(feeds, f), 'utf8'));
  Object.assign(national.communes, feed.communes);
  for (const id of ['france-services', 'petites-villes-de-demain']) {
    const p = feed.programmes.find((x) => x.id === id);
    if (!p) continue;
    let cible = national.programmes.find((x) => x.id === id);
    if (!cible) national.programmes.push((cible = { ...p, chiffres: [], lieux: [] }));
    cible.lieux.push(...p.lieux);
  }
}
for (const p of national.programmes) p.chiffres = [{ valeur: p.lieux.length, libelle: 'lieux' }];
national.territoire.code = '48'; // the commune switch below stays within "its" département
const nationalJson = JSON.stringify(national);
const nombreLieux = national.programmes.reduce((n, p) => n + p.lieux.length, 0);

// ---- Browser --------------------------------------------------------------------------------
const server = await serve(root, await pagesDeMesure(nationalJson));
const browser = await launchChromium(['--enable-precise-memory-info']);

const mediane = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const resume = (xs) => ({ median: mediane(xs), min: Math.min(...xs), max: Math.max(...xs) });

async function mesurer(url, attendre) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await page.goto(url);
  await page.waitForFunction(() => window.__mesure, { timeout: 30000 });
  const mesure = await page.evaluate(attendre);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await page.close();
  return { ...mesure, heap: usedSize };
}

/** Each page once per round, round after round: a drift of the machine touches them all alike. */
async function series(urls, attendre) {
  const runs = Object.fromEntries(Object.keys(urls).map((k) => [k, []]));
  for (let i = 0; i < RUNS; i++) for (const [k, url] of Object.entries(urls)) runs[k].push(await mesurer(url, attendre));
  return Object.fromEntries(
    Object.entries(runs).map(([k, rs]) => {
      const champ = (c) => resume(rs.map((r) => r[c]));
      return [k, { defined: champ('defined'), rendered: champ('rendered'), longTasks: champ('longTasks'), longTaskMs: champ('longTaskMs'), heap: champ('heap') }];
    }),
  );
}

/** In the page: wait for the element's content, and read the timings from navigation start. */
const attendreElement = () => window.__mesure;

const BASELINES = { 'static HTML table': `${server.url}/bench/static.html`, 'bare Lit element': `${server.url}/bench/bare-lit.html` };
const mesures = await series(
  { ...Object.fromEntries(TAGS.map((tag) => [tag, `${server.url}/bench/element.html?tag=${tag}`])), ...BASELINES },
  attendreElement,
);
const elements = Object.fromEntries(TAGS.map((tag) => [tag, mesures[tag]]));
const baselines = Object.fromEntries(Object.keys(BASELINES).map((k) => [k, mesures[k]]));

// The whole fiche, its feed already parsed: main-thread time from setting it to every part drawn.
const ficheRender = [];
const ficheWall = [];
const nationalRuns = [];
for (let i = 0; i < RUNS; i++) {
  const fiche = await mesurer(`${server.url}/bench/fiche-render.html`, () => window.__mesure);
  ficheRender.push(fiche.renderMs);
  ficheWall.push(fiche.wallMs);
  nationalRuns.push(await mesurer(`${server.url}/bench/national.html`, () => window.__mesure));
}
await browser.close();
await server.close();

const resultats = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
  runs: RUNS,
  bytes: { files: octets, elementEntries: entrees },
  elements,
  baselines,
  ratios: {
    'anct-fibre-table / bare Lit element (rendered)': elements['anct-fibre-table'].rendered.median / baselines['bare Lit element'].rendered.median,
    'anct-fibre-table / static HTML (rendered)': elements['anct-fibre-table'].rendered.median / baselines['static HTML table'].rendered.median,
  },
  fiche: { workMs: resume(ficheRender), wallMs: resume(ficheWall) },
  national: {
    places: nombreLieux,
    jsonBytes: nationalJson.length,
    renderMs: resume(nationalRuns.map((r) => r.renderMs)),
    communeSwitchMs: resume(nationalRuns.map((r) => r.switchMs)),
    allPlacesBuiltMs: resume(nationalRuns.map((r) => r.allPlacesMs)),
    placesInDom: nationalRuns[0].placesInDom,
    longTasksOver50ms: resume(nationalRuns.map((r) => r.longTasks)),
    heapGrowthBytes: resume(nationalRuns.map((r) => r.heapGrowth)),
  },
};

mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/latest.json'), `${JSON.stringify(resultats, null, 2)}\n`);
writeFileSync(join(root, `bench/results/${resultats.date.slice(0, 19).replace(/:/g, '-')}.json`), `${JSON.stringify(resultats, null, 2)}\n`);

// ---- Print ----------------------------------------------------------------------------------
const ko = (n) => `${(n / 1000).toFixed(1)} kB`;
const ms = (s) => `${s.median.toFixed(1)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
const mb = (s) => `${(s.median / 1e6).toFixed(1)} MB`;
console.log(`\nanct-widgets bench — ${resultats.date} — ${resultats.machine.cpus} cores, ${resultats.machine.model}, Node ${process.version}, ${RUNS} runs\n`);
console.log('Bytes                                  raw        gzip      brotli');
for (const [f, b] of Object.entries(octets)) console.log(`  ${f.padEnd(34)} ${ko(b.raw).padStart(9)} ${ko(b.gzip).padStart(10)} ${ko(b.brotli).padStart(10)}`);
for (const [t, b] of Object.entries(entrees)) console.log(`  ${(`${t} alone`).padEnd(34)} ${ko(b.raw).padStart(9)} ${ko(b.gzip).padStart(10)} ${ko(b.brotli).padStart(10)}`);
console.log('\nIn Chromium, from navigation   defined                  rendered                 long tasks  heap');
for (const [t, r] of [...Object.entries(elements), ...Object.entries(baselines)]) {
  console.log(`  ${t.padEnd(28)} ${ms(r.defined).padEnd(24)} ${ms(r.rendered).padEnd(24)} ${String(r.longTasks.median).padEnd(11)} ${mb(r.heap)}`);
}
for (const [k, v] of Object.entries(resultats.ratios)) console.log(`  ratio ${k}: ${v.toFixed(2)}`);
console.log(
  `\nWhole Lozère fiche, feed parsed → every part drawn: ${ms(resultats.fiche.workMs)} in the elements' updates ` +
    `(style and layout not included), ${ms(resultats.fiche.wallMs)} from start to end`,
);
const n = resultats.national;
console.log(
  `National list (${n.places} places, ${ko(n.jsonBytes)} of JSON): render ${ms(n.renderMs)}, commune switch ${ms(n.communeSwitchMs)}, ` +
    `long tasks over 50 ms: ${n.longTasksOver50ms.median}, heap growth ${mb(n.heapGrowthBytes)} (${(n.heapGrowthBytes.median / n.jsonBytes).toFixed(2)}× the JSON); ` +
    `its folded lists then all built (${n.placesInDom} places in the page, as for printing): ${ms(n.allPlacesBuiltMs)}`,
);
console.log('\nWritten to bench/results/latest.json');

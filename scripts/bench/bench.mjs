#!/usr/bin/env node
// npm run bench: builds, then measures and prints what the widgets cost a visitor — bytes
// (raw, gzip, brotli) of each published file, and in each file, each dependency's share; in
// headless Chromium, per element's own file (dist/elements/), from navigation: time to defined
// and to rendered, with and without the feed preloaded, long tasks and JS heap (median and range
// of RUNS runs); the whole fiche's update time once its feed is parsed, first on its page and
// again; a national-scale programme list built from the real open data; and baselines measured
// in the same run (the fibre table as static HTML and as a bare Lit element) with the ratios;
// content before the script (takeover.mjs): a commune's page with the element's content as its
// fallback, against the same HTML as a static page and against the script alone, first contentful
// paint and the layout shift when the element takes over.
// Writes bench/results/latest.json (and a dated copy) so that two runs can be compared, and
// docs/bench.md (markdown.mjs), the figures a reader finds linked from the README.
// Figures only: nothing here passes or fails; the machine is shared and noisy.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { minify } from 'terser';
import esbuild from 'rollup-plugin-esbuild';
import { launchChromium } from '../../test/support/chromium.mjs';
import { elementEntries, elementInput } from '../elements.mjs';
import { serve } from '../../test/support/static-server.mjs';
import { markdown } from './markdown.mjs';
import { pagesDeMesure } from './pages.mjs';
import { mesurerAvantScript, pagesAvantScript } from './takeover.mjs';

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
const fichiers = [
  'dist/anct-widgets.js',
  'dist/anct-widgets.iife.js',
  ...readdirSync(join(root, 'dist/elements'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `dist/elements/${f}`),
  'dist/data.js',
  'dist/embed.js',
  'dist/embed-host.js',
  'dist/feeds/48-lozere-2021.json',
  'dist/feeds/48.json',
];
const octets = Object.fromEntries(fichiers.map((f) => [f, poids(readFileSync(join(root, f)))]));

/**
 * What each dependency weighs in a file: the file's entry bundled again with the same plugins,
 * each module minified and compressed alone, summed by package (src/ by folder). Modules compress
 * better together, so the shares add up to more than the file: read them as shares.
 */
async function parDependance(entree) {
  const bundle = await rollup({
    input: entree.startsWith('src/') ? join(root, entree) : entree,
    plugins: [
      elementEntries(),
      nodeResolve({ browser: true }),
      esbuild({ target: 'es2022', tsconfig: join(root, 'tsconfig.json'), define: { __ANCT_DESCRIPTIONS__: 'false' } }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  const parts = {};
  for (const [id, module] of Object.entries(output[0].modules)) {
    if (!module.code) continue;
    // Alone, a module's top-level names look unused: mangle them, compress nothing away.
    const code = (await minify(module.code, { module: true, compress: false })).code ?? '';
    // The element's own entry, written by scripts/elements.mjs, has no file.
    const nom = id.startsWith('\0')
      ? 'entry'
      : id.includes('node_modules/')
        ? id
            .split('node_modules/')
            .at(-1)
            .split('/')
            .slice(0, id.includes('node_modules/@') ? 2 : 1)
            .join('/')
        : id.replace(root, '').split('/').slice(0, 2).join('/');
    parts[nom] = (parts[nom] ?? 0) + brotliCompressSync(code).length;
  }
  return Object.fromEntries(Object.entries(parts).sort((a, b) => b[1] - a[1]));
}
const ENTREES = {
  'dist/anct-widgets.js': 'src/entries/standalone.ts',
  ...Object.fromEntries(TAGS.map((tag) => [`dist/elements/${tag}.js`, elementInput(tag)])),
};
const dependances = {};
for (const [fichier, entree] of Object.entries(ENTREES)) dependances[fichier] = await parDependance(entree);

// ---- The national-scale feed, from the real open data ---------------------------------------
const feeds = join(root, 'dist/feeds');
const national = {
  version: 1,
  territoire: { type: 'departement', code: '00', nom: 'France', region: { code: '00', nom: 'France' } },
  edition: { titre: 'Banc d’essai : France Services et Petites villes de demain, toute la France', date: '2024-08-07' },
  programmes: [],
  communes: {},
};
for (const f of readdirSync(feeds)
  .filter((f) => /^(\d{2,3}|2[AB])\.json$/.test(f))
  .sort()) {
  const feed = JSON.parse(readFileSync(join(feeds, f), 'utf8'));
  Object.assign(national.communes, feed.communes);
  for (const id of ['france-services', 'petites-villes-de-demain']) {
    const p = feed.programmes.find((x) => x.id === id);
    if (!p) continue;
    let cible = national.programmes.find((x) => x.id === id);
    if (!cible) national.programmes.push((cible = { ...p, chiffres: [], lieux: [] }));
    // Each place as the national list would give it: name, commune, address, phone. The France
    // Services hours (about 50 values a site) would take the list past the validator's bound
    // (VALEURS_MAX), which refuses it before it can block the page.
    cible.lieux.push(...p.lieux.map(({ nom, commune, adresse, telephone }) => ({ nom, commune, adresse, telephone })));
  }
}
for (const p of national.programmes) p.chiffres = [{ valeur: p.lieux.length, libelle: 'lieux' }];
national.territoire.code = '48'; // the commune switch below stays within "its" département
const nationalJson = JSON.stringify(national);
const nombreLieux = national.programmes.reduce((n, p) => n + p.lieux.length, 0);

// ---- Browser --------------------------------------------------------------------------------
/** Every element, measured with its content before the script. */
const AVANT = TAGS;
const server = await serve(root, { ...(await pagesDeMesure(nationalJson, TAGS)), ...(await pagesAvantScript(root, AVANT)) });
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
      return [
        k,
        {
          defined: champ('defined'),
          rendered: champ('rendered'),
          longTasks: champ('longTasks'),
          longTaskMs: champ('longTaskMs'),
          heap: champ('heap'),
        },
      ];
    }),
  );
}

/** In the page: wait for the element's content, and read the timings from navigation start. */
const attendreElement = () => window.__mesure;

const BASELINES = { 'static HTML table': `${server.url}/bench/static.html`, 'bare Lit element': `${server.url}/bench/bare-lit.html` };
const mesures = await series(
  {
    ...Object.fromEntries(
      TAGS.flatMap((tag) => [
        [tag, `${server.url}/bench/${tag}.html`],
        [`${tag} + preload`, `${server.url}/bench/${tag}-preload.html`],
      ]),
    ),
    ...BASELINES,
  },
  attendreElement,
);
const elements = Object.fromEntries(
  TAGS.flatMap((tag) => [
    [tag, mesures[tag]],
    [`${tag} + preload`, mesures[`${tag} + preload`]],
  ]),
);
const baselines = Object.fromEntries(Object.keys(BASELINES).map((k) => [k, mesures[k]]));

// The whole fiche, its feed already parsed: main-thread time from setting it to every part drawn,
// for the page's first fiche (what a visitor waits for) and for a second one on the same page.
const ficheRender = [];
const ficheWall = [];
const ficheWarm = [];
const nationalRuns = [];
for (let i = 0; i < RUNS; i++) {
  const fiche = await mesurer(`${server.url}/bench/fiche-render.html`, () => window.__mesure);
  ficheRender.push(fiche.renderMs);
  ficheWall.push(fiche.wallMs);
  ficheWarm.push(fiche.warmMs);
  nationalRuns.push(await mesurer(`${server.url}/bench/national.html`, () => window.__mesure));
}
const avantScript = await mesurerAvantScript(browser, server.url, AVANT, RUNS);
const chromium = await browser.version();
await browser.close();
await server.close();

const resultats = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, chromium },
  runs: RUNS,
  bytes: { files: octets, dependencies: dependances },
  elements,
  baselines,
  ratios: Object.fromEntries(
    Object.entries(elements).flatMap(([t, r]) => [
      [`${t} / bare Lit element (rendered)`, r.rendered.median / baselines['bare Lit element'].rendered.median],
      [`${t} / static HTML (rendered)`, r.rendered.median / baselines['static HTML table'].rendered.median],
    ]),
  ),
  avantScript,
  fiche: { workMs: resume(ficheRender), wallMs: resume(ficheWall), secondFicheWorkMs: resume(ficheWarm) },
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
writeFileSync(
  join(root, `bench/results/${resultats.date.slice(0, 19).replace(/:/g, '-')}.json`),
  `${JSON.stringify(resultats, null, 2)}\n`,
);

writeFileSync(join(root, 'docs/bench.md'), markdown(resultats));

// ---- Print ----------------------------------------------------------------------------------
const ko = (n) => `${(n / 1000).toFixed(1)} kB`;
const ms = (s) => `${s.median.toFixed(1)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
const mb = (s) => `${(s.median / 1e6).toFixed(1)} MB`;
console.log(
  `\nanct-widgets bench — ${resultats.date} — ${resultats.machine.cpus} cores, ${resultats.machine.model}, Node ${process.version}, ${RUNS} runs\n`,
);
console.log('Bytes                                  raw        gzip      brotli');
for (const [f, b] of Object.entries(octets))
  console.log(`  ${f.padEnd(34)} ${ko(b.raw).padStart(9)} ${ko(b.gzip).padStart(10)} ${ko(b.brotli).padStart(10)}`);
console.log('\nEach dependency in each file (brotli, modules compressed alone: shares, not sums)');
for (const [f, parts] of Object.entries(dependances)) {
  console.log(
    `  ${f}: ${Object.entries(parts)
      .map(([d, n]) => `${d} ${ko(n)}`)
      .join(', ')}`,
  );
}
console.log("\nIn Chromium, each element's own file, from navigation   defined                  rendered                 long tasks  heap");
for (const [t, r] of [...Object.entries(elements), ...Object.entries(baselines)]) {
  console.log(
    `  ${t.padEnd(54)} ${ms(r.defined).padEnd(24)} ${ms(r.rendered).padEnd(24)} ${String(r.longTasks.median).padEnd(11)} ${mb(r.heap)}`,
  );
}
for (const [k, v] of Object.entries(resultats.ratios)) console.log(`  ratio ${k}: ${v.toFixed(2)}`);
console.log(
  `\nWhole Lozère fiche, feed parsed → every part drawn: ${ms(resultats.fiche.workMs)} in the elements' updates ` +
    `(style and layout not included), ${ms(resultats.fiche.wallMs)} from start to end; ` +
    `a second fiche on the same page, its code compiled and its templates prepared: ${ms(resultats.fiche.secondFicheWorkMs)} ` +
    `(${(resultats.fiche.secondFicheWorkMs.median / resultats.fiche.workMs.median).toFixed(2)}× the first)`,
);
const n = resultats.national;
console.log(
  `National list (${n.places} places, ${ko(n.jsonBytes)} of JSON): render ${ms(n.renderMs)}, commune switch ${ms(n.communeSwitchMs)}, ` +
    `long tasks over 50 ms: ${n.longTasksOver50ms.median}, heap growth ${mb(n.heapGrowthBytes)} (${(n.heapGrowthBytes.median / n.jsonBytes).toFixed(2)}× the JSON); ` +
    `its folded lists then all built (${n.placesInDom} places in the page, as for printing): ${ms(n.allPlacesBuiltMs)}`,
);
console.log(
  `\nContent before the script, a commune's page (${avantScript.viewport.width}×${avantScript.viewport.height}), from navigation`,
);
for (const [tag, r] of Object.entries(avantScript.results)) {
  for (const v of ['static', 'fallback', 'script'])
    console.log(
      `  ${tag} ${v.padEnd(9)} first contentful paint ${ms(r[v].fcp)}, layout shift ${r[v].cls.median.toFixed(3)} (max ${r[v].cls.max.toFixed(3)})`,
    );
  for (const [k, v] of Object.entries(r.ratios)) console.log(`  ratio ${tag} ${k}: ${v.toFixed(2)}`);
}
console.log('\nWritten to bench/results/latest.json and docs/bench.md');

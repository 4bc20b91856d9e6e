#!/usr/bin/env node
// The size budget: the build fails when a file's compressed size passes the budget set in
// package.json ("sizeBudget"). Size is deterministic, unlike time: this is the check CI can hold.
// The build has the sizes written to docs/sizes.md, the one place a reader finds them (never copied
// by hand).
//
// A key may also name what one page loads, as files joined by " + ": each is compressed alone,
// as the server sends each, and the sizes are summed ("dist/elements/anct-programme-list.js +
// dist/feeds/48.json", a commune's page). A `*` in a file's name stands for the largest file it
// matches in that folder ("dist/feeds/*.json": the largest département's feed, whichever it is).
//
// Each element of src/elements.ts has its own file, dist/elements/<tag>.js: one with no budget of
// its own may weigh no more than the all-in-one bundle, which holds it; a budget naming a file of
// dist/elements/ that no element builds fails, so that a removed element leaves no stale budget.
//
// A budget whose files are not built yet (the feeds, after `npm run build:lib` alone) is listed as
// waiting, and fails with `--all` (as `npm run build:feeds`, the last part that writes them, runs
// it). With `--docs` (the build's), the figures go to docs/sizes.md once every budget was measured.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { readElements } from './elements.mjs';

const ALL_IN_ONE = 'dist/anct-widgets.js';
const { sizeBudget } = JSON.parse(readFileSync('package.json', 'utf8'));
const compress = { brotli: (b) => brotliCompressSync(b).length, gzip: (b) => gzipSync(b, { level: 9 }).length, raw: (b) => b.length };

/** package.json's budgets, with the default one of each element that has none. */
export function budgets(own = sizeBudget, elements = readElements()) {
  const files = new Set(elements.map((e) => `dist/elements/${e.tag}.js`));
  const stale = Object.keys(own)
    .flatMap((key) => key.split(' + '))
    .filter((part) => part.startsWith('dist/elements/') && !files.has(part));
  if (stale.length) throw new Error(`size budget: ${[...new Set(stale)].join(', ')} is built by no element of src/elements.ts`);
  const all = { ...own };
  for (const file of files) all[file] ??= { ...own[ALL_IN_ONE], default: true };
  return all;
}

// dist/feeds/ already holds the Lozère 2021 example after `npm run build:lib`: until
// `npm run build:feeds` has written the départements' (and their index), `*.json` would measure it alone.
const feedsBuilt = existsSync('dist/feeds/index.json');

/** The files a part names: itself, or every file of its folder its `*` pattern matches; none until built. */
function files(part) {
  if (part.startsWith('dist/feeds/') && !feedsBuilt) return [];
  if (!part.includes('*')) return existsSync(part) ? [part] : [];
  if (!existsSync(dirname(part))) return [];
  const [avant, apres] = basename(part).split('*');
  return readdirSync(dirname(part))
    .filter((f) => f.startsWith(avant) && f.endsWith(apres))
    .map((f) => join(dirname(part), f));
}

/** A part's size: a file's, or the largest of those it matches (and which one it is); null when not built. */
function partSize(part, kind) {
  const sizes = files(part).map((file) => ({ file, size: compress[kind](readFileSync(file)) }));
  if (!sizes.length) return null;
  return sizes.reduce((a, b) => (b.size > a.size ? b : a));
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  let over = false;
  const waiting = [];
  const rows = [];
  for (const [key, { default: byDefault, ...kinds }] of Object.entries(budgets())) {
    const parts = key.split(' + ');
    for (const [kind, budget] of Object.entries(kinds)) {
      const sizes = parts.map((part) => partSize(part, kind));
      if (sizes.includes(null)) {
        waiting.push(key);
        continue;
      }
      const size = sizes.reduce((n, s) => n + s.size, 0);
      const detail = parts.length > 1 ? ` = ${sizes.map((s) => `${s.size} (${s.file})`).join(' + ')}` : '';
      const line = `${key}: ${size} bytes ${kind} (budget ${budget}${byDefault ? `, the all-in-one's` : ''})${detail}`;
      rows.push({ key, kind, size, budget, byDefault, detail: sizes.length > 1 ? sizes : null });
      if (size > budget) {
        over = true;
        console.error(`size budget exceeded — ${line}`);
      } else console.log(line);
    }
  }
  if (waiting.length) {
    const message = `not built yet, not measured: ${[...new Set(waiting)].join('; ')}`;
    if (process.argv.includes('--all')) {
      console.error(`size budget: ${message}`);
      over = true;
    } else console.log(message);
  } else if (!over && process.argv.includes('--docs')) writeFileSync('docs/sizes.md', table(rows));
  if (over) process.exit(1);
}

/** docs/sizes.md: the same figures as the build prints, with nothing that changes between two builds of the same code. */
function table(rows) {
  const fmt = (n) => n.toLocaleString('en-US').replace(/,/g, ' ');
  const file = (r) => (r.detail ? r.detail.map((s) => `\`${s.file}\``).join(' + ') : `\`${r.key}\``);
  return [
    '# Sizes',
    '',
    'Written by `node scripts/check-size.mjs`, run by `npm run build`: do not edit. Each file is',
    'compressed alone, as a server sends it; a row of several files (a commune’s page: its element and',
    'its département’s feed) sums them, `dist/feeds/*.json` standing for the largest feed shipped. The',
    'budgets are `sizeBudget` in package.json; an element with none of its own may weigh no more than',
    'the all-in-one bundle. Timings are in [bench.md](bench.md).',
    '',
    '| file | brotli bytes | budget |',
    '|---|--:|--:|',
    ...rows.map(
      (r) =>
        `| ${file(r)}${r.kind === 'brotli' ? '' : ` (${r.kind})`} | ${fmt(r.size)} | ${fmt(r.budget)}${r.byDefault ? ' (the all-in-one’s)' : ''} |`,
    ),
    '',
  ].join('\n');
}

#!/usr/bin/env node
// The size budget: the build fails when a file's compressed size passes the budget set in
// package.json ("sizeBudget"). Size is deterministic, unlike time: this is the check CI can hold.
//
// A key may also name what one page loads, as files joined by " + ": each is compressed alone,
// as the server sends each, and the sizes are summed ("dist/elements/anct-programme-list.js +
// dist/feeds/48.json", a commune's page). A `*` in a file's name stands for the largest file it
// matches in that folder ("dist/feeds/*.json": the largest département's feed, whichever it is).
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const { sizeBudget } = JSON.parse(readFileSync('package.json', 'utf8'));
const compress = { brotli: (b) => brotliCompressSync(b).length, gzip: (b) => gzipSync(b, { level: 9 }).length, raw: (b) => b.length };

/** The files a part names: itself, or every file of its folder its `*` pattern matches. */
function files(part) {
  if (!part.includes('*')) return [part];
  const [avant, apres] = basename(part).split('*');
  return readdirSync(dirname(part))
    .filter((f) => f.startsWith(avant) && f.endsWith(apres))
    .map((f) => join(dirname(part), f));
}

/** A part's size: a file's, or the largest of those it matches (and which one it is). */
function partSize(part, kind) {
  const sizes = files(part).map((file) => ({ file, size: compress[kind](readFileSync(file)) }));
  if (!sizes.length) throw new Error(`size budget: no file matches ${part}`);
  return sizes.reduce((a, b) => (b.size > a.size ? b : a));
}

let over = false;
for (const [key, budgets] of Object.entries(sizeBudget)) {
  const parts = key.split(' + ');
  for (const [kind, budget] of Object.entries(budgets)) {
    const sizes = parts.map((part) => partSize(part, kind));
    const size = sizes.reduce((n, s) => n + s.size, 0);
    const detail = parts.length > 1 ? ` = ${sizes.map((s) => `${s.size} (${s.file})`).join(' + ')}` : '';
    const line = `${key}: ${size} bytes ${kind} (budget ${budget})${detail}`;
    if (size > budget) {
      over = true;
      console.error(`size budget exceeded — ${line}`);
    } else console.log(line);
  }
}
if (over) process.exit(1);

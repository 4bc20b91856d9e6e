#!/usr/bin/env node
// The size budget: the build fails when a file's compressed size passes the budget set in
// package.json ("sizeBudget"). Size is deterministic, unlike time: this is the check CI can hold.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const { sizeBudget } = JSON.parse(readFileSync('package.json', 'utf8'));
const compress = { brotli: (b) => brotliCompressSync(b).length, gzip: (b) => gzipSync(b, { level: 9 }).length, raw: (b) => b.length };
let over = false;
for (const [file, budgets] of Object.entries(sizeBudget)) {
  const bytes = readFileSync(file);
  for (const [kind, budget] of Object.entries(budgets)) {
    const size = compress[kind](bytes);
    const line = `${file}: ${size} bytes ${kind} (budget ${budget})`;
    if (size > budget) {
      over = true;
      console.error(`size budget exceeded — ${line}`);
    } else console.log(line);
  }
}
if (over) process.exit(1);

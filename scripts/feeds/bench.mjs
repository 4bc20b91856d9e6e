#!/usr/bin/env node
// npm run bench:feeds: how long generating every département's feed takes, over several runs
// (the median says more than one run on a shared machine). Prints figures; asserts nothing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const RUNS = Number(process.argv[2] ?? 7);
const times = [];
for (let i = 0; i < RUNS; i++) {
  const out = mkdtempSync(join(tmpdir(), 'bench-feeds-'));
  const start = performance.now();
  execFileSync(process.execPath, ['scripts/feeds/build.mjs', '--out', out, '--quiet']);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const ms = (t) => `${Math.round(t)} ms`;
console.log(
  `feeds (101 départements, process included), ${RUNS} runs: median ${ms(times[RUNS >> 1])}, min ${ms(times[0])}, max ${ms(times.at(-1))}`,
);

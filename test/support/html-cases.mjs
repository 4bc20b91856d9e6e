// The communes `anct-widgets html` is tested with, in Node (test/node/html-command.test.mjs) and in
// the browsers (test/components/fallback.test.ts, through html-command-server.mjs): Mende, the
// Lozère as a whole, and communes drawn with a fixed seed in départements no other test names, so
// that the fallback is checked on feeds nobody tuned it for. A new seed draws others.
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
export const BIN = join(root, 'bin/anct-widgets.mjs');
export const SEED = 2027;

/** A small seeded generator (mulberry32): the same draw on every machine. */
function generateur(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fichiers(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? fichiers(p) : /\.(?:ts|mjs|js)$/.test(n) ? [p] : [];
  });
}

/** The départements the tests name: a feed, a `departement`, or a commune's code. */
function departementsNommes() {
  const noms = new Set();
  for (const f of fichiers(join(root, 'test'))) {
    if (f.endsWith('html-cases.mjs')) continue;
    const texte = readFileSync(f, 'utf8');
    for (const m of texte.matchAll(/feeds\/(\d{2,3}|2[AB])\.json|departement[=:"' ]+(\d{2,3}|2[AB])\b/g)) noms.add(m[1] ?? m[2]);
    for (const m of texte.matchAll(/commune[=:"' ]+((?:97\d|\d{2}|2[AB])\d{2,3})\b/g))
      noms.add(m[1].startsWith('97') ? m[1].slice(0, 3) : m[1].slice(0, 2));
  }
  return noms;
}

/**
 * `{commune}`, `{departement}` or `{src}` cases: Mende, the Lozère, the printed Lozère fiche of
 * 2021 (its zones table, its projects table), and `n` communes drawn.
 */
export function cases(n = 3) {
  const nommes = departementsNommes();
  const libres = JSON.parse(readFileSync(join(root, 'dist/feeds/index.json'), 'utf8'))
    .departements.map((d) => d.code)
    .filter((c) => !nommes.has(c))
    .sort();
  const hasard = generateur(SEED);
  const tires = [];
  while (tires.length < n && libres.length) {
    const departement = libres.splice(Math.floor(hasard() * libres.length), 1)[0];
    const communes = Object.keys(JSON.parse(readFileSync(join(root, `dist/feeds/${departement}.json`), 'utf8')).communes ?? {}).sort();
    if (communes.length) tires.push({ commune: communes[Math.floor(hasard() * communes.length)] });
  }
  return [{ commune: '48095' }, { departement: '48' }, { src: 'demo/feeds/48-lozere-2021.json' }, ...tires];
}

/** The command's arguments for an element and a case. */
export const argsOf = (tag, c) => ['html', tag, ...Object.entries(c).flatMap(([k, v]) => [`--${k}`, v])];

/** Runs the command as a webmaster would. */
export function run(args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

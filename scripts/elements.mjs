#!/usr/bin/env node
// The list of elements (ELEMENTS in src/elements.ts) as the build's Node scripts see it, so that
// an element is added in that list and nowhere else. Rollup's config and these scripts are plain
// JavaScript and cannot import the TypeScript list (it imports the classes, which need a DOM):
// they read its text. The reading is strict — each entry starts `{ tag: '…', element: Class`,
// each class comes from an `import { Class } from './components/….js'` — and
// test/node/elements.test.mjs fails when it finds fewer entries than the file has tags.
//
// From the list derive:
// - `elementEntries()`, a rollup plugin: dist/elements/<tag>.js is built from a module written
//   here (import the class, register it quietly, export it), so no entry file is written by hand;
// - package.json's `./elements/<name>` exports (`node scripts/elements.mjs --write` rewrites them,
//   `--check` fails when they differ: the Node test runs it);
// - the size budget of each element's file (scripts/check-size.mjs: an element with no budget
//   of its own may weigh no more than the all-in-one bundle).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const source = (path) => fileURLToPath(new URL(path, root));

/**
 * The elements in the list's order: `tag` (`anct-fibre-table`), `name` (`fibre-table`, the tag
 * without its prefix: `anct-widgets/elements/fibre-table`), `className`, and `module`, the class's
 * source (`src/components/fibre-table.ts`), from which dist/esm/ and dist/types/ paths follow.
 */
export function readElements(text = readFileSync(new URL('src/elements.ts', root), 'utf8')) {
  const modules = new Map();
  for (const [, names, path] of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'\.\/(components\/[\w-]+)\.js'/g)) {
    for (const name of names
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean))
      modules.set(name, `src/${path}.ts`);
  }
  const list = text.slice(text.indexOf('export const ELEMENTS'));
  return [...list.matchAll(/\{\s*tag:\s*'(anct-[a-z-]+)',\s*element:\s*(\w+)\b/g)].map(([, tag, className]) => {
    const module = modules.get(className);
    if (!module) throw new Error(`src/elements.ts: ${className} (for <${tag}>) is not imported from ./components/`);
    return { tag, name: tag.replace(/^anct-/, ''), className, module };
  });
}

/** The ESM and types paths a source module is published as. */
export const published = (module) => module.replace(/^src\//, '').replace(/\.ts$/, '');

/** package.json's exports for each element's class, unregistered, in the list's order. */
export const elementExports = (elements) =>
  Object.fromEntries(
    elements.map((e) => [
      `./elements/${e.name}`,
      { types: `./dist/types/${published(e.module)}.d.ts`, default: `./dist/esm/${published(e.module)}.js` },
    ]),
  );

const PREFIX = '\0anct-element:';

/** What rollup takes as the input of dist/elements/<tag>.js. */
export const elementInput = (tag) => `${PREFIX}${tag}`;

/**
 * A rollup plugin that writes each element's own entry: the class, registered quietly (a page
 * that loads two elements' files, or the all-in-one script too, is how these are meant to be
 * used), and exported.
 */
export function elementEntries(elements = readElements()) {
  return {
    name: 'anct-element-entries',
    resolveId: (id) => (id.startsWith(PREFIX) ? id : null),
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const e = elements.find((x) => x.tag === id.slice(PREFIX.length));
      if (!e) throw new Error(`no element ${id.slice(PREFIX.length)} in src/elements.ts`);
      return [
        `import { ${e.className} } from ${JSON.stringify(source(e.module))};`,
        `import { defineElement } from ${JSON.stringify(source('src/define.ts'))};`,
        `defineElement(${JSON.stringify(e.tag)}, ${e.className}, true);`,
        `export { ${e.className} };`,
      ].join('\n');
    },
  };
}

/** package.json with its `./elements/*` exports made from the list, the other exports in place. */
export function withElementExports(pkg, elements = readElements()) {
  const wanted = elementExports(elements);
  const exports = {};
  let placed = false;
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (!key.startsWith('./elements/')) exports[key] = value;
    else if (!placed) {
      Object.assign(exports, wanted);
      placed = true;
    }
  }
  // No element export yet: after `./define`, where a reader looks for them.
  if (!placed) {
    const entries = Object.entries(exports);
    const at = entries.findIndex(([k]) => k === './define') + 1;
    return { ...pkg, exports: Object.fromEntries([...entries.slice(0, at), ...Object.entries(wanted), ...entries.slice(at)]) };
  }
  return { ...pkg, exports };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = new URL('package.json', root);
  const text = readFileSync(path, 'utf8');
  const next = `${JSON.stringify(withElementExports(JSON.parse(text)), null, 2)}\n`;
  if (process.argv.includes('--write')) {
    if (next !== text) writeFileSync(path, next);
  } else if (process.argv.includes('--check')) {
    if (next !== text) {
      console.error('package.json\'s "./elements/*" exports differ from src/elements.ts: run `node scripts/elements.mjs --write`.');
      process.exit(1);
    }
  } else console.log(JSON.stringify(readElements(), null, 2));
}

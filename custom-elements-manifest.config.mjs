// Read by `npm run manifest` (the analyzer finds this file by its name): dist/custom-elements.json
// describes the package as it ships, so that tools (editors, the framework typings of
// scripts/framework-types.mjs) can follow it.
// - Module paths name the files of the package: `src/components/fibre-table.ts` is published as
//   `dist/esm/components/fibre-table.js`.
// - A type named by an alias of the analysed files (`Theme`) is written out
//   (`'auto' | 'light' | 'dark'`), so that every attribute says what values it takes.
// A module of types only (src/components/events.ts) has no .js: its path is its declaration file.
import { existsSync } from 'node:fs';
import { posix } from 'node:path';

const aliases = new Map();

function shipped(path, from = '') {
  const source = path.startsWith('.') ? posix.join(posix.dirname(from), path) : path;
  const name = source.replace(/^\/?src\//, '').replace(/\.[jt]s$/, '');
  if (name === source.replace(/\.[jt]s$/, '')) return path;
  return existsSync(`dist/esm/${name}.js`) || !existsSync(`dist/types/${name}.d.ts`) ? `dist/esm/${name}.js` : `dist/types/${name}.d.ts`;
}

function visit(value, fn) {
  if (Array.isArray(value)) value.forEach((v) => visit(v, fn));
  else if (value && typeof value === 'object') {
    fn(value);
    Object.values(value).forEach((v) => visit(v, fn));
  }
}

export default {
  plugins: [
    {
      name: 'anct-widgets-shipped-paths',
      analyzePhase({ ts, node }) {
        if (ts.isTypeAliasDeclaration(node) && node.getSourceFile().fileName.startsWith('src/components/')) {
          aliases.set(node.name.getText(), node.type.getText());
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          const from = mod.path;
          visit(mod, (o) => {
            if (typeof o.module === 'string') o.module = shipped(o.module, from);
            if (o.type && typeof o.type.text === 'string' && aliases.has(o.type.text)) o.type.text = aliases.get(o.type.text);
          });
          mod.path = shipped(from);
        }
      },
    },
  ],
};

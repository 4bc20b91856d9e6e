// One list of elements: src/elements.ts. What the build derives from it — each element's own
// bundle, its class in dist/esm/, package.json's `./elements/<name>` export, its size budget —
// is checked here against the list as the built code has it, so that adding an element to the
// list is enough, and a step left out fails here rather than on a user's page.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { elementExports, readElements, withElementExports } from '../../scripts/elements.mjs';
import { budgets } from '../../scripts/check-size.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(`${root}${path}`, 'utf8');
const elements = readElements();
const { ELEMENTS } = await import(`${root}dist/esm/elements.js`);
const pkg = JSON.parse(read('package.json'));

describe('the list of elements', () => {
  it('is read by the build scripts as the built code has it', () => {
    assert.deepEqual(
      elements.map((e) => e.tag),
      ELEMENTS.map((e) => e.tag),
    );
    assert.deepEqual(
      elements.map((e) => e.className),
      ELEMENTS.map((e) => e.element.name),
    );
    assert.equal(elements.length, [...read('src/elements.ts').matchAll(/\btag: 'anct-/g)].length, 'every entry of the list is read');
    for (const e of elements)
      assert.match(read(e.module), new RegExp(`export class ${e.className}\\b`), `${e.module} exports ${e.className}`);
  });

  it('is read strictly: a class from elsewhere than src/components/ is refused', () => {
    assert.throws(
      () => readElements(`import { AnctX } from './x.js';\nexport const ELEMENTS = [{ tag: 'anct-x', element: AnctX }];`),
      /AnctX/,
    );
  });

  it('gives each element its own bundle, and its class in dist/esm/ with its types', () => {
    assert.deepEqual(
      readdirSync(`${root}dist/elements/`)
        .filter((f) => f.endsWith('.js'))
        .sort(),
      elements.map((e) => `${e.tag}.js`).sort(),
    );
    for (const e of elements) {
      const { types, default: module } = pkg.exports[`./elements/${e.name}`];
      assert.ok(existsSync(`${root}${module}`), module);
      assert.ok(existsSync(`${root}${types}`), types);
      assert.match(read(`dist/elements/${e.tag}.js`), new RegExp(`"${e.tag}"`), `dist/elements/${e.tag}.js registers <${e.tag}>`);
    }
  });

  it('gives package.json its `./elements/*` exports, and no other', () => {
    assert.deepEqual(
      Object.fromEntries(Object.entries(pkg.exports).filter(([k]) => k.startsWith('./elements/'))),
      elementExports(elements),
      'run `node scripts/elements.mjs --write`',
    );
    execFileSync('node', ['scripts/elements.mjs', '--check'], { cwd: root });
    const added = [...elements, { tag: 'anct-x', name: 'x', className: 'AnctX', module: 'src/components/x.ts' }];
    assert.deepEqual(withElementExports(pkg, added).exports['./elements/x'], {
      types: './dist/types/components/x.d.ts',
      default: './dist/esm/components/x.js',
    });
  });

  it('gives each element a size budget: its own, or the all-in-one’s; a budget of no element fails', () => {
    const all = budgets(pkg.sizeBudget, elements);
    for (const e of elements) assert.ok(all[`dist/elements/${e.tag}.js`], e.tag);
    const added = budgets(pkg.sizeBudget, [...elements, { tag: 'anct-x' }]);
    assert.equal(added['dist/elements/anct-x.js'].brotli, pkg.sizeBudget['dist/anct-widgets.js'].brotli);
    assert.throws(() => budgets(pkg.sizeBudget, elements.slice(1)), new RegExp(`dist/elements/${elements[0].tag}\\.js`));
  });
});

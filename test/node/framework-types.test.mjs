// The framework typings and the manifest they come from, as built: every element, attribute and
// event of dist/custom-elements.json is in dist/types/react.d.ts and dist/types/vue.d.ts, the
// manifest names files that ship, and each per-element entry declares its tag.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);
const read = (file) => readFileSync(new URL(file, root), 'utf8');
const manifest = JSON.parse(read('dist/custom-elements.json'));
const pkg = JSON.parse(read('package.json'));
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, module: m.path })));

/** The body of `interface Name … { … }` in a declaration file. */
function body(text, name) {
  const start = text.indexOf(`export interface ${name} `);
  assert.ok(start >= 0, `interface ${name}`);
  const open = text.indexOf('{\n', start);
  return text.slice(open, text.indexOf('\n}', open));
}

const has = (block, key) => block.includes(`\n  ${/^[A-Za-z_$][\w$]*$/.test(key) ? key : `'${key}'`}?`) || block.includes(`\n  '${key}':`);

describe('the framework typings', () => {
  const react = read('dist/types/react.d.ts');
  const vue = read('dist/types/vue.d.ts');

  it('are the ones the manifest gives (scripts/framework-types.mjs --check)', () => {
    const out = execFileSync(process.execPath, ['scripts/framework-types.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    assert.match(out, /up to date/);
  });

  it('type every element of the manifest, with every attribute, property and event', async () => {
    // Every element of the list (src/elements.ts, as built), and no other.
    const { ELEMENTS } = await import(new URL('dist/esm/elements.js', root).href);
    assert.deepEqual(elements.map((d) => d.tagName).sort(), ELEMENTS.map((e) => e.tag).sort());
    for (const d of elements) {
      assert.match(react, new RegExp(`'${d.tagName}': ${d.name}Props;`), `${d.tagName} in React's IntrinsicElements`);
      assert.match(
        vue,
        new RegExp(`'${d.tagName}': DefineCustomElement<${d.name}, ${d.name}VueProps, ${d.name}Events>;`),
        `${d.tagName} in Vue's GlobalComponents`,
      );
      const reactProps = body(react, `${d.name}Props`);
      const vueProps = body(vue, `${d.name}VueProps`);
      const vueEvents = body(vue, `${d.name}Events`);
      for (const a of d.attributes) {
        assert.ok(has(reactProps, a.name), `${d.tagName} ${a.name} in React`);
        assert.ok(
          has(
            vueProps,
            a.name.replace(/-(\w)/g, (_, c) => c.toUpperCase()),
          ),
          `${d.tagName} ${a.name} in Vue`,
        );
        if (a.fieldName) assert.ok(has(reactProps, a.fieldName), `${d.tagName} .${a.fieldName} in React`);
      }
      assert.ok(has(reactProps, 'feed') && has(vueProps, 'feed'), `${d.tagName} .feed`);
      for (const e of d.events) {
        assert.ok(reactProps.includes(`'on${e.name}'?: (event: ${e.type.text}) => void;`), `${d.tagName} on${e.name} in React`);
        assert.ok(vueEvents.includes(`'${e.name}': ${e.type.text};`), `${d.tagName} ${e.name} in Vue`);
      }
    }
    assert.match(react, /declare module 'react' \{\n {2}namespace JSX \{\n {4}interface IntrinsicElements/);
    assert.match(vue, /declare module 'vue' \{\n {2}interface GlobalComponents/);
  });

  it('are published as anct-widgets/react and anct-widgets/vue, which also register the elements', () => {
    assert.deepEqual(pkg.exports['./react'], { types: './dist/types/react.d.ts', default: './dist/react.js' });
    assert.deepEqual(pkg.exports['./vue'], { types: './dist/types/vue.d.ts', default: './dist/vue.js' });
    for (const file of ['dist/react.js', 'dist/vue.js']) {
      assert.match(read(file), /export \* from '\.\/esm\/entries\/index\.js';/);
      assert.ok(pkg.sideEffects.includes(`./${file}`), `${file} is kept by bundlers`);
    }
  });
});

describe('the manifest', () => {
  it('names the files that ship, not the sources', () => {
    const paths = [];
    JSON.stringify(manifest, (k, v) => {
      if ((k === 'path' || k === 'module') && typeof v === 'string') paths.push(v);
      return v;
    });
    assert.ok(paths.length > 20);
    for (const p of new Set(paths)) {
      assert.match(p, /^dist\/(esm\/.*\.js|types\/.*\.d\.ts)$/, p);
      assert.ok(existsSync(new URL(p, root)), `${p} exists`);
    }
  });

  it('gives every attribute a type, every event its detail type', () => {
    for (const d of elements) {
      for (const a of d.attributes) assert.ok(a.type?.text && !/^[A-Z]\w*$/.test(a.type.text), `${d.tagName} ${a.name}: ${a.type?.text}`);
      const theme = d.attributes.find((a) => a.name === 'theme');
      assert.equal(theme.type.text, "'auto' | 'light' | 'dark'");
      assert.equal(d.attributes.find((a) => a.name === 'look').type.text, "'auto' | 'dsfr' | 'neutre'");
      for (const e of d.events) assert.match(e.type?.text ?? '', /^CustomEvent<Anct\w+Detail>$/, `${d.tagName} ${e.name}`);
    }
  });
});

describe('each per-element entry', () => {
  it('declares its tag in HTMLElementTagNameMap, so querySelector and createElement are typed', () => {
    for (const d of elements) {
      const entry = Object.entries(pkg.exports).find(([, v]) => v.default === `./${d.module}`);
      assert.ok(entry, `${d.module} is an entry of the package`);
      const types = read(entry[1].types);
      assert.match(
        types,
        new RegExp(`interface HTMLElementTagNameMap \\{\\s*'${d.tagName}': ${d.name};`),
        `${entry[0]} declares <${d.tagName}>`,
      );
    }
  });
});

// Builds what a webmaster and a developer load:
// - dist/anct-widgets.js       one ES module with every element, registering them on load;
// - dist/anct-widgets.iife.js  the same as a classic <script src>, for CMSs that take nothing else;
// - dist/elements/anct-*.js    one element alone, registered, validating only the sections it shows,
//                              for a page that shows only it: one per element of src/elements.ts,
//                              its entry written by scripts/elements.mjs;
// - dist/embed.js              the iframe embed page's script, every element included;
// - dist/embed-host.js         the optional classic script that sizes those iframes on the host page;
// - dist/html.js               an element's content as plain HTML (src/static), for pages;
// - dist/data.js               the data layer alone (schema with its descriptions, validation,
//                              loader, formatting), for bundlers and for the `anct-widgets
//                              validate` command on Node;
// - dist/esm/                  the modules one by one, dependencies left as imports, for people
//                              who bundle their own code: their Lit is ours, each element's class
//                              can be imported without registering it.
// TypeScript is compiled by esbuild (type-checking is `tsc --noEmit`); the whitespace of Lit's
// html`` and css`` templates is minified, then terser minifies the code, in three passes (each
// finds what the one before made removable; docs/sizes.md has the sizes). Two build-time
// constants, and no rewriting of sources: `__ANCT_DESCRIPTIONS__` (false in the browser bundles,
// whose users never read the schema's descriptions) and `__ANCT_FEEDS_PATH__` (where the shipped
// feeds are, from the built module).
//
// Every other entry is a file of src/entries/.
//
// `ROLLUP_ONLY=data` builds dist/data.js alone (what `npm run build:feeds` needs).
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { elementEntries, elementInput, readElements } from './scripts/elements.mjs';

const ELEMENTS = readElements();

// The data layer's entry: dist/data.js and `anct-widgets/data` in dist/esm/.
const DATA = 'src/entries/data.ts';

const compile = (define = {}) =>
  esbuild({
    target: 'es2022',
    tsconfig: 'tsconfig.json',
    define: Object.fromEntries(Object.entries(define).map(([k, v]) => [k, JSON.stringify(v)])),
  });

// `module` lets terser drop unused top-level names: right for ES modules; the classic script is
// wrapped in a function, and says nothing at its top level.
const plugins = ({ module, descriptions = false, feeds = undefined }) => [
  nodeResolve({ browser: true }),
  compile({ __ANCT_DESCRIPTIONS__: descriptions, ...(feeds !== undefined && { __ANCT_FEEDS_PATH__: feeds }) }),
  // conservativeCollapse keeps one space where a template begins or ends with one: between
  // a figure and its share, that space is the text ("10 500 (15 %)", not "10 500(15 %)").
  minifyHTML({
    include: ['src/**/*.ts'],
    options: { minifyOptions: { conservativeCollapse: true } },
  }),
  terser({ ecma: 2022, module, compress: { passes: 3 }, format: { comments: false } }),
];

// Lit warns in development builds only; production bundles take its production exports.
const onwarn = (warning, warn) => {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

const dependency = (id) => /^(lit|@lit\/|valibot|d3-)/.test(id);

const data = {
  input: DATA,
  output: { file: 'dist/data.js', format: 'es', sourcemap: true },
  plugins: plugins({ module: true, descriptions: true }),
  onwarn,
};

// dist/html.js: an element's content as plain HTML, for a page without a bundler (the
// configurator): its own file, so that no element's bundle carries it.
const html = {
  input: 'src/static/fallback.ts',
  output: { file: 'dist/html.js', format: 'es', sourcemap: true },
  plugins: plugins({ module: true }),
  onwarn,
};

const browser = [
  {
    input: 'src/entries/standalone.ts',
    output: { file: 'dist/anct-widgets.js', format: 'es', sourcemap: true },
    plugins: plugins({ module: true }),
    onwarn,
  },
  {
    input: 'src/entries/classic.ts',
    output: { file: 'dist/anct-widgets.iife.js', format: 'iife', sourcemap: true },
    plugins: plugins({ module: false }),
    onwarn,
  },
  ...ELEMENTS.map(({ tag }) => ({
    input: elementInput(tag),
    output: { file: `dist/elements/${tag}.js`, format: 'es', sourcemap: true },
    // One folder below dist/: the shipped feeds are in ../feeds/.
    plugins: [elementEntries(ELEMENTS), ...plugins({ module: true, feeds: '../feeds/' })],
    onwarn,
  })),
  {
    input: 'src/entries/embed.ts',
    output: { file: 'dist/embed.js', format: 'es', sourcemap: true },
    plugins: plugins({ module: true }),
    onwarn,
  },
  {
    input: 'src/entries/embed-host.ts',
    output: { file: 'dist/embed-host.js', format: 'iife', sourcemap: true },
    plugins: plugins({ module: false }),
    onwarn,
  },
  {
    input: [
      'src/entries/index.ts',
      'src/define.ts',
      'src/elements.ts',
      // `anct-widgets/data` for bundlers: the same modules the elements import, so that an
      // application has one data layer (one validator, one request cache), not a second copy.
      DATA,
      // `anct-widgets/elements/<name>`: each element's class, unregistered.
      ...ELEMENTS.map((e) => e.module),
      // The plain HTML of the elements (`anct-widgets html`, and pages that write it): in no bundle.
      'src/static/fallback.ts',
    ],
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    external: dependency,
    // No feeds base in an application's bundle: src/feeds-base.ts says why.
    plugins: [compile({ __ANCT_FEEDS_PATH__: null })],
    onwarn,
  },
];

export default process.env.ROLLUP_ONLY === 'data' ? [data] : [...browser.slice(0, 2), data, html, ...browser.slice(2)];

// Builds what a webmaster and a developer load:
// - dist/anct-widgets.js       one ES module with every element, registering them on load;
// - dist/anct-widgets.iife.js  the same as a classic <script src>, for CMSs that take nothing else;
// - dist/data.js               the data layer alone (schema, validation, loader, formatting),
//                              for bundlers and for the `anct-widgets validate` command on Node;
// - dist/esm/                  the modules one by one, dependencies left as imports, for people
//                              who bundle their own code: their Lit is ours, each element's class
//                              can be imported without registering it.
// TypeScript is compiled by esbuild (type-checking is `tsc --noEmit`); the whitespace of Lit's
// html`` and css`` templates is minified, then terser minifies the code.
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { withoutDescriptions } from './scripts/without-descriptions.mjs';

// `module` lets terser drop unused top-level names: right for ES modules, wrong for the classic
// script, whose top-level `var AnctWidgets` is its whole interface.
const plugins = ({ module, descriptions = false }) => [
  ...(descriptions ? [] : [withoutDescriptions]),
  nodeResolve({ browser: true }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  // conservativeCollapse keeps one space where a template begins or ends with one: between
  // a figure and its share, that space is the text ("10 500 (15 %)", not "10 500(15 %)").
  minifyHTML({
    include: ['src/**/*.ts'],
    options: { minifyOptions: { conservativeCollapse: true } },
  }),
  terser({ ecma: 2022, module, format: { comments: false } }),
];

// Lit warns in development builds only; production bundles take its production exports.
const onwarn = (warning, warn) => {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

const dependency = (id) => /^(lit|@lit\/|valibot|d3-)/.test(id);

// dist/esm/feeds-base.js sits one folder below dist/: its feeds are in ../feeds/.
const feedsOneLevelUp = {
  name: 'feeds-one-level-up',
  transform(code, id) {
    // Same lines, one character more: the source map stays close enough to true.
    return id.endsWith('feeds-base.ts') ? { code: code.replace("['.', 'feeds', '']", "['..', 'feeds', '']"), map: null } : null;
  },
};

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/anct-widgets.js', format: 'es', sourcemap: true },
    plugins: plugins({ module: true }),
    onwarn,
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/anct-widgets.iife.js', format: 'iife', name: 'AnctWidgets', sourcemap: true },
    plugins: plugins({ module: false }),
    onwarn,
  },
  {
    input: 'src/data/index.ts',
    output: { file: 'dist/data.js', format: 'es', sourcemap: true },
    plugins: plugins({ module: true, descriptions: true }),
    onwarn,
  },
  {
    input: [
      'src/index.ts',
      'src/define.ts',
      'src/components/fibre-table.ts',
      'src/components/programme-list.ts',
      'src/components/saisine-flow.ts',
      'src/components/accompagnements.ts',
      'src/components/fiche.ts',
    ],
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    external: dependency,
    plugins: [feedsOneLevelUp, esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' })],
    onwarn,
  },
];

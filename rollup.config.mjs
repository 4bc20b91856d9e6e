// Builds what a webmaster and a developer load:
// - dist/anct-widgets.js       one ES module with every element, registering them on load;
// - dist/anct-widgets.iife.js  the same as a classic <script src>, for CMSs that take nothing else;
// - dist/data.js               the data layer alone (schema, validation, loader, formatting),
//                              for bundlers and for the `anct-widgets validate` command on Node.
// TypeScript is compiled by esbuild (type-checking is `tsc --noEmit`); the whitespace of Lit's
// html`` and css`` templates is minified, then terser minifies the code.
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

// `module` lets terser drop unused top-level names: right for ES modules, wrong for the classic
// script, whose top-level `var AnctWidgets` is its whole interface.
const plugins = ({ module }) => [
  nodeResolve({ browser: true }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  // conservativeCollapse keeps one space where a template begins or ends with one: between
  // a figure and its share, that space is the text ("10 500 (15 %)", not "10 500(15 %)").
  minifyHTML({
    include: ['src/**/*.ts'],
    exclude: ['src/components/heading.ts'],
    options: { minifyOptions: { conservativeCollapse: true } },
  }),
  terser({ ecma: 2022, module, format: { comments: false } }),
];

// Lit warns in development builds only; production bundles take its production exports.
const onwarn = (warning, warn) => {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
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
    plugins: plugins({ module: true }),
    onwarn,
  },
];

#!/usr/bin/env node
// Assembles the WordPress plugin, dist/wordpress/anct-widgets.zip, from wordpress/ (the PHP, the
// block, the readme, the .pot) and the built package: the all-in-one script (the module), the
// plain HTML writer the block's editor uses, the iframe page and the shipped feeds. The plugin's list of elements, elements.json,
// is written here from the package's own descriptions: tags and French titles from ELEMENTS
// (src/elements.ts, as built), documented attributes from custom-elements.json. So a new element
// appears in the block, the shortcodes and the KSES allow-list with no PHP to edit. The version
// is package.json's. `npm run build:wordpress`, the last part of `npm run build`: it packs what
// `build:lib` (the bundles, the manifest) and `build:feeds` (the feeds) wrote.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const out = join(root, 'dist/wordpress');
const plugin = join(out, 'anct-widgets');

/** Short shortcode names, each for one tag, beside the tags themselves. */
const ALIAS = { 'anct-programmes': 'anct-programme-list' };

/** What the plugin needs of each element: its title, and the attributes it documents. */
export async function elementsJson() {
  const { ELEMENTS } = await import(join(root, 'dist/esm/elements.js'));
  const manifest = JSON.parse(readFileSync(join(root, 'dist/custom-elements.json'), 'utf8'));
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  const elements = {};
  for (const { tag, titre } of ELEMENTS) {
    const declaration = declarations.find((d) => d.tagName === tag);
    if (!declaration) throw new Error(`${tag} is not in custom-elements.json`);
    elements[tag] = { titre, attributs: (declaration.attributes ?? []).map((a) => a.name) };
  }
  for (const tag of Object.values(ALIAS)) if (!elements[tag]) throw new Error(`shortcode alias of an unknown element: ${tag}`);
  return { elements, alias: ALIAS };
}

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

for (const [file, part] of [
  ['dist/anct-widgets.js', 'build:lib'],
  ['dist/html.js', 'build:lib'],
  ['dist/custom-elements.json', 'build:lib'],
  ['dist/feeds/index.json', 'build:feeds'],
]) {
  if (!existsSync(join(root, file))) {
    console.error(`${file} is not built: run \`npm run ${part}\` first (or \`npm run build\`, which runs every part).`);
    process.exit(1);
  }
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(join(root, 'wordpress'), plugin, { recursive: true });

// The version, written as 0.0.0 in the sources, is the package's.
for (const [file, pattern] of [
  ['anct-widgets.php', /(\* Version:\s+|'ANCT_WIDGETS_VERSION', ')0\.0\.0/g],
  ['readme.txt', /(Stable tag: )0\.0\.0/g],
]) {
  const path = join(plugin, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(pattern, `$1${version}`));
}

writeFileSync(join(plugin, 'elements.json'), `${JSON.stringify(await elementsJson(), null, 2)}\n`);

// The module (pages and the editor), the plain HTML writer (the block's saved content, in the
// editor only) and the iframe page. Not the classic script: the plugin loads the module on every
// WordPress (script.php), and the zip must stay under PHP's default upload limit.
for (const file of ['anct-widgets.js', 'html.js', 'embed.html', 'embed.css', 'embed.js', 'embed-host.js']) {
  // No source maps: a plugin is for pages, and the maps would double its size.
  const text = readFileSync(join(root, 'dist', file), 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  mkdirSync(join(plugin, 'dist'), { recursive: true });
  writeFileSync(join(plugin, 'dist', file), text);
}
cpSync(join(root, 'dist/feeds'), join(plugin, 'dist/feeds'), { recursive: true });

// -X: no owner or time extras, so the archive depends on the files alone; -9: the smallest.
execFileSync('zip', ['-q', '-r', '-X', '-9', 'anct-widgets.zip', 'anct-widgets'], { cwd: out });
if (!process.argv.includes('--quiet')) console.log(`dist/wordpress/anct-widgets.zip (version ${version})`);

// The WordPress plugin as the build zips it: what is in the archive a webmaster uploads, the
// list of elements it is made from, its readme and its translations template. The plugin at work
// is test/wordpress/ (a real WordPress).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const zip = `${root}dist/wordpress/anct-widgets.zip`;
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
// The French titles the configurator and the embed page give each element.
const titres = new Map((await import(`${root}dist/esm/elements.js`)).ELEMENTS.map((e) => [e.tag, e.titre]));
const entries = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n');
const read = (path) => execFileSync('unzip', ['-p', zip, `anct-widgets/${path}`], { encoding: 'utf8', maxBuffer: 1 << 26 });

describe('dist/wordpress/anct-widgets.zip', () => {
  // PHP's default upload_max_filesize (Debian's, and many hosts'): past it, Extensions › Ajouter ›
  // Téléverser refuses the plugin, and the administrator must upload it some other way.
  it('stays under 2 MB, so that an administrator can upload it from wp-admin on a default PHP', () => {
    const { size } = statSync(zip);
    assert.ok(size < 2 * 1024 * 1024, `${size} bytes`);
  });

  it('is one folder, anct-widgets/, with the plugin, the script and every département’s feed', () => {
    assert.ok(entries.every((e) => e.startsWith('anct-widgets/')));
    for (const file of [
      'anct-widgets.php',
      'uninstall.php',
      'readme.txt',
      'elements.json',
      'block/block.json',
      'block/editor.js',
      'block/render.php',
    ]) {
      assert.ok(entries.includes(`anct-widgets/${file}`), file);
    }
    for (const file of [
      'anct-widgets.js',
      'html.js',
      'embed.html',
      'embed.js',
      'embed-host.js',
      'feeds/index.json',
      'feeds/48.json',
      'feeds/2A.json',
      'feeds/974.json',
    ]) {
      assert.ok(entries.includes(`anct-widgets/dist/${file}`), file);
    }
    const feeds = entries.filter((e) => /\/dist\/feeds\/[0-9AB]{2,3}\.json$/.test(e));
    assert.equal(feeds.length, JSON.parse(read('dist/feeds/index.json')).departements.length);
    assert.equal(
      read('dist/anct-widgets.js'),
      readFileSync(`${root}dist/anct-widgets.js`, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'),
    );
  });

  it('carries the package’s version, in the plugin header, its script’s version and the readme', () => {
    const php = read('anct-widgets.php');
    assert.match(php, new RegExp(`^ \\* Version:\\s+${version.replace(/\./g, '\\.')}$`, 'm'));
    assert.match(php, new RegExp(`define\\( 'ANCT_WIDGETS_VERSION', '${version.replace(/\./g, '\\.')}' \\);`));
    assert.match(read('readme.txt'), new RegExp(`^Stable tag: ${version.replace(/\./g, '\\.')}$`, 'm'));
  });

  it('lists every element of the manifest with its documented attributes, and a French title', () => {
    const { elements, alias } = JSON.parse(read('elements.json'));
    const manifest = JSON.parse(readFileSync(`${root}dist/custom-elements.json`, 'utf8'));
    const declared = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
    assert.deepEqual(Object.keys(elements).sort(), declared.map((d) => d.tagName).sort());
    for (const d of declared) {
      assert.deepEqual(
        elements[d.tagName].attributs,
        d.attributes.map((a) => a.name),
        d.tagName,
      );
      assert.equal(elements[d.tagName].titre, titres.get(d.tagName), d.tagName);
    }
    assert.equal(elements['anct-programme-list'].titre, 'Programmes de l’ANCT');
    assert.deepEqual(alias, { 'anct-programmes': 'anct-programme-list' });
  });

  it('gives, in the docs’ functions.php code for KSES, every element and attribute a webmaster writes', () => {
    const doc = readFileSync(`${root}docs/integration.md`, 'utf8');
    const code = doc.match(/<!-- snippet:wp-kses -->\s*```php\n([\s\S]*?)```/)[1];
    const quoted = new Set([...code.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]));
    const manifest = JSON.parse(readFileSync(`${root}dist/custom-elements.json`, 'utf8'));
    for (const d of manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName)) {
      assert.ok(quoted.has(d.tagName), `${d.tagName} is allowed`);
      // The state is the element's own output, never written by hand.
      for (const a of d.attributes.filter((a) => a.name !== 'state')) assert.ok(quoted.has(a.name), `${d.tagName} ${a.name} is allowed`);
    }
  });

  it('has a readme in WordPress’s format', () => {
    const readme = read('readme.txt');
    assert.match(readme, /^=== anct-widgets ===\n/);
    for (const field of ['Requires at least', 'Tested up to', 'Requires PHP', 'Stable tag', 'License'])
      assert.match(readme, new RegExp(`^${field}: \\S`, 'm'));
    for (const section of ['Description', 'Installation', 'Frequently Asked Questions', 'Changelog'])
      assert.match(readme, new RegExp(`^== ${section} ==$`, 'm'));
  });

  it('has the translations template its sources give, every string of the editor in it', () => {
    execFileSync(process.execPath, ['scripts/wordpress/pot.mjs', '--check'], { cwd: root });
    const pot = read('languages/anct-widgets.pot');
    for (const msgid of ['Élément', 'Département', 'Commune', 'Niveau du titre', 'Apparence', 'Thème', 'Fiche territoriale de l’ANCT'])
      assert.match(pot, new RegExp(`^msgid "${msgid}"$`, 'm'));
  });
});

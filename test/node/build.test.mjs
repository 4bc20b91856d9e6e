// What `npm run build` gives a webmaster and a developer, checked on the files themselves.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const pkg = JSON.parse(read('package.json'));

describe('the build', () => {
  // Each part runs alone (`npm run build:feeds` after a change to data/sources/); `npm run build`,
  // which `npm test` and CI run, runs them all, so none is left out of a release.
  it('is in parts, which `npm run build` and `npm test` all run, the library first', () => {
    const parts = Object.keys(pkg.scripts).filter((s) => s.startsWith('build:'));
    assert.deepEqual(parts, ['build:lib', 'build:feeds', 'build:wordpress']);
    assert.equal(pkg.scripts.build, parts.map((p) => `npm run ${p}`).join(' && '));
    assert.match(pkg.scripts.test, /npm run build &&/);
    assert.match(read('.ci/run'), /\bnpm test\b/);
  });

  it('writes the sizes it checks to docs/sizes.md, for every budget', () => {
    const sizes = read('docs/sizes.md');
    for (const key of Object.keys(pkg.sizeBudget)) {
      const first = key.split(' + ')[0];
      assert.ok(sizes.includes(`| \`${first}\``), `${key} in docs/sizes.md`);
    }
    assert.match(sizes, /\| `dist\/anct-widgets\.js` \| [\d ]+ \| [\d ]+ \|/);
  });

  it('gives a minified ES module and a classic script, each with its source map', () => {
    for (const file of ['dist/anct-widgets.js', 'dist/anct-widgets.iife.js', 'dist/data.js']) {
      const code = read(file);
      assert.ok(code.split('\n').length < 5, `${file} is minified`);
      assert.ok(code.includes('//# sourceMappingURL='), `${file} points to its map`);
      assert.ok(existsSync(new URL(`${file}.map`, root)), `${file}.map exists`);
    }
    // Whole bundles are too long to print: assert on booleans, with a message.
    assert.ok(/\bexport\s*\{/.test(read('dist/anct-widgets.js')), 'the module exports');
    assert.ok(!/\bexport\s*\{/.test(read('dist/anct-widgets.iife.js')), 'the classic script has no export');
    assert.ok(!/^var /.test(read('dist/anct-widgets.iife.js')), 'the classic script declares no global of its own');
  });

  it('gives the CDN address of this version, and the integrity hash of each script there', async () => {
    const { createHash } = await import('node:crypto');
    const { cdn, integrity } = JSON.parse(read('dist/cdn.json'));
    assert.equal(cdn, `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/`);
    assert.ok(integrity['anct-widgets.js'] && integrity['anct-widgets.iife.js'] && integrity['elements/anct-programme-list.js']);
    for (const [file, hash] of Object.entries(integrity)) {
      const bytes = readFileSync(new URL(`dist/${file}`, root));
      assert.equal(hash, `sha384-${createHash('sha384').update(bytes).digest('base64')}`, file);
    }
  });

  it('carries the series chart only in the files of the elements that draw it', () => {
    // Each file's source map names the modules it was made of.
    const modules = (file) => JSON.parse(read(`${file}.map`)).sources.join(' ');
    const draws = ['dist/elements/anct-fibre-table.js', 'dist/elements/anct-fiche.js', 'dist/anct-widgets.js', 'dist/anct-widgets.iife.js'];
    for (const file of draws) assert.ok(modules(file).includes('src/charts/series-line.ts'), `${file} draws the chart`);
    for (const element of ['programme-list', 'saisine-flow', 'accompagnements', 'france-services']) {
      const file = `dist/elements/anct-${element}.js`;
      assert.ok(!/series-line|curve\/monotone/.test(modules(file)), `${file} does without the chart`);
    }
  });

  it('leaves build-time helpers out of the browser bundle', () => {
    const bundle = read('dist/anct-widgets.js');
    assert.ok(!bundle.includes('Albaret-le-Comtal'), 'no COG data');
    assert.ok(!/draft-2020-12|toJsonSchema/.test(bundle), 'no JSON Schema export');
  });

  it('publishes the JSON Schema of the feed', () => {
    const schema = JSON.parse(read('dist/fiche.schema.json'));
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.deepEqual(schema.required, ['version', 'territoire', 'edition']);
    assert.deepEqual(schema.properties.version, {
      const: 1,
      description: 'Version du format de feed. Seule la version 1 existe.',
    });
    const chiffre = schema.properties.programmes.items.properties.chiffres.items;
    assert.deepEqual(chiffre.required, ['valeur', 'libelle']);
    assert.equal(chiffre.properties.valeur.type, 'number');
  });

  it('describes the fibre’s two measures and the CRTE’s contracts, as the generated feeds write them', () => {
    const { fibre, crte } = JSON.parse(read('dist/fiche.schema.json')).properties;
    const { deploiement, eligibilite } = fibre.properties;
    assert.deepEqual(deploiement.required, ['trimestres', 'source']);
    assert.deepEqual(deploiement.properties.trimestres.items.required, ['trimestre', 'locauxRaccordables']);
    assert.equal(deploiement.properties.trimestres.items.properties.trimestre.pattern, '^\\d{4}-T[1-4]$');
    assert.deepEqual(deploiement.properties.estimationLocaux.required, ['valeur', 'date']);
    const communes = eligibilite.properties.communes;
    assert.deepEqual(Object.keys(communes.properties), [
      'codes',
      'locaux',
      'fibre',
      'cable',
      'dsl',
      'thdRadio',
      '4gFixe',
      'hdRadio',
      'satellite',
    ]);
    assert.deepEqual(communes.required, ['codes', 'locaux']);
    assert.equal(communes.properties.fibre.items.type, 'integer');
    assert.equal(communes.properties.codes.items.pattern, '^(?:\\d{5}|2[AB]\\d{3})$');
    assert.deepEqual(Object.keys(crte.properties.contrats.items.properties), ['nom', 'id', 'departement', 'nombreCommunes', 'communes']);
  });

  it('points every entry of the exports map at a file that exists', () => {
    const targets = Object.values(pkg.exports)
      .flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)))
      .filter((t) => !t.includes('*'));
    for (const target of targets) assert.ok(existsSync(new URL(target, root)), `${target} exists`);
    assert.ok(existsSync(new URL(pkg.types, root)));
    assert.ok(existsSync(new URL(pkg.bin['anct-widgets'], root)));
  });

  it('gives the Lozère feed a COG code for every commune', () => {
    const out = execFileSync(process.execPath, ['scripts/resolve-communes.mjs', 'demo/feeds/48-lozere-2021.json', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.match(out, /29 lieux, 152 communes, codes INSEE conformes au COG/);
  });
});

describe('the version', () => {
  it('is the same in the code as in package.json, so a second copy names the right one', () => {
    const [, version] = read('src/define.ts').match(/export const VERSION = '([^']+)'/);
    assert.equal(version, pkg.version);
  });
});

describe('the API docs', () => {
  it('describe every element in custom-elements.json, from the JSDoc headers', async () => {
    const manifest = JSON.parse(read('dist/custom-elements.json'));
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    // Every element of the list, and no other: src/elements.ts as built.
    const { ELEMENTS } = await import(new URL('dist/esm/elements.js', root).href);
    assert.ok(ELEMENTS.length >= 6);
    assert.deepEqual(elements.map((d) => d.tagName).sort(), ELEMENTS.map((e) => e.tag).sort());
    for (const d of elements) {
      assert.deepEqual(
        ['src', 'commune', 'heading', 'heading-level', 'theme', 'look'].filter((a) => !d.attributes.some((x) => x.name === a)),
        [],
        `${d.tagName} documents the common attributes`,
      );
      assert.ok(d.events.some((e) => e.name === 'anct-error') && d.cssParts.length && d.cssProperties.length && d.slots.length, d.tagName);
    }
  });

  it('are the ones in the README', () => {
    const out = execFileSync(process.execPath, ['scripts/readme-api.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    assert.match(out, /up to date/);
  });
});

describe('the schema’s descriptions', () => {
  it('are in the published JSON Schema and in dist/data.js, and in no browser bundle', () => {
    const descriptions = [];
    (function walk(node) {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        if (typeof node.description === 'string' && node.description.length > 30) descriptions.push(node.description);
        Object.values(node).forEach(walk);
      }
    })(JSON.parse(read('dist/fiche.schema.json')));
    assert.ok(descriptions.length > 50, `${descriptions.length} descriptions`);
    const data = read('dist/data.js');
    assert.deepEqual(
      descriptions.filter((d) => !data.includes(d)),
      [],
      'dist/data.js keeps them',
    );
    const bundles = [
      'dist/anct-widgets.js',
      'dist/anct-widgets.iife.js',
      'dist/embed.js',
      ...readdirSync(new URL('dist/elements/', root))
        .filter((f) => f.endsWith('.js'))
        .map((f) => `dist/elements/${f}`),
    ];
    for (const bundle of bundles) {
      const code = read(bundle);
      assert.deepEqual(
        descriptions.filter((d) => code.includes(d)),
        [],
        `${bundle} carries none`,
      );
    }
  });
});

describe('the size budget', () => {
  it('holds for the bundle as built', () => {
    const out = execFileSync(process.execPath, ['scripts/check-size.mjs'], { cwd: root, encoding: 'utf8' });
    assert.match(out, /dist\/anct-widgets\.js: \d+ bytes brotli \(budget \d+\)/);
  });

  it('fails the build when a file passes its budget', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'budget-'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ sizeBudget: { 'gros.js': { brotli: 100 } } }));
    writeFileSync(join(dir, 'gros.js'), Array.from({ length: 5000 }, (_, i) => `const v${i} = ${(i * 7919) % 104729};`).join('\n'));
    const script = new URL('scripts/check-size.mjs', root).pathname;
    let failed = null;
    try {
      execFileSync(process.execPath, [script], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      failed = error;
    }
    assert.ok(failed, 'the check failed');
    assert.equal(failed.status, 1);
    assert.match(failed.stderr, /size budget exceeded — gros\.js: \d+ bytes brotli \(budget 100\)/);
  });

  it('sums what one page loads, each file compressed alone, a * taking the largest file it matches', async () => {
    const { mkdirSync, mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { brotliCompressSync } = await import('node:zlib');
    const dir = mkdtempSync(join(tmpdir(), 'budget-'));
    mkdirSync(join(dir, 'feeds'));
    const texte = (n) => Array.from({ length: n }, (_, i) => `"v${i}": ${(i * 7919) % 104729}`).join(',\n');
    const contenus = {
      'el.js': texte(300),
      'feeds/01.json': `{${texte(50)}}`,
      'feeds/62.json': `{${texte(900)}}`,
      'feeds/05.json': `{${texte(200)}}`,
    };
    for (const [f, c] of Object.entries(contenus)) writeFileSync(join(dir, f), c);
    const attendu = brotliCompressSync(contenus['el.js']).length + brotliCompressSync(contenus['feeds/62.json']).length;
    const budget = (n) =>
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ sizeBudget: { 'el.js + feeds/*.json': { brotli: n } } }));
    const script = new URL('scripts/check-size.mjs', root).pathname;
    budget(attendu);
    const out = execFileSync(process.execPath, [script], { cwd: dir, encoding: 'utf8' });
    assert.match(
      out,
      new RegExp(
        `el\\.js \\+ feeds/\\*\\.json: ${attendu} bytes brotli \\(budget ${attendu}\\) = \\d+ \\(el\\.js\\) \\+ \\d+ \\(feeds/62\\.json\\)`,
      ),
    );
    budget(attendu - 1);
    let failed = null;
    try {
      execFileSync(process.execPath, [script], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      failed = error;
    }
    assert.equal(failed?.status, 1);
    assert.match(failed.stderr, new RegExp(`size budget exceeded — el\\.js \\+ feeds/\\*\\.json: ${attendu} bytes`));
  });
});

// What `npm install anct-widgets` brings, read from `npm pack --dry-run`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;

describe('the npm package', () => {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  const files = pack.files.map((f) => f.path);

  it('holds the bundles, the iframe embed, the types, the manifest, the schema and the feeds', () => {
    for (const file of [
      'dist/anct-widgets.js',
      'dist/anct-widgets.iife.js',
      'dist/data.js',
      'dist/esm/entries/index.js',
      'dist/esm/components/fibre-table.js',
      'dist/embed.html',
      'dist/embed.js',
      'dist/embed-host.js',
      'dist/types/entries/index.d.ts',
      'dist/types/components/fibre-table.d.ts',
      'dist/custom-elements.json',
      'dist/fiche.schema.json',
      'dist/feeds/index.json',
      'dist/feeds/48.json',
      'dist/feeds/2A.json',
      'dist/feeds/48-lozere-2021.json',
      'bin/anct-widgets.mjs',
      'README.md',
      'package.json',
    ]) {
      assert.ok(files.includes(file), `${file} is in the package`);
    }
  });

  it('holds no tests, no sources of the build, no demo, not the WordPress plugin', () => {
    const stray = files.filter((f) => /^(test|src|scripts|demo|data|wordpress|dist\/wordpress|\.ci)\//.test(f) || /\.test\./.test(f));
    assert.deepEqual(stray, []);
  });

  // Every département's feed (France Services hours, each commune's fibre eligibility and CRTE
  // included), the postal-code index of the pickers, each script with its source map. The bound
  // says when it grows unseen.
  it('stays small enough to install anywhere', () => {
    assert.ok(pack.size < 4_400_000, `${pack.size} bytes packed`);
  });
});

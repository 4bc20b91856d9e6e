#!/usr/bin/env node
// Writes dist/cdn.json: where this version of the package is published on a public CDN that
// mirrors npm (jsDelivr, a versioned address that never changes), and the Subresource Integrity
// hash of each script a snippet may load from there. The configurator writes its snippets from
// it, so a page that loads the script from the CDN loads exactly this build or nothing.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const { name, version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const scripts = [
  'anct-widgets.js',
  'anct-widgets.iife.js',
  'embed-host.js',
  ...readdirSync(new URL('dist/elements/', root))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `elements/${f}`),
];
const integrity = Object.fromEntries(
  scripts.sort().map((f) => [
    f,
    `sha384-${createHash('sha384')
      .update(readFileSync(new URL(`dist/${f}`, root)))
      .digest('base64')}`,
  ]),
);
const cdn = `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/`;
writeFileSync(new URL('dist/cdn.json', root), `${JSON.stringify({ cdn, integrity }, null, 2)}\n`);

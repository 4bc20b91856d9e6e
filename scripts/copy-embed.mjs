#!/usr/bin/env node
// Publishes the iframe embed and the example feed in dist/, beside the bundle: dist/embed.html
// (from demo/embed.html, loading ./anct-widgets.js instead of ../dist/anct-widgets.js),
// embed.js, embed.css, embed-host.js, and feeds/48-lozere-2021.json.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

mkdirSync('dist/feeds', { recursive: true });
const html = readFileSync('demo/embed.html', 'utf8');
if (!html.includes('../dist/anct-widgets.js')) throw new Error('demo/embed.html no longer loads ../dist/anct-widgets.js');
writeFileSync('dist/embed.html', html.replace('../dist/anct-widgets.js', './anct-widgets.js'));
for (const f of ['embed.js', 'embed.css', 'embed-host.js']) copyFileSync(`demo/${f}`, `dist/${f}`);
copyFileSync('demo/feeds/48-lozere-2021.json', 'dist/feeds/48-lozere-2021.json');

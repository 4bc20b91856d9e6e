#!/usr/bin/env node
// Publishes beside the bundle what is not built by rollup: the iframe embed page and its styles
// (src/embed/embed.html, embed.css; embed.js and embed-host.js are built), and the example feed.
import { copyFileSync, mkdirSync } from 'node:fs';

mkdirSync('dist/feeds', { recursive: true });
for (const f of ['embed.html', 'embed.css']) copyFileSync(`src/embed/${f}`, `dist/${f}`);
copyFileSync('demo/feeds/48-lozere-2021.json', 'dist/feeds/48-lozere-2021.json');

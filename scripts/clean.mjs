#!/usr/bin/env node
// The first step of `npm run build:lib`: empties the folders it writes whole, so that a module,
// an entry or an element that no longer exists leaves no file behind to be published
// (dist/esm/index.js after the entries moved to src/entries/, dist/elements/ of a removed element).
// The feeds (build:feeds) and the plugin (build:wordpress) are other parts' and stay.
import { rmSync } from 'node:fs';

for (const folder of ['dist/esm', 'dist/types', 'dist/elements']) rmSync(folder, { recursive: true, force: true });

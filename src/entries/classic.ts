/**
 * The entry of dist/anct-widgets.iife.js, the classic script: the all-in-one entry without
 * exports. A classic script's exports would be a top-level `var AnctWidgets`, which a second copy
 * on the page would overwrite; standalone.ts sets `window.AnctWidgets` itself, for the copy in use.
 */
import './standalone.js';

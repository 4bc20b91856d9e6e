/**
 * The all-in-one entry: importing it registers every element (first copy on the page wins)
 * and gives access to the data layer. This is `dist/anct-widgets.js`, the one script tag a
 * webmaster writes.
 */
export * from './data/index.js';

#!/usr/bin/env node
// Writes wordpress/languages/anct-widgets.pot, the plugin's strings for translators, from its
// sources as `wp i18n make-pot` reads them: the calls of WordPress's gettext functions with the
// `anct-widgets` domain in PHP and in the editor's script, the translatable fields of block.json
// and the plugin header. `--check` fails if the committed file is not the one the sources give
// (test/node/wordpress.test.mjs runs it), so a new string cannot go untranslatable.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const plugin = join(root, 'wordpress');
const POT = join(plugin, 'languages/anct-widgets.pot');

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

/** A PHP or JS string literal's value. */
const unquote = (s) => s.slice(1, -1).replace(/\\(['"\\])/g, '$1');

/** msgid → the places it comes from. */
export function strings() {
  const found = new Map();
  const add = (msgid, where) => found.set(msgid, [...(found.get(msgid) ?? []), where]);
  for (const file of files(plugin).sort()) {
    const rel = relative(plugin, file);
    const text = readFileSync(file, 'utf8');
    const line = (index) => text.slice(0, index).split('\n').length;
    if (/\.(php|js)$/.test(file)) {
      const call =
        /\b(?:__|_e|esc_html__|esc_attr__|esc_html_e|esc_attr_e)\(\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*,\s*['"]anct-widgets['"]\s*\)/g;
      for (const m of text.matchAll(call)) add(unquote(m[1]), `${rel}:${line(m.index)}`);
    }
    if (rel === 'anct-widgets.php')
      for (const m of text.matchAll(/^ \* (Plugin Name|Description):\s*(.+)$/gm)) add(m[2].trim(), `${rel}:${line(m.index)}`);
    if (rel.endsWith('block.json')) {
      const block = JSON.parse(text);
      for (const s of [block.title, block.description, ...(block.keywords ?? [])]) add(s, rel);
    }
  }
  return found;
}

const esc = (s) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

export function pot() {
  const head = [
    '# Les textes de l’extension WordPress anct-widgets, à traduire.',
    '# Écrit par scripts/wordpress/pot.mjs à partir des sources de wordpress/.',
    'msgid ""',
    'msgstr ""',
    '"Project-Id-Version: anct-widgets\\n"',
    '"MIME-Version: 1.0\\n"',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    '"Content-Transfer-Encoding: 8bit\\n"',
    '"Language: fr_FR\\n"',
    '"X-Domain: anct-widgets\\n"',
    '',
  ];
  const entries = [...strings()].map(([msgid, refs]) => `#: ${refs.join(' ')}\nmsgid "${esc(msgid)}"\nmsgstr ""\n`);
  return `${head.join('\n')}\n${entries.join('\n')}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--check')) {
    if (readFileSync(POT, 'utf8') !== pot()) {
      console.error('wordpress/languages/anct-widgets.pot is not the sources’ : run node scripts/wordpress/pot.mjs');
      process.exit(1);
    }
  } else writeFileSync(POT, pot());
}

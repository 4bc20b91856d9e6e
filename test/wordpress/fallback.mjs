// The element's content that the block saves in the post: what the editor has written in a
// block, what a public page holds inside an element's tag, read as a browser with JavaScript off
// reads it, and what `anct-widgets html` writes for the same element, to compare them.
import { execFileSync } from 'node:child_process';

const root = new URL('../../', import.meta.url).pathname;

/** The blocks of the post open in the editor that are the plugin's: their attributes and validity. */
export function blocks(page) {
  return page.evaluate(() =>
    window.wp.data
      .select('core/block-editor')
      .getBlocks()
      .filter((b) => b.name === 'anct-widgets/element')
      .map((b) => ({ clientId: b.clientId, isValid: b.isValid, ...b.attributes })),
  );
}

/** Waits until every block of the plugin in the editor (or the one `clientId`) holds content that matches `pattern`. */
export function saved(page, pattern, clientId) {
  return page.waitForFunction(
    (source, clientId) =>
      window.wp.data
        .select('core/block-editor')
        .getBlocks()
        .filter((b) => b.name === 'anct-widgets/element' && (!clientId || b.clientId === clientId))
        .every((b) => new RegExp(source).test(b.attributes.fallback)),
    { timeout: 30000 },
    pattern.source,
    clientId,
  );
}

/** What is inside the first `<tag …>` of `html`. */
export function inside(html, tag) {
  const match = html.match(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`));
  return match ? match[1] : undefined;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };

/**
 * The text of some HTML, as a reader reads it: entities decoded, spaces collapsed; typewriter
 * and typographic apostrophes and quotes alike, since WordPress curls those of a post's text
 * (wptexturize), a change of typography, not of content.
 */
export function texte(html) {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name) =>
      name[0] === '#' ? String.fromCodePoint(Number(name[1] === 'x' ? `0${name.slice(1)}` : name.slice(1))) : (ENTITIES[name] ?? all),
    )
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The start tags of some HTML with the names of their attributes, in order: what KSES would strip. */
export function balises(html) {
  return [...html.matchAll(/<([a-z][a-z0-9-]*)((?:\s+[^\s=>]+(?:="[^"]*"|='[^']*')?)*)\s*\/?>/gi)].map(([, tag, attrs]) =>
    [tag, ...[...attrs.matchAll(/\s+([^\s=>]+)/g)].map((a) => a[1]).sort()].join(' '),
  );
}

/** What `anct-widgets html` writes inside the element, for these options (`--commune 48095`…). */
export function commande(tag, ...options) {
  const html = execFileSync('node', [`${root}bin/anct-widgets.mjs`, 'html', tag, ...options], { encoding: 'utf8' });
  return inside(html, tag);
}

/**
 * A public page read with JavaScript off: each anct-* element's attributes, its headings, its
 * text, and whether its first heading takes room on the screen (is shown).
 */
export async function sansScript(browser, link) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setJavaScriptEnabled(false);
  await page.goto(link, { waitUntil: 'load' });
  const seen = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((e) => e.localName.startsWith('anct-'))
      .map((e) => ({
        tag: e.localName,
        commune: e.getAttribute('commune'),
        headings: [...e.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.textContent.trim()),
        text: e.textContent,
        shown: (e.querySelector('h1, h2, h3, h4, h5, h6')?.getBoundingClientRect().height ?? 0) > 0,
      })),
  );
  await context.close();
  return seen;
}

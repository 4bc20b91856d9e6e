// A public page of the test's WordPress, read as a visitor's browser shows it, and the code that
// docs/integration.md gives for a theme's functions.php.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url).pathname;

/**
 * An empty block beside the elements: its width is what the theme gives a block of the post's
 * content (themes narrow some and not others), the width an element or an iframe should fill.
 */
export const REPERE = '<!-- wp:html --><div data-repere=""></div><!-- /wp:html -->';

/** The PHP of docs/integration.md marked `<!-- snippet:NAME -->`. */
export function docSnippet(name) {
  const doc = readFileSync(`${root}docs/integration.md`, 'utf8');
  const match = doc.match(new RegExp(`<!-- snippet:${name} -->\\s*\`\`\`php\\n([\\s\\S]*?)\`\`\``));
  assert.ok(match, `docs/integration.md has a snippet:${name}`);
  return match[1];
}

/**
 * Opens `link` and waits until its anct-* elements (at least `expected`) have left their
 * loading state. Returns what a reader and a webmaster see: the programme lists' headings, each
 * element's state, the page's anct-widgets scripts (`type src`), the console's errors, and each
 * element's width beside its column's (that of `REPERE`, if the page has one).
 */
export async function publicPage(browser, link, expected = 1) {
  // A visitor's: none of the administrator's cookies (nor the admin bar, nor its avatar).
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} ${m.location()?.url ?? ''}`));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(link, { waitUntil: 'load' });
  const elements = () => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('anct-'));
  await page.waitForFunction(
    `(${elements})().length >= ${expected} && (${elements})().every((e) => e.getAttribute('state') && e.getAttribute('state') !== 'loading')`,
    { timeout: 20000 },
  );
  const seen = await page.evaluate(`(() => {
    const elements = (${elements})();
    // The column: the width the theme gives a block of the post's content.
    const column = () => document.querySelector('[data-repere]')?.getBoundingClientRect().width;
    return {
      headings: elements.filter((e) => e.localName === 'anct-programme-list').map((e) => e.shadowRoot.querySelector('[part~="heading"]')?.textContent.trim()),
      states: elements.map((e) => e.getAttribute('state')),
      scripts: [...document.scripts].filter((s) => /anct-widgets/.test(s.src)).map((s) => (s.type || 'classic') + ' ' + s.src),
      widths: elements.map((e) => [e.getBoundingClientRect().width, column(e)]),
    };
  })()`);
  await context.close();
  return { ...seen, errors };
}

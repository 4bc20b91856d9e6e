/**
 * What `anct-widgets html` prints, read in a browser: the same text as the element's own
 * rendering, for every element and the communes of test/support/html-cases.mjs (drawn with a
 * fixed seed); accessible (axe); and with the script, the element takes over from it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { validateFeed } from '../../src/data/feed/validate.js';
import type { ElementTag } from '../../src/elements.js';
import { fallbackHtml } from '../../src/static/fallback.js';
import { TAGS, cleanup, mount, settledDeep, visibleText } from '../support/mount.js';

type Case = Record<string, string>;

/** The command, run for real from dist/ by the test server. */
async function command(tag: string, c: Case): Promise<string> {
  const out = (await (await fetch(`/__html__/run?args=${encodeURIComponent(JSON.stringify({ tag, ...c }))}`)).json()) as {
    code: number;
    stdout: string;
    stderr: string;
  };
  expect(out.code, out.stderr).to.equal(0);
  return out.stdout;
}

/** The element the command printed, parsed inert: a template's content upgrades nothing. */
function parse(html: string): Element {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.firstElementChild!;
}

/**
 * What the element shows that its fallback leaves out on purpose: what needs the script (buttons,
 * the CSV built in the page), the time of day (« Ouvert maintenant »), the summary's « Masquer »
 * shown once a list is open, the column names the projects table shows only when stacked as
 * cards; and a chart, which the fallback writes as its sentence.
 */
const SCRIPT_ONLY = 'button, [part="switch"], [part="status"], [part="download"], .masquer, span[aria-hidden="true"], style, script';

/** The text of a node, through shadow roots, as the fallback writes it. */
function text(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return '';
  if (node.matches(SCRIPT_ONLY)) return '';
  if (node.localName === 'svg') return node.getAttribute('role') === 'img' ? ` ${node.getAttribute('aria-label') ?? ''} ` : '';
  const children = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
  return ` ${[...children].map(text).join('')} `;
}

/** Where the element reads the case's feed: the file given, or its département's shipped one. */
function address(c: Case): string {
  if (c.src) return `/${c.src}`;
  return `/dist/feeds/${c.commune ? c.commune.slice(0, c.commune.startsWith('97') ? 3 : 2) : c.departement}.json`;
}

const readable = (s: string) => visibleText({ textContent: s } as ParentNode);

describe('anct-widgets html, in a browser', () => {
  let cases: Case[] = [];
  before(async () => {
    cases = (await (await fetch('/__html__/cases')).json()) as Case[];
  });
  afterEach(cleanup);

  it('draws the communes it checks', () => {
    expect(cases).to.have.length(6);
  });

  for (const tag of TAGS) {
    it(`<${tag}>: the fallback reads as the element, for every commune, and passes axe`, async function () {
      this.timeout(120000);
      for (const c of cases) {
        const printed = parse(await command(tag, c));
        // The date of the data closes the fallback; the element says it in its sources.
        const date = printed.lastElementChild!;
        expect(date.textContent).to.match(/^Données d[eu] .*\d{4}\.$/);
        date.remove();

        const fallback = document.createElement('div');
        fallback.className = 'fixture';
        fallback.append(...printed.childNodes);
        document.body.append(fallback);
        await expect(fallback).to.be.accessible();

        const m = mount(tag, { ...c, src: address(c) });
        await settledDeep(m.el, 20000);
        expect(m.el.getAttribute('state'), JSON.stringify(c)).to.equal('content');
        expect(readable(text(fallback)), `${tag} ${JSON.stringify(c)}`).to.equal(readable(text(m.el)));
        cleanup();
      }
    });
  }

  it('writes in a page the very HTML the command writes in Node', async () => {
    for (const c of cases) {
      const { feed } = validateFeed(await (await fetch(address(c))).json());
      for (const tag of TAGS) {
        const printed = await command(tag, c);
        const inside = printed.slice(printed.indexOf('>\n') + 2, printed.lastIndexOf(`\n</${tag}>`));
        const { src: _, ...inputs } = c;
        expect(fallbackHtml(tag as ElementTag, feed!, inputs), `${tag} ${JSON.stringify(c)}`).to.equal(inside);
      }
    }
  });

  it('writes the same HTML from dist/html.js, the file a page without a bundler loads', async () => {
    const bundle = '/dist/html.js';
    const built = (await import(bundle)) as { fallbackHtml: typeof fallbackHtml };
    const { feed } = validateFeed(await (await fetch('/dist/feeds/48.json')).json());
    const printed = await command('anct-fiche', { commune: '48095' });
    const inside = printed.slice(printed.indexOf('>\n') + 2, printed.lastIndexOf('\n</anct-fiche>'));
    expect(built.fallbackHtml('anct-fiche', feed!, { commune: '48095' })).to.equal(inside);
  });

  it('gives way to the element when the script is there: the element shows its content, the fallback no longer', async () => {
    const printed = parse(await command('anct-programme-list', { commune: '48095' }));
    printed.setAttribute('feeds-base', '/dist/feeds/');
    const titre = printed.querySelector('h2')!;
    expect(titre.textContent).to.contain('Mende');
    const el = document.importNode(printed, true) as HTMLElement;
    document.body.append(el);
    // While the feed loads, the fallback is what the reader sees.
    const fallbackTitle = el.querySelector('h2')!;
    await waitUntil(() => el.getAttribute('state') === 'content', 'the element takes over', { timeout: 15000 });
    await settledDeep(el);
    expect(fallbackTitle.getClientRects().length, 'the fallback is no longer shown').to.equal(0);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(titre.textContent);
  });
});

/**
 * What the page around the elements does to them: the classic script in <head>, a framework that
 * gives the feed late, a script that wraps `fetch`, an element moved into another document.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { SOURCE_GRACE } from '../../src/components/feed-controller.js';
import { LOZERE, TAGS, cleanup, lozereJson, mount, settled, shadow, unique, visibleText } from '../support/mount.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean>; feed: unknown };

/** How many requests the test server received for this id. */
const hits = async (id: string) => ((await (await fetch(`/__feeds__/hits/${id}`)).json()) as { hits: number }).hits;

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const f of frames.splice(0)) f.remove();
});

function page(body: string, head = '<script src="/dist/anct-widgets.iife.js"></script>'): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="fr"><head>${head}</head><body>${body}</body></html>`;
  frames.push(frame);
  document.body.append(frame);
  return frame;
}

const states = (frame: HTMLIFrameElement) => [...frame.contentDocument!.querySelectorAll('[state]')].map((e) => e.getAttribute('state'));

describe('the classic script in <head>, without defer', () => {
  it('makes one request per feed: a fragment of the address aside, an element moved by the page aside', async () => {
    const id = unique();
    const url = `/__feeds__/counted/${id}?ms=300`;
    // A page script that moves an element while its feed is loading, as a CMS wrapping its content does.
    // The moved one has a feed of its own: no other element keeps its request going.
    const moved = unique();
    const body = `<anct-fibre-table src="/__feeds__/counted/${moved}?ms=300"><a href="fiche.pdf">Fiche en PDF</a></anct-fibre-table>
       <anct-programme-list src="${url}#a" commune="48095"></anct-programme-list>
       <anct-saisine-flow src="${url}#b"></anct-saisine-flow>
       <anct-fiche src="${url}"></anct-fiche>
       <script>setTimeout(() => { const box = document.createElement('div'); box.append(document.querySelector('anct-fibre-table')); document.body.append(box); }, 100);</script>`;
    const frame = document.createElement('iframe');
    frame.src = `/__feeds__/page?script=anct-widgets.iife.js&body=${encodeURIComponent(body)}`;
    frames.push(frame);
    document.body.append(frame);
    await waitUntil(
      () => frame.contentDocument?.readyState === 'complete' && states(frame).filter((s) => s === 'content').length === 4,
      'all shown',
      {
        timeout: 10000,
      },
    );
    expect(await hits(id)).to.equal(1);
    expect(await hits(moved)).to.equal(1);
  });
});

describe('a source given late', () => {
  afterEach(cleanup);

  it('shows the loading state and its fallback meanwhile, with no error, for a feed a framework sets later', async () => {
    for (const tag of TAGS) {
      const m = mount<Lit>(tag, {}, '<a href="https://example.org/fiche.pdf">Fiche en PDF</a>');
      await m.el.updateComplete;
      await new Promise((r) => setTimeout(r, 400));
      expect(m.el.getAttribute('state'), tag).to.equal('loading');
      expect((shadow(m.el, '[part="loading"] slot') as HTMLSlotElement).assignedElements().map(visibleText)).to.deep.equal([
        'Fiche en PDF',
      ]);
      m.el.feed = await lozereJson();
      await settled(m);
      expect(m.el.getAttribute('state'), tag).to.equal('content');
      expect(
        m.errors.map((e) => e.detail.code),
        tag,
      ).to.deep.equal([]);
    }
  });

  it('loads a src a page script sets after its own request, with no error meanwhile', async () => {
    const m = mount('anct-fibre-table');
    await new Promise((r) => setTimeout(r, 500));
    m.el.setAttribute('src', LOZERE);
    await settled(m);
    expect(visibleText(shadow(m.el, 'tfoot'))).to.equal('TOTAL 70 000 28 400 (41 %)');
    expect(m.errors).to.have.length(0);
  });

  it('reports no-source, in the console and as an event, only once the page has loaded and a moment has passed', async () => {
    const logged: string[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      const m = mount('anct-saisine-flow');
      const start = performance.now();
      await settled(m);
      expect(performance.now() - start).to.be.at.least(SOURCE_GRACE - 50);
      expect(m.el.getAttribute('state')).to.equal('error');
      expect(m.errors.map((e) => e.detail.code)).to.deep.equal(['no-source']);
      expect(logged.filter((l) => l.includes('no-source'))).to.have.length(1);
    } finally {
      console.error = error;
    }
  });

  it('reports no-source in a page only after its load event', async () => {
    // A page whose load waits for a slow image: the element without source stays loading until then.
    const frame = page(`<anct-fibre-table></anct-fibre-table><img alt="" src="/__feeds__/slow?ms=1500&${unique()}">`);
    await waitUntil(() => states(frame)[0] === 'loading', 'element upgraded', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 1000));
    expect(frame.contentDocument!.readyState).to.not.equal('complete');
    expect(states(frame)).to.deep.equal(['loading']);
    await waitUntil(() => states(frame)[0] === 'error', 'no-source after load', { timeout: 8000 });
  });
});

describe('a page script that wraps fetch', () => {
  const original = window.fetch;
  afterEach(() => {
    window.fetch = original;
    cleanup();
  });

  /** Each element on the page, given `src`, until it settles: its state and its error codes. */
  async function everyElement(src: () => string, attrs: Record<string, string> = {}) {
    const mounted = TAGS.map((tag) => mount(tag, { src: src(), ...attrs }));
    for (const m of mounted) await settled(m, `${m.el.localName} to settle`);
    return mounted.map((m) => ({ tag: m.el.localName, state: m.el.getAttribute('state'), codes: m.errors.map((e) => e.detail.code) }));
  }

  it('still shows every element from a Response-like with text() only', async () => {
    const body = await (await original(LOZERE)).text();
    window.fetch = (() => Promise.resolve({ text: () => Promise.resolve(body) })) as unknown as typeof fetch;
    const shown = await everyElement(() => `/feed-texte.json?${unique()}`);
    expect(shown.map((s) => [s.tag, s.state, s.codes.join()])).to.deep.equal(TAGS.map((tag) => [tag, 'content', '']));
  });

  it('says in French what is wrong, on every element, for an object without body, a fetch that throws at once, or never answers', async () => {
    const cases: [string, () => unknown, Record<string, string>, string][] = [
      ['an object without body', () => Promise.resolve({ ok: true, status: 200 }), {}, 'network'],
      [
        'a fetch that throws at once',
        () => {
          throw new TypeError('wrapped');
        },
        {},
        'network',
      ],
      ['a fetch that never answers', () => new Promise(() => {}), { timeout: '1' }, 'timeout'],
    ];
    for (const [what, wrapped, attrs, code] of cases) {
      window.fetch = wrapped as unknown as typeof fetch;
      const shown = await everyElement(() => `/feed-enveloppe.json?${unique()}`, attrs);
      expect(
        shown.map((s) => [s.tag, s.state, s.codes.join()]),
        what,
      ).to.deep.equal(TAGS.map((tag) => [tag, 'error', code]));
      for (const el of document.querySelectorAll(TAGS.join())) {
        expect(visibleText(shadow(el, '[part="error"]')), what).to.match(/[éèàùç’]/);
      }
      cleanup();
    }
  });
});

describe('an element moved into another document', () => {
  afterEach(cleanup);

  it('keeps its styles there, whether adopted or appended, and back', async () => {
    const feed = await lozereJson();
    const frame = page('<p>Page dans une iframe</p>', '');
    // Not the iframe's first, empty document: the page it loads.
    await waitUntil(() => frame.contentDocument?.querySelector('p'), 'iframe ready');
    const doc = frame.contentDocument!;
    const view = frame.contentWindow!;
    for (const how of ['adoptNode', 'append'] as const) {
      const m = mount<Lit>(how === 'adoptNode' ? 'anct-fibre-table' : 'anct-fiche');
      m.el.feed = feed;
      await settled(m);
      if (how === 'adoptNode') doc.body.append(doc.adoptNode(m.el));
      else doc.body.append(m.el);
      await m.el.updateComplete;
      expect(m.el.ownerDocument).to.equal(doc);
      // :host { display: block } and the table's own layout: the element's styles apply there.
      expect(view.getComputedStyle(m.el).display, how).to.equal('block');
      const table = (how === 'adoptNode' ? m.el : m.el.shadowRoot!.querySelector('anct-fibre-table')!).shadowRoot!.querySelector('table')!;
      expect(view.getComputedStyle(table).borderCollapse, how).to.equal('collapse');
      document.body.append(m.el);
      expect(getComputedStyle(m.el).display, `${how}, back`).to.equal('block');
      expect(getComputedStyle(table).borderCollapse, `${how}, back`).to.equal('collapse');
    }
  });
});

describe('the state, on the host', () => {
  afterEach(cleanup);

  /** A feed with nothing of its own still has the national saisine flow: it, and the fiche that holds it, show content. */
  const AVEC_UN_FEED_VIDE: Record<string, string> = { 'anct-saisine-flow': 'content', 'anct-fiche': 'content' };

  it('is loading, content, empty or error, as the element shows', async () => {
    const feed = await lozereJson();
    for (const tag of TAGS) {
      const loading = mount(tag, { src: `/__feeds__/slow?ms=1500&${unique()}` });
      const content = mount(tag, { src: LOZERE });
      const error = mount(tag, { src: `/__feeds__/status/500?${unique()}` });
      const empty = mount(
        tag,
        {},
        `<script type="application/json">${JSON.stringify({ ...feed, programmes: [], fibre: undefined, crte: undefined, accompagnements: [] })}</script>`,
      );
      await (loading.el as Lit).updateComplete;
      expect(loading.el.getAttribute('state'), tag).to.equal('loading');
      for (const m of [content, error, empty]) await settled(m);
      expect(
        [content, error, empty].map((m) => m.el.getAttribute('state')),
        tag,
      ).to.deep.equal(['content', 'error', AVEC_UN_FEED_VIDE[tag] ?? 'empty']);
      expect(Boolean(shadow(empty.el, '[part="empty"]')), tag).to.equal(empty.el.getAttribute('state') === 'empty');
      await settled(loading);
      expect(loading.el.getAttribute('state'), tag).to.equal('content');
      cleanup();
    }
  });
});

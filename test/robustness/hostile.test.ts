/**
 * Feeds that try to run code, networks that misbehave, a last good copy, and page styles that
 * try to reach in: whatever arrives, the elements execute nothing and say what is wrong.
 */
import { expect } from '@open-wc/testing';
import { LOZERE, TAGS, cleanup, deepText, lozereJson, mount, settled, settledDeep, shadow, unique, visibleText } from '../support/mount.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean>; feed: unknown };

const PAYLOADS = [
  '<img src=x onerror="window.__pwned(\'img\')">',
  '<script>window.__pwned("script")</script>',
  '"><svg onload="window.__pwned(\'svg\')">',
  '</script><img src=x onerror=window.__pwned("close")>',
  '${window.__pwned("template")}',
  '<a href="javascript:window.__pwned(\'lien\')">clic</a>',
];
const BAD_LINKS = [
  'javascript:window.__pwned("href")',
  'data:text/html,<script>window.__pwned("data")</script>',
  'vbscript:x',
  ' javascript:x',
];

/** Every string of the feed replaced by a payload; every link field by a bad scheme. */
function poison(value: any, i = { n: 0 }, key = ''): any {
  if (typeof value === 'string') {
    if (['url', 'email'].includes(key)) return BAD_LINKS[i.n++ % BAD_LINKS.length];
    if (['version', 'type', 'code', 'date', 'commune', 'id', 'axe', 'unite', 'siren', 'zone'].includes(key)) return value;
    return `${PAYLOADS[i.n++ % PAYLOADS.length]} ${value}`;
  }
  if (Array.isArray(value)) return value.map((v) => poison(v, i, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, i, k)]));
  return value;
}

/** Every link in the element and the parts it holds. */
function links(el: Element): HTMLAnchorElement[] {
  const root = el.shadowRoot!;
  return [
    ...root.querySelectorAll<HTMLAnchorElement>('a[href]'),
    ...[...root.querySelectorAll('*')].filter((e) => e.shadowRoot).flatMap((e) => links(e)),
  ];
}

/**
 * Resolves once an image of source "x", put on the page now, has failed to load (then a frame):
 * an injected `<img src=x onerror>`, requested earlier, would have fired by then.
 */
async function imageXFailed() {
  await new Promise<void>((resolve) => {
    const img = new Image();
    img.onerror = img.onload = () => resolve();
    img.src = 'x';
  });
  await new Promise((r) => requestAnimationFrame(r));
}

describe('feeds that try to run code', () => {
  const calls: string[] = [];
  before(() => {
    (window as any).__pwned = (what: string) => calls.push(what);
  });
  after(() => delete (window as any).__pwned);
  afterEach(cleanup);

  it('execute nothing, show every payload as text, and make only https, http and mailto links', async () => {
    const feed = poison(await lozereJson());
    const elements = TAGS.map((tag) => {
      const m = mount<Lit>(tag);
      m.el.feed = feed;
      return m;
    });
    for (const { el } of elements) await settledDeep(el);
    await imageXFailed();
    expect(calls).to.deep.equal([]);
    const text = deepText(elements.find((m) => m.el.localName === 'anct-fiche')!.el);
    // Assert on booleans: the fiche's text is long to print.
    for (const payload of PAYLOADS) expect(text.includes(payload), payload).to.equal(true);
    for (const { el } of elements) {
      for (const a of links(el)) {
        if (a.getAttribute('part') === 'download') expect(a.href.startsWith('data:text/csv;charset=utf-8,'), a.href).to.equal(true);
        else expect(['https:', 'http:', 'mailto:'], a.href).to.include(a.protocol);
      }
      const injected = [
        el.shadowRoot!,
        ...[...el.shadowRoot!.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : [])),
      ].flatMap((root) => [...root.querySelectorAll('img, script, svg[onload], iframe, object, embed')]);
      expect(injected.map((e) => e.outerHTML.slice(0, 60))).to.deep.equal([]);
    }
  });

  it('read inline JSON whose strings carry an escaped </script>, as text', async () => {
    const feed = await lozereJson();
    feed.territoire.nom = '</script><img src=x onerror=window.__pwned("inline")>Lozère';
    const json = JSON.stringify(feed).replace(/<\//g, '<\\/'); // what a page must write inside <script>
    const m = mount('anct-fibre-table', {}, `<script type="application/json">${json}</script>`);
    await settled(m);
    await imageXFailed();
    expect(calls).to.deep.equal([]);
    expect(visibleText(shadow(m.el, 'caption'))).to.contain('</script><img src=x onerror=window.__pwned("inline")>Lozère');
  });
});

describe('networks that misbehave, seen on an element', () => {
  afterEach(cleanup);

  const cases: [string, string, Record<string, string>, string][] = [
    ['a 404', `/__feeds__/status/404?`, {}, 'http'],
    ['a 500', `/__feeds__/status/500?`, {}, 'http'],
    ['HTML instead of JSON', `/__feeds__/html?`, {}, 'not-json'],
    ['invalid JSON', `/__feeds__/invalid-json?`, {}, 'not-json'],
    // The longest timeout: on a loaded machine, reading the first 5 MB must not race the timer.
    ['a 20 MB body', `/__feeds__/huge?mb=20&`, { timeout: '60' }, 'too-large'],
    ['a server that never answers', `/__feeds__/hang/x?`, { timeout: '1' }, 'timeout'],
    ['a refusal by CORS', `http://127.0.0.1:${location.port}/__feeds__/counted/cors?`, {}, 'network'],
  ];
  for (const [what, url, attrs, code] of cases) {
    it(`says so in French, with its own code, for ${what}`, async () => {
      const m = mount('anct-fibre-table', { src: `${url}${unique()}`, ...attrs });
      await settled(m, what);
      expect(m.errors.map((e) => e.detail.code)).to.deep.equal([code]);
      const message = visibleText(shadow(m.el, '[part="error"]'));
      expect(message).to.contain('Les données de la fiche territoriale ne peuvent pas être affichées.');
      expect(message).to.match(/[éèàùç’]/); // French, not a raw browser message
      expect(shadow(m.el, '[part="loading"]')).to.equal(null);
    });
  }

  it('tells a 404 from a 500 in its message', async () => {
    const missing = mount('anct-fibre-table', { src: `/__feeds__/status/404?${unique()}` });
    const broken = mount('anct-fibre-table', { src: `/__feeds__/status/500?${unique()}` });
    await settled(missing);
    await settled(broken);
    expect(missing.errors[0]!.detail.message).to.contain('introuvable');
    expect(broken.errors[0]!.detail.message).to.contain('Réessayez plus tard');
  });
});

describe('the last good copy', () => {
  afterEach(() => {
    cleanup();
    for (const key of Object.keys(localStorage)) if (key.startsWith('anct-widgets:')) localStorage.removeItem(key);
  });

  it('shows when the feed that loaded before fails now, with its date', async () => {
    const src = `/__feeds__/flaky/${unique()}`;
    const first = mount('anct-fibre-table', { src });
    await settled(first);
    expect(first.loads).to.have.length(1);
    first.el.remove();
    // A new page load: the loader's memory is gone, the copy in storage stays. Simulated by a
    // different but equivalent address of the same feed.
    const stored = Object.keys(localStorage).find((k) => k.endsWith(src))!;
    const again = `${src}?autre-chargement`;
    localStorage.setItem(stored.replace(src, again), localStorage.getItem(stored)!);
    const second = mount('anct-fibre-table', { src: again });
    await settled(second);
    expect(visibleText(shadow(second.el, 'tfoot'))).to.equal('TOTAL 70 000 28 400 (41 %)');
    expect(visibleText(shadow(second.el, '[part="notice"]'))).to.match(
      /^Données enregistrées le \d{1,2} \S+ \d{4} à \d{2}:\d{2} : elles n’ont pas pu être mises à jour\.$/,
    );
    expect(second.errors.map((e) => e.detail.code)).to.deep.equal(['http']);
    expect(second.loads).to.have.length(1);
  });

  it('does not show a feed its server says is gone (404)', async () => {
    const src = `/__feeds__/status/404?${unique()}`;
    const { saveLastKnown } = await import('../../src/data/load/last-known.js');
    saveLastKnown(new URL(src, location.href).href, await lozereJson());
    const m = mount('anct-fibre-table', { src });
    await settled(m);
    expect(shadow(m.el, '[part="error"]')).to.not.equal(null);
    expect(m.errors.map((e) => e.detail.code)).to.deep.equal(['http']);
  });

  it('ignores a corrupted copy, and keeps no copy over its bound', async () => {
    const src = `/__feeds__/status/503?${unique()}`;
    localStorage.setItem(`anct-widgets:feed:${new URL(src, location.href).href}`, '{"savedAt": "hier", "json": {');
    const m = mount('anct-fibre-table', { src });
    await settled(m);
    expect(m.errors.map((e) => e.detail.code)).to.deep.equal(['http']);
    expect(shadow(m.el, '[part="error"]')).to.not.equal(null);
    const { saveLastKnown, readLastKnown, LAST_KNOWN_MAX_FEEDS, LAST_KNOWN_MAX_TOTAL } = await import('../../src/data/load/last-known.js');
    const now = new Date();
    saveLastKnown('https://exemple.fr/enorme.json', { texte: 'x'.repeat(300_000) }, now);
    expect(readLastKnown('https://exemple.fr/enorme.json')).to.equal(undefined);
    const minute = (i: number) => new Date(now.getTime() - (60 - i) * 60_000);
    for (let i = 0; i < LAST_KNOWN_MAX_FEEDS + 4; i++) saveLastKnown(`https://exemple.fr/${i}.json`, { i }, minute(i));
    const kept = () => Object.keys(localStorage).filter((k) => k.startsWith('anct-widgets:feed:'));
    expect(kept()).to.have.length(LAST_KNOWN_MAX_FEEDS);
    expect(readLastKnown('https://exemple.fr/0.json')).to.equal(undefined);
    expect(readLastKnown(`https://exemple.fr/${LAST_KNOWN_MAX_FEEDS + 3}.json`)!.json).to.deep.equal({ i: LAST_KNOWN_MAX_FEEDS + 3 });
    // The total is bounded too: five copies of 240 000 characters do not all stay.
    for (let i = 0; i < 5; i++) saveLastKnown(`https://exemple.fr/gros-${i}.json`, { t: 'y'.repeat(240_000) }, minute(30 + i));
    const total = kept().reduce((n, k) => n + localStorage.getItem(k)!.length, 0);
    expect(total).to.be.at.most(LAST_KNOWN_MAX_TOTAL);
    expect(readLastKnown('https://exemple.fr/gros-4.json')).to.not.equal(undefined);
    // And an old copy is not shown.
    saveLastKnown('https://exemple.fr/ancien.json', { vieux: true }, new Date(now.getTime() - 100 * 86_400_000));
    expect(readLastKnown('https://exemple.fr/ancien.json')).to.equal(undefined);
  });
});

describe('the last good copy never lies', () => {
  afterEach(() => {
    cleanup();
    for (const key of Object.keys(localStorage)) if (key.startsWith('anct-widgets:')) localStorage.removeItem(key);
  });

  const key = (src: string) => `anct-widgets:feed:${new URL(src, location.href).href}`;

  /** A copy in storage as an earlier visit would have left it, dated `savedAt`. */
  async function stored(src: string, savedAt: string) {
    localStorage.setItem(key(src), JSON.stringify({ savedAt, json: await lozereJson() }));
  }

  it('is deleted when the server says the feed is gone, and does not come back on a later 500', async () => {
    const src = `/__feeds__/sequence/${unique()}?codes=410,500`;
    const { saveLastKnown } = await import('../../src/data/load/last-known.js');
    saveLastKnown(new URL(src, location.href).href, await lozereJson());
    const gone = mount('anct-fibre-table', { src });
    await settled(gone);
    expect(gone.errors.map((e) => e.detail.code)).to.deep.equal(['http']);
    expect(localStorage.getItem(key(src))).to.equal(null);
    gone.el.remove();
    const later = mount('anct-fibre-table', { src });
    await settled(later);
    expect(later.el.getAttribute('state')).to.equal('error');
    expect(visibleText(shadow(later.el, '[part="error"]'))).to.contain('(erreur 500)');
    expect(later.errors[0]!.detail.technique).to.contain('HTTP 500');
    expect(shadow(later.el, 'table')).to.equal(null);
  });

  it('is discarded, and deleted, when dated in the future or older than 90 days', async () => {
    const day = 86_400_000;
    for (const savedAt of [new Date(Date.now() + day).toISOString(), new Date(Date.now() - 91 * day).toISOString()]) {
      const src = `/__feeds__/status/503?${unique()}`;
      await stored(src, savedAt);
      const m = mount('anct-fibre-table', { src });
      await settled(m);
      expect(m.el.getAttribute('state'), savedAt).to.equal('error');
      expect(shadow(m.el, '[part="notice"]'), savedAt).to.equal(null);
      expect(localStorage.getItem(key(src)), savedAt).to.equal(null);
    }
  });

  it('gives its date in the notice and in the event, whatever form the date was stored in', async () => {
    const src = `/__feeds__/status/503?${unique()}`;
    await stored(src, new Date(Date.now() - 86_400_000).toUTCString());
    const m = mount('anct-fibre-table', { src });
    await settled(m);
    const date = /le \d{1,2} \S+ \d{4} à \d{2}:\d{2}/;
    expect(visibleText(shadow(m.el, '[part="notice"]'))).to.match(date);
    expect(m.errors[0]!.detail.message).to.match(date);
  });

  it('is still saved when one entry of the index is unreadable', async () => {
    const { saveLastKnown, readLastKnown } = await import('../../src/data/load/last-known.js');
    saveLastKnown('https://exemple.fr/bon.json', { bon: true });
    const index = JSON.parse(localStorage.getItem('anct-widgets:index')!);
    localStorage.setItem(
      'anct-widgets:index',
      JSON.stringify({ ...index, 'https://exemple.fr/x.json': null, 'https://exemple.fr/y.json': 'hier' }),
    );
    saveLastKnown('https://exemple.fr/nouveau.json', { nouveau: true });
    expect(readLastKnown('https://exemple.fr/nouveau.json')!.json).to.deep.equal({ nouveau: true });
    expect(readLastKnown('https://exemple.fr/bon.json')!.json).to.deep.equal({ bon: true });
  });
});

describe('a page whose styles try to reach in', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = `
      * { all: unset !important; }
      table, tr, td, th, caption, div, p, ul, li, h1, h2, h3, h4 { display: none !important; }
      td, th { color: red !important; font-size: 40px !important; visibility: hidden !important; }
      body { line-height: 0 !important; text-transform: uppercase !important; letter-spacing: 10px !important; }
      * { text-align: right !important; white-space: nowrap !important; }`;
    document.head.append(style);
  });
  after(() => style.remove());
  afterEach(cleanup);

  it('leaves the table drawn as it is, only the inherited font aside', async () => {
    const m = mount('anct-fibre-table', { src: LOZERE, look: 'dsfr', theme: 'light' });
    await settled(m);
    const table = shadow(m.el, 'table') as HTMLTableElement;
    expect(getComputedStyle(table).display).to.equal('table');
    expect(table.getBoundingClientRect().height).to.be.greaterThan(100);
    const cell = shadow(m.el, 'tbody td')!;
    expect(getComputedStyle(cell).color).to.equal('rgb(58, 58, 58)');
    expect(getComputedStyle(cell).visibility).to.equal('visible');
    const base = shadow(m.el, '[part="base"]')!;
    expect(getComputedStyle(base).textTransform).to.equal('none');
    expect(getComputedStyle(base).letterSpacing).to.equal('normal');
    expect(visibleText(shadow(m.el, 'tfoot'))).to.equal('TOTAL 70 000 28 400 (41 %)');
  });
});

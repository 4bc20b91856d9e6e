/**
 * What every element shares, checked on each of them: where the feed comes from, the states a
 * reader sees, events, theme, accessibility.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { LOZERE, TAGS, cleanup, lozereJson, mount, settled, shadow, shadowAll, visibleText, unique } from '../support/mount.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean>; feed: unknown };

/** How many requests the test server received for this id. */
const hits = async (id: string) => ((await (await fetch(`/__feeds__/hits/${id}`)).json()) as { hits: number }).hits;

for (const tag of TAGS) {
  describe(`<${tag}>, like every element`, () => {
    afterEach(cleanup);

    it('holds its space while loading, busy; with fallback content, shows it as it is', async () => {
      const empty = mount(tag, { src: `/__feeds__/slow?ms=400&${unique()}` });
      await (empty.el as Lit).updateComplete;
      expect(shadow(empty.el, '[part="loading"]')!.getBoundingClientRect().height).to.be.greaterThan(50);
      const m = mount(tag, { src: `/__feeds__/slow?ms=400&${unique()}` }, '<a href="https://example.org/fiche.pdf">Fiche en PDF</a>');
      await (m.el as Lit).updateComplete;
      const base = shadow(m.el, '[part="base"]')!;
      expect(base.getAttribute('aria-busy')).to.equal('true');
      expect(m.el.getAttribute('state')).to.equal('loading');
      // The link's own line, in no placeholder box.
      const link = m.el.querySelector('a')!.getBoundingClientRect();
      expect(shadow(m.el, '[part="loading"]')!.getBoundingClientRect().height).to.be.within(link.height - 1, link.height * 1.6);
      const slot = shadow(m.el, '[part="loading"] slot') as HTMLSlotElement;
      expect(slot.assignedElements().map(visibleText)).to.deep.equal(['Fiche en PDF']);
      await settled(m);
      expect(shadow(m.el, 'slot')).to.equal(null); // content replaces the fallback
      // Reflected on the host, so that an observer of the page's attributes sees the content come.
      expect(m.el.getAttribute('state')).to.equal('content');
      expect(m.loads).to.have.length(1);
    });

    it('says in French what is wrong when the feed is missing, and fires anct-error', async () => {
      const m = mount(tag, { src: `/__feeds__/status/404?${unique()}` });
      await settled(m);
      expect(visibleText(shadow(m.el, '[part="error"]'))).to.contain('Le fichier de données est introuvable');
      expect(m.errors.map((e) => e.detail.code)).to.deep.equal(['http']);
      expect(m.el.getAttribute('state')).to.equal('error');
      expect(m.errors[0]!.bubbles && m.errors[0]!.composed).to.equal(true);
      expect(m.loads).to.have.length(0);
    });

    it('tells a missing source, broken inline JSON and an unknown version apart', async () => {
      const none = mount(tag);
      const broken = mount(tag, {}, '<script type="application/json">{"version": 1,</script>');
      const future = mount(tag, {}, '<script type="application/json">{"version": 2}</script>');
      for (const m of [none, broken, future]) await settled(m);
      expect(none.errors.map((e) => e.detail.code)).to.deep.equal(['no-source']);
      expect(visibleText(shadow(none.el, '[part="error"]'))).to.contain('attribut src');
      expect(broken.errors.map((e) => e.detail.code)).to.deep.equal(['not-json']);
      expect(future.errors.map((e) => [e.detail.code, e.detail.path])).to.deep.equal([['invalid-feed', 'version']]);
      expect(future.errors[0]!.detail.message).to.contain('version 2 inconnue : cette version d’anct-widgets lit la version 1 du format');
      expect(visibleText(shadow(future.el, '[part="error"]'))).to.contain('version 2 inconnue');
    });

    it('reloads when src changes, and a late answer never replaces a newer one', async () => {
      const id = unique();
      const ancien = `/__feeds__/held/${id}?nom=Ancien`;
      const m = mount(tag, { src: ancien });
      await waitUntil(async () => (await hits(id)) === 1, 'the first request arrived');
      m.el.setAttribute('src', `/__feeds__/variant?nom=Nouveau&ms=0&${unique()}`);
      await settled(m);
      // The server answers the old request now (the element has aborted it: nobody else waits).
      await fetch(`/__feeds__/release/${id}`);
      await new Promise((r) => requestAnimationFrame(r));
      await (m.el as Lit).updateComplete;
      expect(m.loads.map((e) => e.detail.feed.territoire.nom)).to.deep.equal(['Nouveau']);
      expect(shadow(m.el, '[part="loading"]')).to.equal(null);
    });

    it('aborts its request when removed while loading', async () => {
      const id = unique();
      const m = mount(tag, { src: `/__feeds__/hang/${id}` });
      // Removed once the server holds the request (it then says closed: false), not after a guess.
      await waitUntil(async () => (await (await fetch(`/__feeds__/closed/${id}`)).json()).closed === false, 'request received', {
        timeout: 5000,
      });
      m.el.remove();
      await waitUntil(async () => (await (await fetch(`/__feeds__/closed/${id}`)).json()).closed === true, 'request closed', {
        timeout: 5000,
      });
    });

    it('loads again when put back on the page after leaving mid-load', async () => {
      const id = unique();
      const m = mount(tag, { src: `/__feeds__/held/${id}` });
      await waitUntil(async () => (await hits(id)) === 1, 'the request arrived');
      m.el.remove();
      document.body.append(m.el);
      await fetch(`/__feeds__/release/${id}`);
      await settled(m);
      expect(m.loads).to.have.length(1);
      expect(m.errors).to.have.length(0);
    });

    it('follows the DSFR theme of the page in the DSFR look, unless told otherwise', async () => {
      const auto = mount(tag, { src: LOZERE, look: 'dsfr' });
      const light = mount(tag, { src: LOZERE, look: 'dsfr', theme: 'light' });
      await settled(auto);
      await settled(light);
      const colour = (el: Element) => getComputedStyle(shadow(el, '[part="base"]')!).backgroundColor;
      expect(colour(auto.el)).to.equal('rgb(255, 255, 255)');
      document.documentElement.setAttribute('data-fr-theme', 'dark');
      await waitUntil(() => colour(auto.el) === 'rgb(22, 22, 22)', 'dark with the page', { timeout: 5000 });
      expect(colour(light.el)).to.equal('rgb(255, 255, 255)');
      const unknown = mount(tag, { src: LOZERE, look: 'dsfr', theme: 'violet' });
      await settled(unknown);
      expect(colour(unknown.el)).to.equal('rgb(22, 22, 22)'); // an unknown theme is `auto`
    });

    it('takes a DSFR site’s own tokens in auto theme, and not when told light', async () => {
      document.documentElement.style.setProperty('--background-default-grey', 'rgb(4, 5, 6)');
      try {
        const auto = mount(tag, { src: LOZERE });
        const light = mount(tag, { src: LOZERE, theme: 'light' });
        await settled(auto);
        await settled(light);
        expect(getComputedStyle(shadow(auto.el, '[part="base"]')!).backgroundColor).to.equal('rgb(4, 5, 6)');
        expect(getComputedStyle(shadow(light.el, '[part="base"]')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      } finally {
        document.documentElement.style.removeProperty('--background-default-grey');
      }
    });

    it('lets a page theme it through --anct-* properties, and writes no inline style', async () => {
      const m = mount(tag, { src: LOZERE });
      m.el.style.setProperty('--anct-color-background', 'rgb(1, 2, 3)');
      await settled(m);
      expect(getComputedStyle(shadow(m.el, '[part="base"]')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(shadowAll(m.el, '[style]')).to.deep.equal([]);
    });

    for (const theme of ['light', 'dark']) {
      it(`passes axe-core with no violation, DSFR look, ${theme}`, async () => {
        const m = mount(tag, { src: LOZERE, look: 'dsfr', theme });
        await settled(m);
        await expect(m.el).to.be.accessible();
      });
    }

    it('passes axe-core in its error state', async () => {
      const m = mount(tag, { src: `/__feeds__/status/500?${unique()}` }, '<a href="https://example.org/fiche.pdf">Fiche en PDF</a>');
      await settled(m);
      await expect(m.el).to.be.accessible();
    });
  });
}

describe('an element removed before its first update', () => {
  afterEach(cleanup);

  it('asks nothing of the server, and loads when it comes back', async () => {
    const id = unique();
    // The loader asks with fetch() in the update that starts a load: watch it for this update.
    const asked: string[] = [];
    const fetchOfThePage = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      asked.push(input instanceof Request ? input.url : String(input));
      return fetchOfThePage(input, init);
    };
    let m: ReturnType<typeof mount>;
    try {
      m = mount('anct-fibre-table', { src: `/__feeds__/counted/${id}` });
      m.el.remove();
      await (m.el as Lit).updateComplete;
    } finally {
      window.fetch = fetchOfThePage;
    }
    expect(asked.filter((url) => url.includes(id))).to.deep.equal([]);
    document.body.append(m.el);
    await settled(m);
    expect(await hits(id)).to.equal(1);
    expect(m.loads).to.have.length(1);
  });
});

describe('several elements on one page', () => {
  afterEach(cleanup);

  it('share one request for one feed', async () => {
    const id = unique();
    const elements = TAGS.map((tag) => mount(tag, { src: `/__feeds__/counted/${id}` }));
    for (const m of elements) await settled(m);
    expect(((await (await fetch(`/__feeds__/hits/${id}`)).json()) as { hits: number }).hits).to.equal(1);
  });

  it('keep showing the valid sections when another section is broken', async () => {
    const feed = await lozereJson();
    feed.fibre = { zones: 'AMII' };
    const [fibre, programmes, saisine] = TAGS.slice(0, 3).map((tag) => {
      const m = mount(tag);
      (m.el as Lit).feed = feed;
      return m;
    });
    for (const m of [fibre!, programmes!, saisine!]) await settled(m);
    expect(fibre!.errors.map((e) => e.detail.path)).to.deep.equal(['fibre.zones', 'fibre.source']);
    expect(programmes!.errors).to.have.length(0);
    expect(shadowAll(programmes!.el, '[part="item"]')).to.have.length(12);
    expect(saisine!.loads).to.have.length(1);
  });
});

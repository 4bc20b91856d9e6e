/**
 * The two looks, as a reader sees them: the DSFR's on a page that uses the DSFR (a State site),
 * and elsewhere a neutral look made of the page's own colours, with no State blue; `look`
 * forces one. Read from the computed colours of every box, through the fiche's nested elements.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { LOZERE, TAGS, cleanup, mount, settledDeep, shadow } from '../support/mount.js';

/** The DSFR's own colours that say "State": blue-france, light and dark. */
const BLEUS = ['rgb(0, 0, 145)', 'rgb(133, 133, 246)', 'rgb(106, 106, 244)', 'rgb(245, 245, 254)', 'rgb(27, 27, 53)', 'rgb(10, 118, 246)'];
const PROPRIETES = [
  'color',
  'background-color',
  'border-top-color',
  'border-bottom-color',
  'border-left-color',
  'fill',
  'stroke',
  'outline-color',
];

/** Every element inside the element's shadow root, and inside those of the elements it holds. */
function everything(root: Element): Element[] {
  const found: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root.shadowRoot!);
  return found;
}

/** The colours of every box, as the engine computed them. */
function colours(root: Element): Set<string> {
  const set = new Set<string>();
  for (const el of everything(root)) {
    const style = getComputedStyle(el);
    for (const p of PROPRIETES) set.add(style.getPropertyValue(p).replace(/\s+/g, ' '));
  }
  return set;
}

/** A page region with its own colours, as a site's CSS would set them. */
function page(color: string, background: string): HTMLDivElement {
  const div = document.createElement('div');
  div.className = 'fixture';
  div.style.color = color;
  div.style.background = background;
  div.style.padding = '1rem';
  document.body.append(div);
  return div;
}

/** The DSFR's colour tokens on the page, light and dark, as dsfr.min.css defines them. */
function dsfrTokens(): HTMLStyleElement {
  const style = document.createElement('style');
  style.className = 'fixture';
  style.textContent = `
    :root { --text-default-grey: #3a3a3a; --text-title-grey: #161616; --text-mention-grey: #666;
      --background-default-grey: #fff; --background-alt-grey: #f6f6f6; --background-alt-blue-france: #f5f5fe;
      --border-default-grey: #ddd; --text-action-high-blue-france: #000091; --artwork-minor-blue-france: #6a6af4;
      --text-default-error: #ce0500; }
    :root[data-fr-theme='dark'] { --text-default-grey: #cecece; --text-title-grey: #fff; --text-mention-grey: #929292;
      --background-default-grey: #161616; --background-alt-grey: #1e1e1e; --background-alt-blue-france: #1b1b35;
      --border-default-grey: #353535; --text-action-high-blue-france: #8585f6; --artwork-minor-blue-france: #6a6af4;
      --text-default-error: #ff5655; }`;
  document.head.append(style);
  return style;
}

const base = (el: Element) => getComputedStyle(shadow(el, '[part="base"]')!);

for (const tag of TAGS) {
  describe(`<${tag}>, its look`, () => {
    afterEach(() => {
      cleanup();
      for (const el of document.querySelectorAll('head > .fixture')) el.remove();
    });

    it('wears the page’s own colours on a page without the DSFR: its text colour, no background, no State blue', async () => {
      const m = mount(tag, { src: LOZERE }, '', page('rgb(20, 30, 40)', 'rgb(255, 255, 255)'));
      await settledDeep(m.el);
      expect(base(m.el).color).to.equal('rgb(20, 30, 40)');
      expect(base(m.el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(shadow(m.el, '[part="base"]')!.className).to.contain('neutre');
      expect([...colours(m.el)].filter((c) => BLEUS.includes(c))).to.deep.equal([]);
    });

    it('takes its accent from --anct-color-accent on a page without the DSFR', async () => {
      const region = page('rgb(20, 30, 40)', 'rgb(255, 255, 255)');
      region.style.setProperty('--anct-color-accent', 'rgb(150, 0, 60)');
      const m = mount(tag, { src: LOZERE }, '', region);
      await settledDeep(m.el);
      expect(base(m.el).getPropertyValue('--_accent').trim()).to.equal('rgb(150, 0, 60)');
      expect(colours(m.el)).to.include('rgb(150, 0, 60)');
      expect(base(m.el).color).to.equal('rgb(20, 30, 40)');
    });

    it('follows a dark page’s own light text', async () => {
      const m = mount(tag, { src: LOZERE }, '', page('rgb(238, 238, 238)', 'rgb(20, 20, 20)'));
      await settledDeep(m.el);
      expect(base(m.el).color).to.equal('rgb(238, 238, 238)');
      expect(base(m.el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    });

    it('wears the DSFR’s colours on a DSFR page, light, and dark with data-fr-theme', async () => {
      dsfrTokens();
      const m = mount(tag, { src: LOZERE });
      await settledDeep(m.el);
      expect(base(m.el).color).to.equal('rgb(58, 58, 58)');
      expect(base(m.el).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(colours(m.el)).to.include('rgb(0, 0, 145)');
      document.documentElement.setAttribute('data-fr-theme', 'dark');
      await waitUntil(() => base(m.el).backgroundColor === 'rgb(22, 22, 22)', 'dark with the page', { timeout: 5000 });
      expect(base(m.el).color).to.equal('rgb(206, 206, 206)');
      expect(base(m.el).getPropertyValue('--_accent').trim()).to.equal('#8585f6');
    });

    it('takes the DSFR look when the page turns to the DSFR after it came', async () => {
      const m = mount(tag, { src: LOZERE });
      await settledDeep(m.el);
      expect(base(m.el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      dsfrTokens();
      // The DSFR's script says so by writing the page's theme.
      document.documentElement.setAttribute('data-fr-theme', 'light');
      await waitUntil(() => base(m.el).backgroundColor === 'rgb(255, 255, 255)', 'DSFR look', { timeout: 5000 });
    });

    it('is forced either way by look', async () => {
      const neutre = mount(tag, { src: LOZERE, look: 'neutre' }, '', page('rgb(20, 30, 40)', 'rgb(255, 255, 255)'));
      const plain = mount(tag, { src: LOZERE, look: 'dsfr' }, '', page('rgb(20, 30, 40)', 'rgb(255, 255, 255)'));
      await settledDeep(plain.el);
      expect(base(plain.el).color).to.equal('rgb(58, 58, 58)');
      expect(base(plain.el).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(colours(plain.el)).to.include('rgb(0, 0, 145)');
      dsfrTokens();
      document.documentElement.setAttribute('data-fr-theme', 'dark');
      await settledDeep(neutre.el);
      await waitUntil(() => base(plain.el).backgroundColor === 'rgb(22, 22, 22)', 'the DSFR look dark with the page', { timeout: 5000 });
      expect(base(neutre.el).color).to.equal('rgb(20, 30, 40)');
      expect(base(neutre.el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect([...colours(neutre.el)].filter((c) => BLEUS.includes(c))).to.deep.equal([]);
    });

    for (const { nom, color, background } of [
      { nom: 'black on white', color: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' },
      { nom: 'light on dark', color: 'rgb(230, 230, 230)', background: 'rgb(24, 24, 27)' },
    ]) {
      it(`passes axe-core in the neutral look, ${nom}`, async () => {
        const m = mount(tag, { src: LOZERE }, '', page(color, background));
        await settledDeep(m.el);
        await expect(m.el.parentElement).to.be.accessible();
      });
    }

    it('passes axe-core in the DSFR look of a dark DSFR page', async () => {
      dsfrTokens();
      document.documentElement.setAttribute('data-fr-theme', 'dark');
      const m = mount(tag, { src: LOZERE });
      await settledDeep(m.el);
      await expect(m.el).to.be.accessible();
    });
  });
}

describe('a DSFR stylesheet that comes after the elements', () => {
  it('is seen once the page has loaded', async () => {
    const iframe = document.createElement('iframe');
    iframe.className = 'fixture';
    // The page's load waits for a slow image; meanwhile the element shows, and then the page
    // gets the DSFR's tokens, with no change the theme's observer would see.
    iframe.srcdoc = `<!doctype html><html lang="fr"><head><script type="module" src="${location.origin}/src/entries/index.ts"></script></head><body>
      <anct-saisine-flow src="${location.origin}${LOZERE}"></anct-saisine-flow>
      <img alt="" src="${location.origin}/__feeds__/slow?ms=1500&${Date.now()}">
      <script type="module">
        customElements.whenDefined('anct-saisine-flow').then(() => setTimeout(() => {
          const style = document.createElement('style');
          style.textContent = ':root { --background-default-grey: rgb(250, 251, 252); }';
          document.head.append(style);
        }, 300));
      </script></body></html>`;
    document.body.append(iframe);
    try {
      const fond = () => {
        const base = iframe.contentDocument?.querySelector('anct-saisine-flow')?.shadowRoot?.querySelector('[part="base"]');
        return base ? iframe.contentWindow!.getComputedStyle(base).backgroundColor : undefined;
      };
      await waitUntil(() => fond() === 'rgba(0, 0, 0, 0)', 'neutral first', { timeout: 5000 });
      await waitUntil(() => iframe.contentDocument!.readyState === 'complete', 'loaded', { timeout: 10000 });
      await waitUntil(() => fond() === 'rgb(250, 251, 252)', 'the DSFR look once loaded', { timeout: 5000 });
    } finally {
      iframe.remove();
    }
  });
});

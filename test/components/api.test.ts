/**
 * The API as documented (dist/custom-elements.json, from the JSDoc) against the API as rendered:
 * every part an element renders and every custom property its styles read is documented, on the
 * element or inherited from the base; each theme sets every colour of the palette; the fiche
 * forwards its parts' parts; events follow the view, not the updates.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { PALETTE } from '../../src/components/base.styles.js';
import { ELEMENTS } from '../../src/elements.js';
import { LOZERE, cleanup, lozereJson, mount, settled, settledDeep, shadow, unique } from '../support/mount.js';

interface Declaration {
  tagName?: string;
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

let documented: Map<string, Declaration>;

before(async () => {
  const manifest = (await (await fetch('/dist/custom-elements.json')).json()) as { modules: { declarations?: Declaration[] }[] };
  documented = new Map(
    manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.tagName)
      .map((d) => [d.tagName!, d]),
  );
});

const partsRendered = (el: Element) =>
  new Set([...el.shadowRoot!.querySelectorAll('[part]')].flatMap((p) => p.getAttribute('part')!.split(/\s+/)));

for (const { tag, element } of ELEMENTS) {
  describe(`<${tag}>, as documented`, () => {
    afterEach(cleanup);

    it('documents the parts it declares, and renders no other in any state', async () => {
      const declared = (element as unknown as { parts: readonly string[] }).parts;
      const names = documented.get(tag)!.cssParts!.map((p) => p.name);
      expect([...names].sort(), 'manifest and static parts').to.deep.equal([...new Set(declared)].sort());
      const feed = await lozereJson();
      const states = [
        mount(tag, { src: LOZERE, commune: '48095' }),
        mount(tag, { src: LOZERE }),
        mount(tag, { src: `/__feeds__/status/404?${unique()}` }),
        mount(
          tag,
          {},
          `<script type="application/json">${JSON.stringify({ ...feed, programmes: [], fibre: undefined, crte: undefined, accompagnements: [] })}</script>`,
        ),
        mount(tag, { src: `/__feeds__/slow?ms=2000&${unique()}` }),
      ];
      for (const m of states.slice(0, 4)) await settled(m);
      for (const m of states) {
        const rendered = partsRendered(m.el);
        expect(
          [...rendered].filter((p) => !names.includes(p)),
          `${tag} renders undocumented parts`,
        ).to.deep.equal([]);
      }
    });

    it('documents every custom property its styles read', () => {
      const styles = (element as unknown as { elementStyles: { cssText: string }[] }).elementStyles.map((s) => s.cssText).join('\n');
      const used = new Set(styles.match(/--anct-[a-z-]+/g));
      expect(used.size).to.be.greaterThan(10);
      const names = documented.get(tag)!.cssProperties!.map((p) => p.name);
      expect([...used].filter((p) => !names.includes(p))).to.deep.equal([]);
    });
  });
}

describe('the palette', () => {
  afterEach(cleanup);

  // Without DSFR on the page, each mode of the DSFR look shows the palette's literal values.
  const modes = [
    { theme: 'light', pageTheme: null, valeur: 'light' },
    { theme: 'dark', pageTheme: null, valeur: 'dark' },
    { theme: 'auto', pageTheme: null, valeur: 'light' },
    { theme: 'auto', pageTheme: 'dark', valeur: 'dark' },
  ] as const;

  for (const { theme, pageTheme, valeur } of modes) {
    it(`sets every colour with look="dsfr" theme="${theme}"${pageTheme ? ` on a ${pageTheme} DSFR page` : ''}`, async () => {
      if (pageTheme) document.documentElement.setAttribute('data-fr-theme', pageTheme);
      const m = mount('anct-fibre-table', { src: LOZERE, look: 'dsfr', theme });
      await settled(m);
      const style = getComputedStyle(shadow(m.el, '[part="base"]')!);
      const shown = Object.fromEntries(PALETTE.map((c) => [c.nom, style.getPropertyValue(`--_${c.nom}`).trim()]));
      expect(shown).to.deep.equal(Object.fromEntries(PALETTE.map((c) => [c.nom, c[valeur]])));
    });
  }

  it('gives the connectors their dark colour in an explicit dark theme', async () => {
    const m = mount('anct-saisine-flow', { src: LOZERE, look: 'dsfr', theme: 'dark' });
    await settled(m);
    expect(getComputedStyle(shadow(m.el, '[part="base"]')!).getPropertyValue('--_accent-minor').trim()).to.equal('#6a6af4');
    expect(getComputedStyle(shadow(m.el, '[part="base"]')!).getPropertyValue('--_background').trim()).to.equal('#161616');
  });

  it('lets the page theme one colour through its --anct-color-* property', async () => {
    const m = mount('anct-fibre-table', { src: LOZERE, look: 'dsfr', theme: 'dark' });
    m.el.style.setProperty('--anct-color-accent-minor', 'rgb(1, 2, 3)');
    await settled(m);
    expect(getComputedStyle(shadow(m.el, '[part="base"]')!).getPropertyValue('--_accent-minor').trim()).to.equal('rgb(1, 2, 3)');
  });
});

describe('<anct-fiche> forwarding its parts’ parts', () => {
  afterEach(() => {
    cleanup();
    document.getElementById('parts-test')?.remove();
  });

  it('lets the page style anct-fiche::part(programmes-item) and anct-fiche::part(fibre-table)', async () => {
    const style = document.createElement('style');
    style.id = 'parts-test';
    style.textContent = `anct-fiche::part(programmes-item) { outline: 3px solid rgb(1, 2, 3); }
      anct-fiche::part(fibre-table) { outline: 4px solid rgb(4, 5, 6); }`;
    document.head.append(style);
    const m = mount('anct-fiche', { src: LOZERE });
    await settledDeep(m.el);
    const item = shadow(m.el, 'anct-programme-list')!.shadowRoot!.querySelector('[part="item"]')!;
    const table = shadow(m.el, 'anct-fibre-table')!.shadowRoot!.querySelector('[part="table"]')!;
    expect(getComputedStyle(item).outlineColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(table).outlineColor).to.equal('rgb(4, 5, 6)');
  });
});

describe('events, as the view changes', () => {
  afterEach(cleanup);

  it('fire again for a new commune, and not for a new theme, look or heading', async () => {
    const m = mount('anct-programme-list', { src: LOZERE, commune: '48095' });
    await settled(m);
    expect(m.loads).to.have.length(1);
    m.el.setAttribute('theme', 'dark');
    m.el.setAttribute('look', 'dsfr');
    m.el.setAttribute('heading-level', '3');
    await (m.el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(m.loads).to.have.length(1);
    m.el.setAttribute('commune', '48061');
    await waitUntil(() => m.loads.length === 2, 'a second anct-load');
    m.el.setAttribute('commune', '99999');
    await waitUntil(() => m.errors.length === 1, 'the unknown commune reported');
    expect(m.errors[0]!.detail.code).to.equal('commune');
    expect(m.loads).to.have.length(3);
  });

  it('show an object feed in the first update, with no loading frame', async () => {
    const feed = await lozereJson();
    const el = document.createElement('anct-fibre-table') as HTMLElement & { feed: unknown; updateComplete: Promise<unknown> };
    el.feed = feed;
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('false');
    expect(el.shadowRoot!.querySelector('tfoot')).to.not.equal(null);
  });

  it('show the fiche’s parts in its first update too', async () => {
    const feed = await lozereJson();
    const el = document.createElement('anct-fiche') as HTMLElement & { feed: unknown; updateComplete: Promise<unknown> };
    el.feed = feed;
    document.body.append(el);
    await el.updateComplete;
    const parts = [...el.shadowRoot!.querySelectorAll('anct-programme-list, anct-fibre-table')] as (HTMLElement & {
      updateComplete: Promise<unknown>;
    })[];
    expect(parts).to.have.length(2);
    for (const part of parts) {
      await part.updateComplete;
      expect(part.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-busy'), part.localName).to.equal('false');
      expect(part.shadowRoot!.querySelector('[part="loading"]'), part.localName).to.equal(null);
    }
  });
});

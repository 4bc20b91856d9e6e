/**
 * dist/esm/ as an application's bundler sees it: importing an element's class registers
 * nothing; the page registers it, under the tag it likes.
 */
import { expect, waitUntil } from '@open-wc/testing';

describe('dist/esm/', () => {
  it('gives each element’s class with no side effect', async () => {
    const { AnctFibreTable } = await import(/* @vite-ignore */ `${location.origin}/dist/esm/components/fibre-table.js`);
    const { AnctFiche } = await import(/* @vite-ignore */ `${location.origin}/dist/esm/components/fiche.js`);
    expect(AnctFibreTable).to.be.a('function');
    expect(AnctFiche).to.be.a('function');
    for (const tag of ['anct-fibre-table', 'anct-fiche', 'anct-programme-list']) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('lets the page register a class under its own tag, and it renders', async () => {
    const { AnctFibreTable } = await import(/* @vite-ignore */ `${location.origin}/dist/esm/components/fibre-table.js`);
    customElements.define('prefecture-fibre', AnctFibreTable);
    const el = document.createElement('prefecture-fibre');
    el.setAttribute('src', '/demo/feeds/48-lozere-2021.json');
    document.body.append(el);
    try {
      await waitUntil(() => el.shadowRoot?.querySelector('tfoot'), 'rendered', { timeout: 5000 });
      const total = [...el.shadowRoot!.querySelectorAll('tfoot th, tfoot td')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
      expect(total).to.deep.equal(['TOTAL', '70 000', '28 400 (41 %)']);
    } finally {
      el.remove();
    }
  });

  it('registers every element from the define entry, with the shipped feeds one folder up', async () => {
    const { FEEDS_BASE } = await import(/* @vite-ignore */ `${location.origin}/dist/esm/feeds-base.js`);
    expect(FEEDS_BASE).to.equal(`${location.origin}/dist/feeds/`);
    await import(/* @vite-ignore */ `${location.origin}/dist/esm/index.js`);
    expect(customElements.get('anct-programme-list')).to.not.equal(undefined);
  });
});

/**
 * dist/esm/ as an application's bundler sees it: importing an element's class registers
 * nothing; the page registers it, under the tag it likes.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { ELEMENTS } from '../src/elements.js';

describe('dist/esm/', () => {
  it('gives each element’s class with no side effect', async () => {
    const { AnctFibreTable } = await import(/* @vite-ignore */ `${location.origin}/dist/esm/components/fibre-table.js`);
    const { AnctFiche } = await import(/* @vite-ignore */ `${location.origin}/dist/esm/components/fiche.js`);
    expect(AnctFibreTable).to.be.a('function');
    expect(AnctFiche).to.be.a('function');
    for (const { tag } of ELEMENTS) expect(customElements.get(tag), tag).to.equal(undefined);
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

  it('registers, with the fiche alone, the elements it is made of', async () => {
    // A page of its own: this page's registry already holds the classes under other tags.
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="fr"><body><script type="module">
      const { AnctFiche } = await import('${location.origin}/dist/esm/components/fiche.js');
      const { defineElement } = await import('${location.origin}/dist/esm/define.js');
      window.avant = customElements.get('anct-fibre-table');
      defineElement('anct-fiche', AnctFiche);
      const el = document.createElement('anct-fiche');
      el.setAttribute('src', '${location.origin}/demo/feeds/48-lozere-2021.json');
      el.setAttribute('sections', 'fibre saisine');
      document.body.append(el);
    </script></body></html>`;
    document.body.append(frame);
    try {
      const part = (tag: string) => frame.contentDocument?.querySelector('anct-fiche')?.shadowRoot?.querySelector(tag)?.shadowRoot;
      await waitUntil(() => part('anct-fibre-table')?.querySelector('tfoot'), 'the fibre table inside rendered', { timeout: 5000 });
      await waitUntil(() => part('anct-saisine-flow')?.querySelector('ol'), 'the flow inside rendered', { timeout: 5000 });
      const win = frame.contentWindow as Window & { avant?: unknown };
      expect(win.avant).to.equal(undefined);
      expect(win.customElements.get('anct-fibre-table')).to.not.equal(undefined);
    } finally {
      frame.remove();
    }
  });

  it('registers every element from the index, and guesses no feeds base: a bundler moves the code', async () => {
    const { FEEDS_BASE } = await import(/* @vite-ignore */ `${location.origin}/dist/esm/feeds-base.js`);
    expect(FEEDS_BASE).to.equal(null);
    await import(/* @vite-ignore */ `${location.origin}/dist/esm/entries/index.js`);
    expect(customElements.get('anct-programme-list')).to.not.equal(undefined);
  });

  it('asks for src or feeds-base when given only a commune, then finds the feeds where the page says', async () => {
    const { setFeedsBase } = await import(/* @vite-ignore */ `${location.origin}/dist/esm/entries/index.js`);
    const errors: { code: string; message: string }[] = [];
    const sans = document.createElement('anct-programme-list');
    sans.addEventListener('anct-error', (e) => errors.push((e as CustomEvent<{ code: string; message: string }>).detail));
    sans.setAttribute('commune', '48095');
    document.body.append(sans);
    await waitUntil(() => errors.length, 'anct-error');
    expect(errors[0]!.code).to.equal('no-source');
    expect(errors[0]!.message).to.contain('src').and.to.contain('feeds-base');

    const attribut = document.createElement('anct-programme-list');
    attribut.setAttribute('commune', '48095');
    attribut.setAttribute('feeds-base', '/dist/feeds');
    document.body.append(attribut);
    setFeedsBase('/dist/feeds/');
    const global = document.createElement('anct-programme-list');
    global.setAttribute('commune', '48095');
    document.body.append(global);
    try {
      for (const el of [attribut, global]) {
        await waitUntil(() => el.shadowRoot?.textContent?.includes('Mende'), 'the commune view', { timeout: 5000 });
      }
    } finally {
      setFeedsBase(null);
      for (const el of [sans, attribut, global]) el.remove();
    }
  });

  it('names the feeds base, not src, when a shipped feed is not there', async () => {
    await import(/* @vite-ignore */ `${location.origin}/dist/esm/entries/index.js`);
    const el = document.createElement('anct-programme-list');
    const errors: { code: string; message: string }[] = [];
    el.addEventListener('anct-error', (e) => errors.push((e as CustomEvent<{ code: string; message: string }>).detail));
    el.setAttribute('commune', '48095');
    el.setAttribute('feeds-base', '/nulle-part/');
    document.body.append(el);
    try {
      await waitUntil(() => errors.length, 'anct-error', { timeout: 5000 });
      expect(errors[0]!.message).to.contain('/nulle-part/').and.to.contain('feeds-base');
      expect(el.shadowRoot!.textContent).to.not.contain('Vérifiez l’adresse donnée dans l’attribut src');
    } finally {
      el.remove();
    }
  });
});

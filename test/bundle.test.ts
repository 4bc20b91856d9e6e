/**
 * The built bundles as a webmaster loads them: no source import here, only dist/.
 */
import { expect, waitUntil } from '@open-wc/testing';

/** What a test put on the page, removed after it, passed or failed. */
const added: Element[] = [];
function add<E extends Element>(el: E): E {
  added.push(el);
  document.body.append(el);
  return el;
}
afterEach(() => {
  for (const el of added.splice(0)) el.remove();
});

function loadClassicScript(src: string) {
  return new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(script);
  });
}

describe('dist/anct-widgets.js', () => {
  it('registers every element when loaded, those of its list and of the manifest, and renders the Lozère fibre table', async () => {
    // A path the test runner serves as it is, like a CDN would.
    const { ELEMENTS } = await import(/* @vite-ignore */ `${location.origin}/dist/anct-widgets.js`);
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    const documented = manifest.modules
      .flatMap((m: { declarations?: { tagName?: string }[] }) => m.declarations ?? [])
      .filter((d: { tagName?: string }) => d.tagName);
    const tags = ELEMENTS.map((e: { tag: string }) => e.tag);
    expect([...tags].sort()).to.deep.equal(documented.map((d: { tagName: string }) => d.tagName).sort());
    for (const tag of tags) expect(customElements.get(tag), tag).to.not.equal(undefined);
    const el = document.createElement('anct-fibre-table');
    el.setAttribute('src', '/demo/feeds/48-lozere-2021.json');
    add(el);
    await waitUntil(() => el.shadowRoot?.querySelector('tfoot'), 'table rendered', { timeout: 5000 });
    const cells = [...el.shadowRoot!.querySelectorAll('tfoot th, tfoot td')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
    expect(cells).to.deep.equal(['TOTAL', '70 000', '28 400 (41 %)']);
  });

  it('reads inline JSON when the classic script is in <head>, before the element’s children exist', async () => {
    const feed = await (await fetch('/demo/feeds/48-lozere-2021.json')).text();
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="fr"><head><script src="/dist/anct-widgets.iife.js"></script></head>
      <body><anct-fibre-table><script type="application/json">${feed}</script></anct-fibre-table></body></html>`;
    add(frame);
    await waitUntil(
      () => frame.contentDocument?.querySelector('anct-fibre-table')?.shadowRoot?.querySelector('tfoot, [part="error"]'),
      'rendered',
      {
        timeout: 5000,
      },
    );
    const root = frame.contentDocument!.querySelector('anct-fibre-table')!.shadowRoot!;
    expect(root.querySelector('[part="error"]')).to.equal(null);
    expect(root.querySelector('tfoot td')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('70 000');
  });

  it('loads, with no src, the feed of the commune’s département shipped beside the script', async () => {
    const el = document.createElement('anct-programme-list');
    el.setAttribute('commune', '48095');
    add(el);
    await waitUntil(() => el.shadowRoot?.querySelector('[part="lead"]'), 'commune view shown', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('[part="lead"]')!.textContent!.trim()).to.equal('Mende bénéficie de 5 programmes de l’ANCT.');
    const requested = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(requested).to.include('/dist/feeds/48.json');
  });

  it('loads a département’s feed from departement="2A" alone', async () => {
    const el = document.createElement('anct-programme-list');
    el.setAttribute('departement', '2A');
    add(el);
    await waitUntil(() => el.shadowRoot?.querySelector('h2'), 'list shown', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Programmes d’action de l’ANCT : Corse-du-Sud');
  });

  it('says so for a département that has no published feed', async () => {
    const el = document.createElement('anct-programme-list');
    el.setAttribute('commune', '97501'); // Saint-Pierre-et-Miquelon: a collectivité, not a département
    const errors: string[] = [];
    el.addEventListener('anct-error', (e) => errors.push((e as CustomEvent).detail.code));
    add(el);
    await waitUntil(() => el.shadowRoot?.querySelector('[part="error"]'), 'error shown', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(
      'Aucun fichier de données n’est publié pour le département « 975 »',
    );
    expect(errors).to.deep.equal(['no-source']);
  });

  it('finds the shipped feeds beside the classic script too', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="fr"><head><script src="/dist/anct-widgets.iife.js"></script></head>
      <body><anct-programme-list commune="97411"></anct-programme-list></body></html>`;
    add(frame);
    await waitUntil(
      () => frame.contentDocument?.querySelector('anct-programme-list')?.shadowRoot?.querySelector('[part="lead"]'),
      'shown',
      {
        timeout: 5000,
      },
    );
    const lead = frame.contentDocument!.querySelector('anct-programme-list')!.shadowRoot!.querySelector('[part="lead"]')!;
    expect(lead.textContent!.trim()).to.match(/^Saint-Denis bénéficie de \d+ programmes de l’ANCT\.$/);
  });

  it('lets a second copy load without error: the first registration wins, one warning says so', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    const errors: ErrorEvent[] = [];
    const onError = (e: ErrorEvent) => errors.push(e);
    window.addEventListener('error', onError);
    try {
      const first = customElements.get('anct-fibre-table');
      await loadClassicScript('/dist/anct-widgets.iife.js');
      expect(customElements.get('anct-fibre-table')).to.equal(first);
      expect((window as unknown as { AnctWidgets: { VERSION: string } }).AnctWidgets.VERSION).to.equal('0.1.0');
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('déjà définis').and.contain('0.1.0');
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
    }
  });

  /** A page of its own in an iframe, whose console.warn lines are kept in `window.warnings`. */
  function page(head: string, body = '') {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="fr"><head>
      <script>window.warnings = []; console.warn = (...args) => window.warnings.push(args.join(' '));</script>
      ${head}</head><body>${body}</body></html>`;
    add(frame);
    return frame;
  }
  const win = (frame: HTMLIFrameElement) => frame.contentWindow as Window & { warnings?: string[]; AnctWidgets?: Record<string, unknown> };

  it('blames the page, not another copy of anct-widgets, for a tag the page defined itself', async () => {
    const frame = page(
      `<script>customElements.define('anct-fibre-table', class extends HTMLElement {});</script>
       <script src="/dist/anct-widgets.iife.js"></script>`,
    );
    await waitUntil(() => win(frame).AnctWidgets, 'the script ran', { timeout: 5000 });
    const warnings = win(frame).warnings!;
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<anct-fibre-table> est déjà défini sur cette page par un autre script qu’anct-widgets');
    expect(warnings.join()).to.not.contain('par anct-widgets');
    // The other elements are ours, and window.AnctWidgets is this copy.
    expect(win(frame).customElements.get('anct-saisine-flow')).to.equal(win(frame).AnctWidgets!.AnctSaisineFlow);
  });

  it('leaves window.AnctWidgets to the copy whose elements are registered', async () => {
    const frame = page('<script src="/dist/anct-widgets.iife.js"></script><script src="/dist/anct-widgets.iife.js"></script>');
    await waitUntil(() => win(frame).warnings?.length, 'the second copy ran', { timeout: 5000 });
    expect(win(frame).warnings![0]).to.contain('déjà définis sur cette page par anct-widgets 0.1.0');
    const registered = win(frame).customElements.get('anct-fibre-table');
    expect(registered).to.not.equal(undefined);
    expect(win(frame).AnctWidgets!.AnctFibreTable).to.equal(registered);
  });

  it('says where it looked for a shipped feed, and why it is not there, not to check src', async () => {
    const frame = page(
      '<script src="/__feeds__/script/anct-widgets.iife.js"></script>',
      '<anct-programme-list commune="48095"></anct-programme-list>',
    );
    const error = () => frame.contentDocument?.querySelector('anct-programme-list')?.shadowRoot?.querySelector('[part="error"]');
    await waitUntil(error, 'error shown', { timeout: 5000 });
    const text = error()!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain(
      `Données du département « 48 » introuvables à côté du script d’anct-widgets, à l’adresse « ${location.origin}/__feeds__/script/feeds/48.json » (erreur 404)`,
    );
    expect(text).to.not.contain('Vérifiez l’adresse donnée dans l’attribut src');
  });
});

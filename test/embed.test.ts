/**
 * The iframe embed (dist/embed.html) and the snippet generator (demo/configurator.html), as a
 * webmaster uses them.
 */
import { expect, waitUntil } from '@open-wc/testing';

function frame(src: string, height = 300): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.src = src;
  iframe.height = String(height);
  iframe.title = 'test';
  iframe.setAttribute('data-anct-widgets', '');
  document.body.append(iframe);
  return iframe;
}

const inner = (iframe: HTMLIFrameElement, tag: string) => iframe.contentDocument?.querySelector(tag)?.shadowRoot;
const cells = (root: ShadowRoot) => [...root.querySelectorAll('tfoot th, tfoot td')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());

before(async () => {
  await new Promise<void>((resolve) => {
    const script = document.createElement('script');
    script.src = '/dist/embed-host.js';
    script.onload = () => resolve();
    document.head.append(script);
  });
});

describe('dist/embed.html', () => {
  it('renders the element named in its query, and embed-host.js sizes the iframe to it', async () => {
    const iframe = frame('/dist/embed.html?element=anct-fibre-table&src=feeds%2F48-lozere-2021.json&theme=light', 150);
    await waitUntil(() => inner(iframe, 'anct-fibre-table')?.querySelector('tfoot'), 'rendered', { timeout: 5000 });
    expect(cells(inner(iframe, 'anct-fibre-table')!)).to.deep.equal(['TOTAL', '70 000', '28 400 (41 %)']);
    expect(iframe.contentDocument!.querySelector('anct-fibre-table')!.getAttribute('theme')).to.equal('light');
    await waitUntil(() => Number(iframe.getAttribute('height')) > 400, 'sized to its content');
    const content = Math.ceil(iframe.contentDocument!.documentElement.getBoundingClientRect().height);
    expect(Number(iframe.getAttribute('height'))).to.equal(content);
    expect(iframe.getAttribute('style')).to.equal(null);
    iframe.remove();
  });

  it('listens to its own iframes only, and only to a height', async () => {
    const iframe = frame('/dist/embed.html?element=anct-saisine-flow&src=feeds%2F48-lozere-2021.json', 222);
    await waitUntil(() => Number(iframe.getAttribute('height')) !== 222, 'sized once');
    const sized = iframe.getAttribute('height');
    window.postMessage({ type: 'anct-widgets:hauteur', hauteur: 5 }, '*'); // not from the iframe
    window.postMessage({ type: 'anct-widgets:hauteur', hauteur: 'beaucoup' }, '*');
    await new Promise((r) => setTimeout(r, 100));
    expect(iframe.getAttribute('height')).to.equal(sized);
    iframe.remove();
  });

  it('shows only feeds of its own site', async () => {
    const iframe = frame(`/dist/embed.html?element=anct-saisine-flow&src=${encodeURIComponent('http://127.0.0.1:9/faux.json')}`);
    await waitUntil(() => iframe.contentDocument?.querySelector('.erreur'), 'message shown');
    expect(iframe.contentDocument!.querySelector('.erreur')!.textContent).to.contain('que les feeds publiés sur ce site');
    expect(iframe.contentDocument!.querySelector('anct-saisine-flow')).to.equal(null);
    iframe.remove();
  });

  it('says in French when the element asked for is not one of ours', async () => {
    const iframe = frame('/dist/embed.html?element=script');
    await waitUntil(() => iframe.contentDocument?.querySelector('.erreur'), 'message shown');
    expect(iframe.contentDocument!.querySelector('.erreur')!.textContent).to.contain('« script » n’est pas un élément d’anct-widgets');
    expect(iframe.contentDocument!.querySelector('script:not([src])')).to.equal(null);
    iframe.remove();
  });
});

describe('demo/configurator.html', () => {
  async function configurator() {
    const iframe = frame('/demo/configurator.html', 900);
    iframe.width = '1100';
    await waitUntil(() => iframe.contentDocument?.documentElement?.dataset.pret === 'oui', 'ready', { timeout: 5000 });
    const doc = iframe.contentDocument!;
    const choose = (name: string, value: string) => {
      const field = doc.querySelector<HTMLSelectElement | HTMLInputElement>(
        name === 'forme' ? `input[name="forme"][value="${value}"]` : `[name="${name}"]`,
      )!;
      // The iframe's elements are of its own realm: tell a radio by its type, not by instanceof.
      if (field.type === 'radio') (field as HTMLInputElement).checked = true;
      else field.value = value;
      field.dispatchEvent(new Event('change', { bubbles: true }));
    };
    return { iframe, doc, choose };
  }

  it('writes the snippet, and previews that very snippet', async () => {
    const { iframe, doc, choose } = await configurator();
    choose('element', 'anct-programme-list');
    await waitUntil(() => doc.querySelector<HTMLSelectElement>('#commune')!.options.length > 100, 'communes listed');
    choose('commune', '48095');
    choose('heading-level', '3');
    const code = doc.querySelector<HTMLTextAreaElement>('#extrait')!.value;
    const dist = `${location.origin}/dist/`;
    expect(code).to.equal(
      `<script type="module" src="${dist}anct-widgets.js"></script>\n` +
        `<anct-programme-list src="${dist}feeds/48-lozere-2021.json" commune="48095" heading-level="3"></anct-programme-list>`,
    );
    const preview = doc.querySelector<HTMLIFrameElement>('#apercu')!;
    expect(preview.srcdoc).to.contain(code);
    await waitUntil(() => inner(preview, 'anct-programme-list')?.querySelector('[part="lead"]'), 'preview rendered', { timeout: 5000 });
    const shown = inner(preview, 'anct-programme-list')!;
    expect(shown.querySelector('h3')!.textContent!.trim()).to.equal('Les programmes de l’ANCT à Mende');
    iframe.remove();
  });

  it('writes the classic-script and iframe forms, for a département of the open data', async () => {
    const { iframe, doc, choose } = await configurator();
    choose('feed', '974');
    await waitUntil(() => doc.querySelector<HTMLSelectElement>('#commune')!.querySelector('option[value="97411"]'), 'communes of 974');
    choose('element', 'anct-programme-list');
    choose('forme', 'classique');
    const dist = `${location.origin}/dist/`;
    expect(doc.querySelector<HTMLTextAreaElement>('#extrait')!.value).to.equal(
      `<script src="${dist}anct-widgets.iife.js" defer></script>\n<anct-programme-list departement="974"></anct-programme-list>`,
    );
    choose('commune', '97411');
    choose('forme', 'iframe');
    const code = doc.querySelector<HTMLTextAreaElement>('#extrait')!.value;
    expect(code).to.equal(
      `<iframe src="${dist}embed.html?element=anct-programme-list&amp;commune=97411" title="Programmes de l’ANCT (Saint-Denis)" ` +
        `width="100%" height="1600" loading="lazy" data-anct-widgets></iframe>\n<script src="${dist}embed-host.js" async></script>`,
    );
    const preview = doc.querySelector<HTMLIFrameElement>('#apercu')!;
    await waitUntil(() => preview.contentDocument?.querySelector('iframe'), 'iframe previewed');
    const embedded = preview.contentDocument!.querySelector('iframe')!;
    await waitUntil(() => inner(embedded, 'anct-programme-list')?.querySelector('[part="lead"]'), 'embedded list rendered', { timeout: 5000 });
    expect(inner(embedded, 'anct-programme-list')!.querySelector('[part="lead"]')!.textContent).to.match(/^Saint-Denis bénéficie de/);
    iframe.remove();
  });
});

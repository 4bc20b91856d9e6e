/**
 * While its data loads, an element that holds the page's content shows that content as the page
 * showed it before the script: no placeholder box, the page's line spacing, nothing moved. Without
 * content, the placeholder holds its space.
 */
import { expect, waitUntil } from '@open-wc/testing';

const added: Element[] = [];
afterEach(() => {
  for (const el of added.splice(0)) el.remove();
});

/** A commune's page, its line spacing the browser's own, with `inside` in the element; no script yet. */
async function pageWith(inside: string) {
  const iframe = document.createElement('iframe');
  added.push(iframe);
  iframe.title = 'test';
  iframe.width = '900';
  iframe.height = '700';
  // Data that never comes: the element stays loading.
  const src = `/__feeds__/hang/loading-${Math.random().toString(36).slice(2)}`;
  iframe.srcdoc =
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page</title>` +
    `<style>body { margin: 0; font: 16px serif; background: #fff; color: #222 }</style></head><body>` +
    `<p>Les programmes de la commune.</p><anct-saisine-flow src="${src}">${inside}</anct-saisine-flow><footer>Mairie</footer></body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const doc = iframe.contentDocument!;
  const element = doc.querySelector('anct-saisine-flow')!;
  const upgrade = async () => {
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = `${location.origin}/dist/elements/anct-saisine-flow.js`;
    doc.head.append(script);
    await waitUntil(() => element.shadowRoot?.querySelector('[part="loading"]'), 'loading shown', { timeout: 5000 });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return element.shadowRoot!.querySelector<HTMLElement>('[part="loading"]')!;
  };
  return { doc, element, upgrade };
}

const top = (el: Element) => Math.round(el.getBoundingClientRect().top * 10) / 10;

describe('the loading state', () => {
  it('shows the page’s content as it was, in no box, and moves nothing', async () => {
    const { doc, upgrade } = await pageWith(
      '<h2>Comment saisir l’ANCT</h2><p>Le maire ou le président de l’intercommunalité écrit au préfet.</p>' +
        '<ol><li>Le projet est décrit.</li><li>Le préfet saisit l’ANCT.</li></ol>',
    );
    const before = [...doc.querySelectorAll('h2, li, footer')].map(top);
    const loading = await upgrade();
    expect([...doc.querySelectorAll('h2, li, footer')].map(top)).to.deep.equal(before);
    const style = getComputedStyle(loading);
    expect(style.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(loading.getBoundingClientRect().height).to.be.lessThan(doc.querySelector('footer')!.getBoundingClientRect().top);
    // Still said to be loading, for a screen reader.
    expect(loading.textContent).to.contain('Chargement des données…');
  });

  it('without content, holds its space with a placeholder', async () => {
    const { upgrade } = await pageWith('');
    const loading = await upgrade();
    expect(loading.getBoundingClientRect().height).to.equal(128);
    expect(getComputedStyle(loading).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
  });

  it('takes over only once the page has drawn a frame of the content it holds, as a static page would', async () => {
    for (let i = 0; i < 3; i++) {
      const iframe = document.createElement('iframe');
      added.push(iframe);
      iframe.title = 'test';
      // The element's script and its data first, as a commune's page has them: the data arrives
      // before the page could draw, and the element must still wait for a frame.
      iframe.srcdoc =
        `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page</title>` +
        `<script>window.framed = false; requestAnimationFrame(() => setTimeout(() => (window.framed = true)));` +
        `addEventListener('anct-load', () => (window.framedAtLoad = window.framed));</script>` +
        `<link rel="preload" as="fetch" crossorigin href="${location.origin}/dist/feeds/48.json">` +
        `<script type="module" src="${location.origin}/dist/elements/anct-saisine-flow.js"></script></head><body>` +
        `<anct-saisine-flow departement="48" feeds-base="${location.origin}/dist/feeds/"><h2>Comment saisir l’ANCT</h2><ol><li>Le maire</li></ol></anct-saisine-flow></body></html>`;
      document.body.append(iframe);
      const win = () => iframe.contentWindow as (Window & { framedAtLoad?: boolean }) | null;
      await waitUntil(() => win()?.framedAtLoad !== undefined, 'the element took over', { timeout: 10000 });
      expect(win()!.framedAtLoad, `round ${i}`).to.equal(true);
    }
  });
});

/**
 * dist/elements/: one file per element, for a page that shows only it. Each registers its own
 * tag (the fiche its parts too); two of them on one page share one request per feed, and the
 * first registration of a tag wins.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { ELEMENTS } from '../src/elements.js';
import { exceptIn } from './support/engine.js';

/** A page of its own (this page's registry already holds the source classes), with `body`. */
function page(body: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page</title></head><body>${body}</body></html>`;
  document.body.append(frame);
  return frame;
}

const rendered = (frame: HTMLIFrameElement, tag: string) =>
  frame.contentDocument?.querySelector(tag)?.shadowRoot?.querySelector('[part="base"][aria-busy="false"]');
const hits = async (id: string) => ((await (await fetch(`/__feeds__/hits/${id}`)).json()) as { hits: number }).hits;

describe('dist/elements/', () => {
  for (const { tag } of ELEMENTS) {
    it(`${tag}.js registers <${tag}> and shows the Lozère feed`, async () => {
      const frame = page(
        `<script type="module" src="${location.origin}/dist/elements/${tag}.js"></script>` +
          `<${tag} src="${location.origin}/demo/feeds/48-lozere-2021.json"></${tag}>`,
      );
      try {
        await waitUntil(() => rendered(frame, tag), `<${tag}> rendered`, { timeout: 5000 });
        const shadow = frame.contentDocument!.querySelector(tag)!.shadowRoot!;
        expect(shadow.querySelector('[part="error"]')).to.equal(null);
        expect(shadow.querySelector('h1, h2, h3, h4, h5, h6')).to.not.equal(null);
      } finally {
        frame.remove();
      }
    });
  }

  it('find the shipped feeds one folder up, for a commune alone', async () => {
    const frame = page(
      `<script type="module" src="${location.origin}/dist/elements/anct-programme-list.js"></script>` +
        `<anct-programme-list commune="48095"></anct-programme-list>`,
    );
    try {
      await waitUntil(() => rendered(frame, 'anct-programme-list'), 'rendered', { timeout: 5000 });
      const shadow = frame.contentDocument!.querySelector('anct-programme-list')!.shadowRoot!;
      expect(shadow.querySelector('[part="error"]')).to.equal(null);
      expect(shadow.querySelector('[part="lead"]')!.textContent).to.match(/^Mende bénéficie de/);
    } finally {
      frame.remove();
    }
  });

  exceptIn(
    ['webkit'],
    'WebKitGTK asks for a preloaded fetch again rather than reuse it: the element works, with one request more',
    'read the feed the page preloaded: one request, made by the browser before the script ran',
    async () => {
      const id = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
      const src = `${location.origin}/__feeds__/counted/${id}`;
      const frame = document.createElement('iframe');
      frame.srcdoc =
        `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page</title>` +
        `<link rel="preload" as="fetch" crossorigin="anonymous" href="${src}">` +
        `<script type="module" src="${location.origin}/dist/elements/anct-fibre-table.js"></script></head>` +
        `<body><anct-fibre-table src="${src}"></anct-fibre-table></body></html>`;
      document.body.append(frame);
      try {
        await waitUntil(() => rendered(frame, 'anct-fibre-table'), 'rendered', { timeout: 5000 });
        expect(frame.contentDocument!.querySelector('anct-fibre-table')!.shadowRoot!.querySelector('tfoot')).to.not.equal(null);
        expect(await hits(id)).to.equal(1);
      } finally {
        frame.remove();
      }
    },
  );

  it('share one request for one feed when two files are on one page, and the first registration wins', async () => {
    const id = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const src = `${location.origin}/__feeds__/counted/${id}`;
    const frame = page(
      `<script type="module" src="${location.origin}/dist/elements/anct-fibre-table.js"></script>` +
        `<script type="module" src="${location.origin}/dist/elements/anct-fiche.js"></script>` +
        `<anct-fibre-table src="${src}"></anct-fibre-table><anct-fiche src="${src}" sections="fibre"></anct-fiche>`,
    );
    try {
      await waitUntil(() => rendered(frame, 'anct-fibre-table') && rendered(frame, 'anct-fiche'), 'both rendered', { timeout: 5000 });
      const inner = frame.contentDocument!.querySelector('anct-fiche')!.shadowRoot!.querySelector('anct-fibre-table')!;
      await waitUntil(() => inner.shadowRoot?.querySelector('tfoot'), 'the fiche’s table rendered', { timeout: 5000 });
      expect(await hits(id)).to.equal(1);
      // One class for the tag on the page: the fibre table's own file registered it first.
      expect(inner.constructor).to.equal(frame.contentDocument!.querySelector('anct-fibre-table')!.constructor);
    } finally {
      frame.remove();
    }
  });
});

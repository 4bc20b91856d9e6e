// embed-host.js, optional, on the page that holds anct-widgets iframes: sizes each iframe marked
// `data-anct-widgets` to its content. It trusts a message only from that iframe's own window
// and origin, reads only a height, and sets the iframe's height attribute (no inline style, so
// a strict Content-Security-Policy has nothing to object to). Without it, iframes keep their
// `height` attribute.
(() => {
  const MIN = 80;
  const MAX = 30000;
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'anct-widgets:hauteur' || !Number.isFinite(data.hauteur)) return;
    for (const frame of document.querySelectorAll('iframe[data-anct-widgets]')) {
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, document.baseURI).origin !== event.origin) return;
      frame.setAttribute('height', String(Math.min(MAX, Math.max(MIN, Math.round(data.hauteur)))));
      return;
    }
  });
})();

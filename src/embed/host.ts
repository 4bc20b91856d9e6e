/**
 * embed-host.js, optional, on the page that holds anct-widgets iframes: sizes each iframe marked
 * `data-anct-widgets` to its content. It trusts a message only from that iframe's own window and
 * origin, reads only a height, and sets the iframe's height attribute (no inline style, so a
 * strict Content-Security-Policy has nothing to object to). Without it, iframes keep their
 * `height` attribute. Built as a classic script, dist/embed-host.js.
 */

/** The type of the one message the embed page sends. */
export const MESSAGE_HAUTEUR = 'anct-widgets:hauteur';

/** What this script asks of the embed pages already drawn: their height, again. */
export const MESSAGE_DEMANDE = 'anct-widgets:hauteur?';

const MIN = 80;
const MAX = 30000;

/** Listens for the embed pages' heights; returns the function that stops listening. */
export function sizeEmbeds(win: Window = window): () => void {
  const listener = (event: MessageEvent) => {
    const data = event.data as { type?: unknown; hauteur?: unknown } | null;
    if (!data || data.type !== MESSAGE_HAUTEUR || typeof data.hauteur !== 'number' || !Number.isFinite(data.hauteur)) return;
    for (const frame of win.document.querySelectorAll('iframe[data-anct-widgets]')) {
      if (!(frame instanceof HTMLIFrameElement) || frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, win.document.baseURI).origin !== event.origin) return;
      frame.setAttribute('height', String(Math.min(MAX, Math.max(MIN, Math.round(data.hauteur)))));
      return;
    }
  };
  win.addEventListener('message', listener);
  // An async script may come after an embed page has drawn and sent its height to no one.
  for (const frame of win.document.querySelectorAll('iframe[data-anct-widgets]')) {
    if (frame instanceof HTMLIFrameElement) frame.contentWindow?.postMessage({ type: MESSAGE_DEMANDE }, '*');
  }
  return () => win.removeEventListener('message', listener);
}

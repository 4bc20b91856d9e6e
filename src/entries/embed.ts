/**
 * The iframe embed page (dist/embed.html), for sites whose editors strip <script>: renders one
 * element from the query string (?element=anct-fibre-table&src=feeds/48-lozere-2021.json&commune=…),
 * and tells the page around it its height, so that the optional embed-host.js there can size the
 * iframe. Built with every element into dist/embed.js, the page's only script.
 *
 * The page trusts nothing in its address: anyone can link to it, and what it shows appears under
 * this site's name. So `src` must be on this site, and still be after every redirect; each other
 * attribute is a code or a fixed choice (a heading's text comes from the feed, never from the
 * address), and nothing of the address is written on the page, even in an error message. Links
 * leave the frame (embed.html's `<base target="_top">`): a page opened inside a small iframe is
 * a trap.
 */
// Every element registered, as the all-in-one script does.
import './index.js';
import { CODE_INSEE } from '../data/feed/codes.js';
import { ForeignFeedError } from '../data/load/errors.js';
import { checkFeedAddresses } from '../data/load/load.js';
import { ELEMENTS } from '../elements.js';
import { MESSAGE_DEMANDE, MESSAGE_HAUTEUR } from '../embed/host.js';

/** What the page takes of each attribute from its address; anything else is left to the element's default. */
const ACCEPTE: Record<string, RegExp> = {
  commune: CODE_INSEE,
  departement: /^(?:\d{2,3}|2[AB])$/,
  'heading-level': /^[1-6]$/,
  // No heading at all; its text is the feed's.
  heading: /^$/,
  theme: /^(?:auto|light|dark)$/,
  look: /^(?:auto|dsfr|neutre)$/,
  timeout: /^\d{1,2}$/,
  // Names of parts, programmes and axes of the feed: matched against the feed, never shown.
  sections: /^[a-z -]{1,200}$/,
  programmes: /^[a-z0-9 ,-]{1,500}$/,
  axe: /^[a-z0-9-]{1,100}$/,
};

const params = new URLSearchParams(location.search);
const main = document.getElementById('embed')!;
const decrit = ELEMENTS.find((e) => e.tag === (params.get('element') ?? 'anct-fiche'));

function erreur(texte: string) {
  const p = document.createElement('p');
  p.className = 'erreur';
  p.textContent = texte;
  main.append(p);
}

/** The address of the feed asked for: on this site, or a French message saying why not. */
function feedDuSite(src: string | null): string | null | Error {
  if (src === null) return null;
  let url: URL;
  try {
    url = new URL(src, location.href);
  } catch {
    return new Error('L’adresse du fichier de données donnée à cette page n’est pas valide : vérifiez le code de l’iframe.');
  }
  if (url.origin !== location.origin) {
    return new Error('Cette page n’affiche que les feeds publiés sur ce site : l’adresse donnée dans src est ailleurs.');
  }
  return url.href;
}

// Checked by the loader again after redirects: this site's address may redirect elsewhere.
checkFeedAddresses((address, url) => {
  if (new URL(address).origin !== location.origin) throw new ForeignFeedError(url);
});
const src = feedDuSite(params.get('src'));

if (!decrit) {
  erreur(`Cette page ne connaît pas l’élément demandé. Éléments possibles : ${ELEMENTS.map((e) => e.tag).join(', ')}.`);
} else if (src instanceof Error) {
  erreur(src.message);
} else {
  const element = document.createElement(decrit.tag);
  if (src !== null) element.setAttribute('src', src);
  for (const [name, accepte] of Object.entries(ACCEPTE)) {
    const value = params.get(name);
    if (value !== null && accepte.test(value)) element.setAttribute(name, value);
  }
  main.append(element);
  if (params.get('theme') === 'dark') document.body.classList.add('dark');
}

// Height only, nothing else about the page: the host checks where it comes from.
let sent = 0;
function sendHeight() {
  const hauteur = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (hauteur === sent || window.parent === window) return;
  sent = hauteur;
  window.parent.postMessage({ type: MESSAGE_HAUTEUR, hauteur }, '*');
}
new ResizeObserver(sendHeight).observe(document.documentElement);
// The host page's embed-host.js, come late, asks again.
window.addEventListener('message', (event) => {
  if (event.source !== window.parent || (event.data as { type?: unknown } | null)?.type !== MESSAGE_DEMANDE) return;
  sent = 0;
  sendHeight();
});

/**
 * The iframe embed page (dist/embed.html), for sites whose editors strip <script>: renders one
 * element from the query string (?element=anct-fibre-table&src=feeds/48-lozere-2021.json&commune=…),
 * and tells the page around it its height, so that the optional embed-host.js there can size the
 * iframe. Built with every element into dist/embed.js, the page's only script.
 *
 * `src` must be on this page's own site: a link to this page must not be able to show anyone's
 * feed (a false contact, say) under this site's address.
 */
// Every element registered, as the all-in-one script does.
import '../index.js';
import { ELEMENTS } from '../elements.js';
import { MESSAGE_HAUTEUR } from './host.js';

const params = new URLSearchParams(location.search);
const main = document.getElementById('embed')!;
const tag = params.get('element') ?? 'anct-fiche';
const decrit = ELEMENTS.find((e) => e.tag === tag);

function erreur(texte: string) {
  const p = document.createElement('p');
  p.className = 'erreur';
  p.textContent = texte;
  main.append(p);
}

/** The attributes the element observes: its own list, so none is forgotten here. */
function attributsDe(element: CustomElementConstructor): string[] {
  return (element as unknown as { observedAttributes?: string[] }).observedAttributes ?? [];
}

const src = params.get('src');
const srcEtranger = src !== null && new URL(src, location.href).origin !== location.origin;

if (srcEtranger) {
  erreur('Cette page n’affiche que les feeds publiés sur ce site : l’adresse donnée dans src est ailleurs.');
} else if (decrit) {
  const element = document.createElement(decrit.tag);
  for (const name of attributsDe(decrit.element)) {
    const value = params.get(name);
    if (value !== null) element.setAttribute(name, value);
  }
  main.append(element);
  if (params.get('theme') === 'dark') document.body.classList.add('dark');
} else {
  erreur(`« ${tag} » n’est pas un élément d’anct-widgets. Éléments possibles : ${ELEMENTS.map((e) => e.tag).join(', ')}.`);
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

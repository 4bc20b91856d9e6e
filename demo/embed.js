// The iframe embed, for sites whose editors strip <script>: renders one element from the query
// string (?element=anct-fibre-table&src=feeds/48-lozere-2021.json&commune=…&theme=…), and tells
// the page around it its height, so that the optional embed-host.js there can size the iframe.
// `src` must be on this page's own site.
const ELEMENTS = ['anct-fibre-table', 'anct-programme-list', 'anct-saisine-flow', 'anct-accompagnements', 'anct-fiche'];
const ATTRIBUTES = ['src', 'commune', 'departement', 'heading', 'heading-level', 'theme', 'sections', 'programmes', 'axe'];

const params = new URLSearchParams(location.search);
const main = document.getElementById('embed');
const tag = params.get('element') ?? 'anct-fiche';

function erreur(texte) {
  const p = document.createElement('p');
  p.className = 'erreur';
  p.textContent = texte;
  main.append(p);
}

// Only feeds from this site: a link to this page must not be able to show anyone's feed (a
// false contact, say) under this site's address.
const src = params.get('src');
const srcEtranger = src !== null && new URL(src, location.href).origin !== location.origin;

if (srcEtranger) {
  erreur('Cette page n’affiche que les feeds publiés sur ce site : l’adresse donnée dans src est ailleurs.');
} else if (ELEMENTS.includes(tag)) {
  const element = document.createElement(tag);
  for (const name of ATTRIBUTES) if (params.has(name)) element.setAttribute(name, params.get(name));
  main.append(element);
  if (params.get('theme') === 'dark') document.body.classList.add('dark');
} else {
  erreur(`« ${tag} » n’est pas un élément d’anct-widgets. Éléments possibles : ${ELEMENTS.join(', ')}.`);
}

// Height only, nothing else about the page: the host checks where it comes from.
let sent = 0;
function sendHeight() {
  const hauteur = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (hauteur === sent || window.parent === window) return;
  sent = hauteur;
  window.parent.postMessage({ type: 'anct-widgets:hauteur', hauteur }, '*');
}
new ResizeObserver(sendHeight).observe(document.documentElement);

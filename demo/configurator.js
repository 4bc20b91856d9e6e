// The snippet generator. One configuration gives the snippet, in five forms, and the preview
// is that very snippet run in an iframe: what is copied is what is previewed. The elements to
// choose from, their titles and first heights come from the bundle's own list. Two forms hold
// the element's content as plain HTML, written by dist/html.js from the feed the preview reads:
// that file is loaded only when one of them is chosen.
import { ELEMENTS } from '../dist/anct-widgets.js';
import { declaration } from './accessibilite.js';
import { communesDuCodePostal, departementDe } from './codes-postaux.js';

const form = document.getElementById('config');
const extrait = document.getElementById('extrait');
let apercu = document.getElementById('apercu');
let apercuDsfr = document.getElementById('apercu-dsfr');
const communeSelect = document.getElementById('commune');

/** Where dist/ is, as the page that hosts this generator serves it: the preview's, never a snippet's. */
const DIST = new URL('../dist/', location.href).href;
/** This version on the public CDN, and its scripts' integrity hashes (written by the build). */
const { cdn: CDN, integrity: INTEGRITE } = await (await fetch('../dist/cdn.json')).json();
const adresse = document.getElementById('adresse');
adresse.value = CDN;
const decrit = (tag) => ELEMENTS.find((e) => e.tag === tag);

document.getElementById('element').replaceChildren(
  ...ELEMENTS.map(({ tag, titre }) => {
    const o = document.createElement('option');
    o.value = tag;
    o.textContent = `${titre} (${tag})`;
    return o;
  }),
);

const echapper = (texte) => texte.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The element's attributes for a configuration, in the order they are written. */
export function attributs(config) {
  const liste = [];
  if (config.feed === 'lozere-2021') liste.push(['src', `${config.base}feeds/48-lozere-2021.json`]);
  else if (!config.commune) liste.push(['departement', config.feed]);
  if (config.commune) liste.push(['commune', config.commune]);
  if (config.headingLevel !== '2') liste.push(['heading-level', config.headingLevel]);
  if (config.look && config.look !== 'auto') liste.push(['look', config.look]);
  if (config.theme !== 'auto') liste.push(['theme', config.theme]);
  return liste;
}

/**
 * The feed the element will read, asked for by the page's HTML before the script runs (the loader
 * then takes that very response: same mode and credentials).
 */
function prechargement(config) {
  const feed = adresseFeed(config, config.base);
  return `<link rel="preload" as="fetch" crossorigin="anonymous" href="${echapper(feed)}">\n`;
}

/**
 * A script's tag. From the CDN, with its integrity hash: the page runs this very build or
 * nothing (`crossorigin`, which the hash needs, is implied for a module).
 */
function script(config, fichier, attributsEnPlus) {
  const hash = config.base === CDN && INTEGRITE[fichier];
  const sri = hash ? ` integrity="${hash}"${attributsEnPlus.includes('module') ? '' : ' crossorigin="anonymous"'}` : '';
  return `<script ${attributsEnPlus.replace('SRC', `src="${echapper(config.base + fichier)}"`)}${sri}></script>`;
}

/** The forms that hold the element's content, which `contenuPour` writes. */
export const AVEC_CONTENU = new Set(['contenu', 'html']);

/** The feed's address beside dist/, as the element finds it from its attributes. */
const adresseFeed = (config, base) =>
  config.feed === 'lozere-2021' ? `${base}feeds/48-lozere-2021.json` : `${base}feeds/${config.feed}.json`;

/**
 * The element's content as plain HTML, dated, for the configuration: from this page's dist/, the
 * file the preview reads (the snippet's address may not be online yet). The data layer's loader
 * keeps each feed it loaded, so another form or heading level fetches nothing again, and forgets
 * a failure, so that the next choice asks again.
 */
export async function contenuPour(config) {
  const [{ fallbackHtml }, { loadFeed }] = await Promise.all([import(`${DIST}html.js`), import(`${DIST}data.js`)]);
  const { feed } = await loadFeed(adresseFeed(config, DIST));
  return fallbackHtml(config.element, feed, {
    commune: config.commune || undefined,
    departement: config.commune || config.feed === 'lozere-2021' ? undefined : config.feed,
    headingLevel: Number(config.headingLevel),
  });
}

/** The snippet; for the forms that hold the element's content, `contenu` is that content (`contenuPour`). */
export function extraitPour(config, contenu = '') {
  const attrs = attributs(config);
  const balise = `<${config.element}${attrs.map(([n, v]) => ` ${n}="${echapper(v)}"`).join('')}></${config.element}>`;
  if (config.forme === 'html') return contenu;
  // The content inside the tag: shown at once, and by the element while its data loads.
  if (config.forme === 'contenu')
    return `${prechargement(config)}${script(config, `elements/${config.element}.js`, 'type="module" SRC')}\n${balise.replace(/(?=<\/[a-z-]+>$)/, `\n${contenu}\n`)}`;
  // One element: its own file, smaller than the all-in-one. The classic script has no such file.
  if (config.forme === 'module')
    return `${prechargement(config)}${script(config, `elements/${config.element}.js`, 'type="module" SRC')}\n${balise}`;
  if (config.forme === 'classique') return `${prechargement(config)}${script(config, 'anct-widgets.iife.js', 'SRC defer')}\n${balise}`;
  const query = new URLSearchParams([
    ['element', config.element],
    ...attrs.map(([n, v]) => [n, n === 'src' ? v.replace(config.base, '') : v]),
  ]);
  const titre = `${decrit(config.element).titre}${config.commune ? ` (${config.communeNom ?? config.commune})` : ''}`;
  // Width by CSS, which a width attribute cannot give (it takes pixels only); a block, so that
  // no line-height gap shows under it.
  return (
    `<iframe src="${echapper(config.base)}embed.html?${echapper(query.toString())}" title="${echapper(titre)}" ` +
    `style="display:block;width:100%;border:0" height="${decrit(config.element).hauteur}" loading="lazy" data-anct-widgets></iframe>\n` +
    script(config, 'embed-host.js', 'SRC async')
  );
}

/** The address the webmaster gave for dist/, ending with a slash; the CDN's if none. */
function base() {
  const texte = adresse.value.trim();
  if (!texte) return CDN;
  try {
    const url = new URL(texte, location.href).href;
    return url.endsWith('/') ? url : `${url}/`;
  } catch {
    return CDN;
  }
}

function lireConfig() {
  const data = new FormData(form);
  const commune = data.get('commune');
  return {
    feed: data.get('feed'),
    element: data.get('element'),
    commune,
    communeNom: communeSelect.selectedOptions[0]?.dataset.nom,
    headingLevel: data.get('heading-level'),
    look: data.get('look'),
    theme: data.get('theme'),
    forme: data.get('forme'),
    base: base(),
  };
}

/**
 * The two pages the snippet is previewed on: a commune's (its own font and colours) and a State
 * site's, which defines the DSFR's colour tokens as the DSFR's stylesheet does (the tokens only,
 * the colours the elements read: not the DSFR itself).
 */
const PAGE_COMMUNE = 'body { margin: 1rem; font-family: system-ui, sans-serif; color: #222; background: #fff; }';
const PAGE_DSFR =
  ':root { --text-default-grey: #3a3a3a; --text-title-grey: #161616; --text-mention-grey: #666; ' +
  '--background-default-grey: #fff; --background-alt-grey: #f6f6f6; --background-alt-blue-france: #f5f5fe; ' +
  '--border-default-grey: #ddd; --text-action-high-blue-france: #000091; --artwork-minor-blue-france: #6a6af4; ' +
  '--text-default-error: #ce0500; } body { margin: 1rem; font-family: Marianne, arial, sans-serif; color: #3a3a3a; background: #fff; }';

/**
 * A preview: a new iframe each time, since WebKit keeps showing an earlier srcdoc when srcdoc
 * changes again while that earlier one is still loading (Firefox and Chromium take the last one).
 */
function apercuSur(iframe, style, execute) {
  const suivant = iframe.cloneNode(false);
  suivant.srcdoc =
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Aperçu</title><style>${style}</style></head>` +
    `<body>${execute}</body></html>`;
  iframe.replaceWith(suivant);
  return suivant;
}

/** The statement's paragraph for the chosen element and look. */
function montrerDeclaration(config) {
  const paragraphes = declaration(config.element, decrit(config.element).titre, config.look);
  document.getElementById('declaration').replaceChildren(
    ...paragraphes.map((texte) => {
      const p = document.createElement('p');
      p.textContent = texte;
      return p;
    }),
  );
}

/** Counts the updates: the content of an earlier choice, written late, is dropped. */
let demande = 0;

async function mettreAJour() {
  const config = lireConfig();
  const numero = ++demande;
  montrerDeclaration(config);
  let contenu = '';
  if (AVEC_CONTENU.has(config.forme)) {
    try {
      contenu = await contenuPour(config);
    } catch (error) {
      // The loader's message is in French, for a webmaster: the snippet is written without content.
      document.getElementById('copie').textContent = `Le contenu n’a pas pu être écrit : ${error.message}`;
    }
  }
  const code = extraitPour(config, contenu);
  if (numero !== demande || code === extrait.value) return;
  extrait.value = code;
  // The preview runs the snippet with this page's dist/ in place of the address given, which
  // may not be online yet (a version before its publication, a site being built), and without
  // the hashes, which are the published files' (this page's may be served transformed).
  const execute = code.replaceAll(echapper(config.base), DIST).replace(/ integrity="[^"]*"( crossorigin="anonymous")?/g, '');
  apercu = apercuSur(apercu, PAGE_COMMUNE, execute);
  apercuDsfr = apercuSur(apercuDsfr, PAGE_DSFR, execute);
}

async function chargerCommunes() {
  const { feed } = lireConfig();
  const url = adresseFeed({ feed }, DIST);
  const { communes = {} } = await (await fetch(url)).json();
  const options = Object.entries(communes)
    .sort(([, a], [, b]) => a.localeCompare(b, 'fr'))
    .map(([code, nom]) => {
      const o = document.createElement('option');
      o.value = code;
      o.textContent = `${nom} (${code})`;
      o.dataset.nom = nom;
      return o;
    });
  const tout = document.createElement('option');
  tout.value = '';
  tout.textContent = 'Tout le département';
  communeSelect.replaceChildren(tout, ...options);
}

const { departements } = await (await fetch('../dist/feeds/index.json')).json();
document.getElementById('feed').append(
  ...departements.map((d) => {
    const o = document.createElement('option');
    o.value = d.code;
    o.textContent = `${d.code} — ${d.nom} (données ouvertes)`;
    return o;
  }),
);
await chargerCommunes();
form.addEventListener('change', async (event) => {
  if (event.target.name === 'feed') await chargerCommunes();
  await mettreAJour();
});
// A commune by its postal code: the département's feed, then only the communes of that code
// left to choose from, the first chosen, as if by hand.
const recherche = document.getElementById('code-postal');
recherche.addEventListener('input', async () => {
  const saisie = recherche.value;
  const trouvees = await communesDuCodePostal(saisie);
  if (saisie !== recherche.value) return;
  const feed = document.getElementById('feed');
  const departement = trouvees.length ? departementDe(trouvees[0].code) : null;
  if (departement && feed.value !== departement && [...feed.options].some((o) => o.value === departement)) {
    feed.value = departement;
    await chargerCommunes();
  }
  const codes = new Set(trouvees.map((c) => c.code));
  for (const o of communeSelect.options) o.hidden = codes.size > 0 && o.value !== '' && !codes.has(o.value);
  const premiere = [...communeSelect.options].find((o) => codes.has(o.value));
  if (premiere) communeSelect.value = premiere.value;
  await mettreAJour();
});
/** Copies a text; where the page may not write to the clipboard, selects it for Ctrl+C. */
function copieur(bouton, statut, texte, selectionner, fait) {
  document.getElementById(bouton).addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(texte());
      document.getElementById(statut).textContent = fait;
    } catch {
      selectionner();
      document.getElementById(statut).textContent = 'Sélectionné : copiez avec Ctrl+C.';
    }
  });
}
copieur(
  'copier',
  'copie',
  () => extrait.value,
  () => extrait.select(),
  'Code copié.',
);
const paragraphe = document.getElementById('declaration');
copieur(
  'copier-declaration',
  'copie-declaration',
  () => [...paragraphe.children].map((p) => p.textContent).join('\n\n'),
  () => getSelection().selectAllChildren(paragraphe),
  'Paragraphe copié.',
);
await mettreAJour();
document.documentElement.dataset.pret = 'oui';

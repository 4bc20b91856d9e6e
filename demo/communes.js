// The commune picker: a département from the shipped index, then a commune by name, accents or
// not, or by postal code (in any département), and the programme list of that commune, live,
// with the snippet that shows it.
import { communesDuCodePostal, departementDe } from './codes-postaux.js';

const departement = document.getElementById('departement');
const recherche = document.getElementById('recherche');
const commune = document.getElementById('commune');
const nombre = document.getElementById('nombre');
const extrait = document.getElementById('extrait');
const apercu = document.getElementById('apercu');
const franceServices = document.getElementById('france-services');
const fibre = document.getElementById('fibre');
// ?look=dsfr or ?look=neutre: the elements in either look (this page has no DSFR: neutral by default).
const look = new URLSearchParams(location.search).get('look');
if (look) for (const el of [apercu, franceServices, fibre]) el.setAttribute('look', look);

/** "Saint-Chély-d'Apcher" is found by "saint chely": no accents, no case, no punctuation. */
const cle = (texte) =>
  texte
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

let communes = [];

function option(value, text) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

async function filtrer(garder) {
  const q = cle(recherche.value);
  const code = recherche.value.trim().toUpperCase();
  const saisie = recherche.value;
  const parCodePostal = await communesDuCodePostal(saisie);
  // Typed on: an older answer does not replace a newer one.
  if (saisie !== recherche.value) return;
  const trouvees = [
    ...parCodePostal.map((c) => ({ ...c, libelle: `${c.nom} (${c.codePostal})` })),
    ...communes.filter((c) => !q || c.cle.includes(q) || c.code.startsWith(code)).map((c) => ({ ...c, libelle: `${c.nom} (${c.code})` })),
  ].filter((c, i, toutes) => toutes.findIndex((d) => d.code === c.code) === i);
  // The commune asked for (by a link) stays in the list, wherever it sorts.
  const gardee = garder && communes.find((c) => c.code === garder);
  if (gardee && !trouvees.slice(0, 200).some((c) => c.code === gardee.code))
    trouvees.unshift({ ...gardee, libelle: `${gardee.nom} (${gardee.code})` });
  commune.replaceChildren(...trouvees.slice(0, 200).map((c) => option(c.code, c.libelle)));
  nombre.textContent = `${trouvees.length} commune${trouvees.length > 1 ? 's' : ''}${trouvees.length > 200 ? ' (200 premières affichées)' : ''}`;
  if (trouvees.length === 1) commune.value = trouvees[0].code;
}

async function afficher() {
  const code = commune.value;
  // A commune found by its postal code may be of another département: show that one's feed.
  if (code && departementDe(code) !== departement.value && [...departement.options].some((o) => o.value === departementDe(code))) {
    departement.value = departementDe(code);
    communes = await communesDe(departement.value);
  }
  for (const el of [apercu, franceServices, fibre]) {
    el.setAttribute('src', `../dist/feeds/${departement.value}.json`);
    if (code) el.setAttribute('commune', code);
    else el.removeAttribute('commune');
  }
  const attribut = code ? `commune="${code}"` : `departement="${departement.value}"`;
  extrait.textContent = [
    `<anct-programme-list ${attribut}></anct-programme-list>`,
    `<anct-france-services ${attribut}></anct-france-services>`,
    `<anct-fibre-table ${attribut}></anct-fibre-table>`,
  ].join('\n');
  const params = new URLSearchParams({ departement: departement.value, ...(code && { commune: code }), ...(look && { look }) });
  history.replaceState(null, '', `?${params}`);
}

async function communesDe(dep) {
  const feed = await (await fetch(`../dist/feeds/${dep}.json`)).json();
  return Object.entries(feed.communes ?? {})
    .map(([code, nom]) => ({ code, nom, cle: cle(nom) }))
    .sort((a, b) => a.nom.localeCompare(b.nom, 'fr'));
}

async function choisirDepartement(garder) {
  communes = await communesDe(departement.value);
  await filtrer(garder);
  await afficher();
}

const { departements } = await (await fetch('../dist/feeds/index.json')).json();
departement.replaceChildren(...departements.map((d) => option(d.code, `${d.code} — ${d.nom}`)));
const demande = new URLSearchParams(location.search);
departement.value = demande.get('departement') ?? '48';
await choisirDepartement(demande.get('commune'));
if (demande.get('commune')) {
  commune.value = demande.get('commune');
  afficher();
}

departement.addEventListener('change', () => {
  recherche.value = '';
  choisirDepartement();
});
recherche.addEventListener('input', async () => {
  await filtrer();
  await afficher();
});
commune.addEventListener('change', afficher);
document.documentElement.dataset.pret = 'oui';

// The commune picker: a département from the shipped index, then a commune by name, accents or
// not, and the programme list of that commune, live, with the snippet that shows it.
const departement = document.getElementById('departement');
const recherche = document.getElementById('recherche');
const commune = document.getElementById('commune');
const nombre = document.getElementById('nombre');
const extrait = document.getElementById('extrait');
const apercu = document.getElementById('apercu');

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

function filtrer(garder) {
  const q = cle(recherche.value);
  const code = recherche.value.trim().toUpperCase();
  const trouvees = communes.filter((c) => !q || c.cle.includes(q) || c.code.startsWith(code));
  // The commune asked for (by a link) stays in the list, wherever it sorts.
  const gardee = garder && communes.find((c) => c.code === garder);
  if (gardee && !trouvees.slice(0, 200).includes(gardee)) trouvees.unshift(gardee);
  commune.replaceChildren(...trouvees.slice(0, 200).map((c) => option(c.code, `${c.nom} (${c.code})`)));
  nombre.textContent = `${trouvees.length} commune${trouvees.length > 1 ? 's' : ''}${trouvees.length > 200 ? ' (200 premières affichées)' : ''}`;
  if (trouvees.length === 1) commune.value = trouvees[0].code;
}

function afficher() {
  const code = commune.value;
  apercu.setAttribute('src', `../dist/feeds/${departement.value}.json`);
  if (code) apercu.setAttribute('commune', code);
  else apercu.removeAttribute('commune');
  extrait.textContent = code
    ? `<anct-programme-list commune="${code}"></anct-programme-list>`
    : `<anct-programme-list departement="${departement.value}"></anct-programme-list>`;
  const params = new URLSearchParams({ departement: departement.value, ...(code && { commune: code }) });
  history.replaceState(null, '', `?${params}`);
}

async function choisirDepartement(garder) {
  const feed = await (await fetch(`../dist/feeds/${departement.value}.json`)).json();
  communes = Object.entries(feed.communes ?? {})
    .map(([code, nom]) => ({ code, nom, cle: cle(nom) }))
    .sort((a, b) => a.nom.localeCompare(b.nom, 'fr'));
  filtrer(garder);
  afficher();
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
recherche.addEventListener('input', () => {
  filtrer();
  afficher();
});
commune.addEventListener('change', afficher);

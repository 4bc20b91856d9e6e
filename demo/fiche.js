// ?look=dsfr|neutre, ?theme=dark|light|auto, ?commune=INSEE and ?departement=NN (a shipped département's fiche in place
// of the 2021 Lozère edition) on the fiche page, to try them without editing it.
const params = new URLSearchParams(location.search);
const fiche = document.querySelector('anct-fiche');
if (params.has('departement')) {
  fiche.removeAttribute('src');
  fiche.setAttribute('departement', params.get('departement'));
}
for (const name of ['look', 'theme', 'commune', 'sections']) {
  if (params.has(name)) fiche.setAttribute(name, params.get(name));
}
if (params.get('theme') === 'dark') document.body.classList.add('dark');

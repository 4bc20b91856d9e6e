// ?theme=dark|light|auto and ?commune=INSEE on the fiche page, to try them without editing it.
const params = new URLSearchParams(location.search);
const fiche = document.querySelector('anct-fiche');
for (const name of ['theme', 'commune', 'sections']) {
  if (params.has(name)) fiche.setAttribute(name, params.get(name));
}
if (params.get('theme') === 'dark') document.body.classList.add('dark');

// The demo's checker of a fichier de données: the same validation as `npx anct-widgets validate`,
// in the page. It loads the data layer (dist/data.js), not the elements' bundle: a page that
// only shows elements carries no validation messages it never prints.
import { formatProblem, loadFeed } from '../dist/data.js';

const form = document.getElementById('validate-form');
const result = document.getElementById('validate-result');

function show(className, text, lines = []) {
  const list = document.createElement('ul');
  for (const line of lines) {
    const item = document.createElement('li');
    item.textContent = line;
    list.append(item);
  }
  const summary = document.createElement('p');
  summary.className = className;
  summary.textContent = text;
  result.replaceChildren(summary, ...(lines.length ? [list] : []));
}

async function check(url) {
  result.textContent = 'Vérification…';
  // A new address each time: the loader reads an address once per page, and the file may have
  // been corrected since the last check. The message shows the address as given.
  const nonce = `t=${Date.now()}`;
  try {
    const { problems } = await loadFeed(`${url}${url.includes('?') ? '&' : '?'}${nonce}`);
    if (!problems.length) show('ok', 'Fichier de données valide : aucun problème.');
    else
      show('ko', `${problems.length} problème${problems.length > 1 ? 's' : ''} dans ce fichier de données :`, problems.map(formatProblem));
  } catch (error) {
    // Not read at all (no such address, not a fichier de données): the loader's message says why.
    show('ko', 'Ce fichier de données ne peut pas être vérifié :', [error.message.replace(new RegExp(`[?&]${nonce}`), '')]);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  check(new FormData(form).get('url'));
});
check(document.getElementById('feed-url').value);

// The demo's feed checker: the same validation as `npx anct-widgets validate`, in the page.
import { formatProblem, loadFeed } from '../dist/anct-widgets.js';

const form = document.getElementById('validate-form');
const result = document.getElementById('validate-result');

function show(className, lines) {
  const list = document.createElement('ul');
  for (const line of lines) {
    const item = document.createElement('li');
    item.textContent = line;
    list.append(item);
  }
  const summary = document.createElement('p');
  summary.className = className;
  summary.textContent = lines.length ? `${lines.length} problème(s) :` : 'feed valide';
  result.replaceChildren(summary, ...(lines.length ? [list] : []));
}

async function check(url) {
  result.textContent = 'Vérification…';
  try {
    const { problems } = await loadFeed(`${url}${url.includes('?') ? '&' : '?'}t=${Date.now()}`);
    show(problems.length ? 'ko' : 'ok', problems.map(formatProblem));
  } catch (error) {
    show('ko', [error.message]);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  check(new FormData(form).get('url'));
});
check(document.getElementById('feed-url').value);

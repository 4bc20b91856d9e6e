// The elements register themselves; the data layer is the one they use (one request per feed).
import 'anct-widgets';
import { loadFeed } from 'anct-widgets/data';
// The Lozère 2021 fiche, shipped in the package: Vite serves it in development and copies it
// into the build, at the same address for the element and for loadFeed.
import feedUrl from 'anct-widgets/dist/feeds/48-lozere-2021.json?url';

const programmes = document.querySelector('anct-programme-list')!;
const fibre = document.querySelector('anct-fibre-table')!;
const statut = document.querySelector('#statut')!;

const charges: string[] = [];
for (const el of [programmes, fibre]) {
  el.addEventListener('anct-load', (event) => {
    charges.push(`${el.localName} (${event.detail.feed.territoire?.nom ?? '?'})`);
    statut.textContent = `Chargé : ${charges.join(', ')}`;
  });
  el.addEventListener('anct-error', (event) => console.warn(event.detail.code, event.detail.message));
}

// The commune view of Mende, from the feed's address.
programmes.src = feedUrl;

// The fibre table, from the feed as an object: loadFeed shares the element's request.
loadFeed(feedUrl).then(
  ({ feed }) => {
    fibre.feed = feed;
  },
  (error: unknown) => console.error(error),
);

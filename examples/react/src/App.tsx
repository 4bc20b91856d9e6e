// `anct-widgets/react` registers the elements and types their tags in JSX.
import 'anct-widgets/react';
import type { AnctLoadDetail } from 'anct-widgets';
import { loadFeed, type Feed } from 'anct-widgets/data';
// The Lozère 2021 fiche, shipped in the package: one address in development and in the build.
import feedUrl from 'anct-widgets/dist/feeds/48-lozere-2021.json?url';
import { useEffect, useState } from 'react';

export function App() {
  const [feed, setFeed] = useState<Feed>();
  const [charges, setCharges] = useState<string[]>([]);

  useEffect(() => {
    // loadFeed shares the request of the element that shows the same address: one request.
    let actuel = true;
    loadFeed(feedUrl).then(
      (loaded) => actuel && setFeed(loaded.feed ?? undefined),
      (error: unknown) => console.error(error),
    );
    return () => {
      actuel = false;
    };
  }, []);

  const charge = (event: CustomEvent<AnctLoadDetail>) => {
    const tag = (event.target as HTMLElement).localName;
    setCharges((l) => [...l, `${tag} (${event.detail.feed.territoire?.nom ?? '?'})`]);
  };

  return (
    <>
      <h1>Mende et la Lozère</h1>
      <anct-programme-list
        src={feedUrl}
        commune="48095"
        heading-level={2}
        onanct-load={charge}
        onanct-error={(event) => console.warn(event.detail.code, event.detail.message)}
      />
      {feed && <anct-fibre-table feed={feed} heading-level={2} onanct-load={charge} />}
      <p id="statut" role="status">
        {charges.length ? `Chargé : ${charges.join(', ')}` : ''}
      </p>
    </>
  );
}

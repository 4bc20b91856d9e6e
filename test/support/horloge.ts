/**
 * The page's clock set to an instant, for tests of what depends on the time of day (France
 * Services open or closed): `Date.now` runs on from that instant, or stays there (`arretee`);
 * `horloge()` puts the real clock back.
 */
const vraiDateNow = Date.now;

export function horloge(iso?: string, arretee = false): void {
  if (!iso) {
    Date.now = vraiDateNow;
    return;
  }
  const instant = new Date(iso).getTime();
  const decalage = instant - vraiDateNow();
  Date.now = arretee ? () => instant : () => vraiDateNow() + decalage;
}

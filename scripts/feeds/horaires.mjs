// The opening hours of a France Services site, per day, as the source writes them
// (« 09:00 - 12:00 / 13:30 - 17:00 ») and as times an element can compare with the clock. Only a
// text that reads entirely as ranges of a day becomes ranges: anything else (« sur rendez-vous »,
// « 9h-12h », a range that ends before it starts) stays text, and then the site has no ranges at
// all, since an element cannot say it is open or closed from part of a week.

const HEURE = /^([01]\d|2[0-4]):([0-5]\d)$/;

/** « 09:00 - 12:00 / 13:30 - 17:00 » → [["09:00", "12:00"], ["13:30", "17:00"]], or null. */
export function lirePlages(texte) {
  const plages = [];
  for (const morceau of texte.split('/')) {
    const bornes = morceau.split('-').map((s) => s.trim());
    if (bornes.length !== 2 || !bornes.every((b) => HEURE.test(b))) return null;
    const [debut, fin] = bornes;
    if (fin <= debut || fin > '24:00' || (plages.length && debut < plages.at(-1)[1])) return null;
    plages.push([debut, fin]);
  }
  return plages.length ? plages : null;
}

/**
 * A site's hours: `horaires`, the source's text per day it is open, and `plages`, the same as
 * ranges, when every day's text reads as ranges.
 */
export function horairesDuSite(texteParJour) {
  const horaires = Object.fromEntries(Object.entries(texteParJour).filter(([, t]) => t));
  if (!Object.keys(horaires).length) return {};
  const plages = Object.fromEntries(Object.entries(horaires).map(([jour, t]) => [jour, lirePlages(t)]));
  return { horaires, ...(Object.values(plages).every(Boolean) && { plages }) };
}

// Communes by postal code, for the demo's pickers: a resident types « 48000 », not « 48095 ». The
// codes come from the COG's communes at build time (dist/feeds/codes-postaux/, one file per first
// two digits): only the file of the code being typed is read, and none of it is in a script.
const lus = new Map();

function fichier(prefixe) {
  if (!lus.has(prefixe)) {
    lus.set(
      prefixe,
      fetch(new URL(`../dist/feeds/codes-postaux/${prefixe}.json`, import.meta.url)).then(
        (r) => (r.ok ? r.json() : {}),
        () => ({}),
      ),
    );
  }
  return lus.get(prefixe);
}

/** The département of a commune's INSEE code: « 48 », « 2A », « 974 ». */
export const departementDe = (code) => (code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2));

/** The communes whose postal code begins with what was typed (two digits at least): [{code, nom, codePostal}]. */
export async function communesDuCodePostal(saisie) {
  const debut = saisie.trim();
  if (!/^\d{2,5}$/.test(debut)) return [];
  const codes = await fichier(debut.slice(0, 2));
  return Object.entries(codes)
    .filter(([cp]) => cp.startsWith(debut))
    .flatMap(([codePostal, communes]) => communes.map(([code, nom]) => ({ code, nom, codePostal })));
}

/**
 * The codes a page gives an element: a commune's INSEE code (COG) and a département's code,
 * and which départements have a feed shipped with the package. One place for these rules, so the
 * schema, the commune view and the choice of a shipped feed cannot disagree.
 */

/** A commune's INSEE code: 5 characters, Corsica (2A/2B) included. */
export const CODE_INSEE = /^(?:\d{5}|2[AB]\d{3})$/;

/**
 * The territories a feed may be of: the metropolitan départements (no 20), Corsica, the five
 * DROM, and Saint-Pierre-et-Miquelon (975), Saint-Barthélemy (977) and Saint-Martin (978), which
 * have France Services too. The schema accepts these, and `FUSEAUX` gives each its legal time.
 */
export const CODE_TERRITOIRE = /^(?:0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-8])$/;

/** The legal time of the territories outside Paris's zone; a test holds it to `CODE_TERRITOIRE`. */
const FUSEAUX: Readonly<Record<string, string>> = {
  '971': 'America/Guadeloupe',
  '972': 'America/Martinique',
  '973': 'America/Cayenne',
  '974': 'Indian/Reunion',
  '975': 'America/Miquelon',
  '976': 'Indian/Mayotte',
  '977': 'America/St_Barthelemy',
  '978': 'America/Marigot',
};

/**
 * A territory's legal time zone (IANA): its own overseas, Paris's in metropolitan France and
 * Corsica; undefined for a code that is no territory's, so that no clock is read in a wrong zone.
 */
export function fuseauDuTerritoire(code: string): string | undefined {
  if (!CODE_TERRITOIRE.test(code)) return undefined;
  return Object.hasOwn(FUSEAUX, code) ? FUSEAUX[code] : code.startsWith('97') ? undefined : 'Europe/Paris';
}

/** The départements that have a shipped feed: metropolitan (no 20), Corsica, the five DROM. */
const DEPARTEMENTS_PUBLIES = /^(?:0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-46])$/;

/** The département a commune's INSEE code belongs to: "48095" → "48", "2A004" → "2A", "97411" → "974". */
export function departementDeCommune(code: string): string {
  return code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2);
}

/** A code as people type it: spaces around it dropped, "2a004" read as "2A004". */
export function normaliserCode(code: string): string {
  return code.trim().toUpperCase();
}

/** Whether the package ships a feed for this département code ("48", "2A", "974"). */
export function estDepartementPublie(code: string): boolean {
  return DEPARTEMENTS_PUBLIES.test(code);
}

/**
 * The département whose shipped feed an element reads: the one given, else the commune's; `null`
 * with neither (or with a malformed commune code, which the commune view reports itself).
 */
export function departementVise(departement: string | null, commune: string | null): string | null {
  const donne = departement ? normaliserCode(departement) : '';
  if (donne) return donne;
  const code = commune ? normaliserCode(commune) : '';
  return CODE_INSEE.test(code) ? departementDeCommune(code) : null;
}

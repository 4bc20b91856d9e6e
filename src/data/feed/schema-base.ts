/**
 * The building blocks of the feed's schema: codes, dates, links, numbers, texts. Each carries a
 * French description for the published JSON Schema. A browser shows none of them, so each goes
 * through `d()`, which the browser bundles' build turns off (`__ANCT_DESCRIPTIONS__` defined as
 * false): the minifier then drops the texts.
 */
import * as v from 'valibot';
import { CODE_INSEE } from './codes.js';
import { attendu } from './messages.js';

export { CODE_INSEE };

declare const __ANCT_DESCRIPTIONS__: boolean | undefined;

/** Whether this build keeps the descriptions: yes unless the build says otherwise (tests, data.js). */
const DESCRIPTIONS = typeof __ANCT_DESCRIPTIONS__ === 'undefined' || __ANCT_DESCRIPTIONS__;

/** A description for the JSON Schema; an empty one in the browser bundles. */
export const d = (texte: string): string => (DESCRIPTIONS ? texte : '');

/** The own properties of an object, in an object without prototype: nothing inherited answers. */
function propres(objet: object): Record<string, unknown> {
  const copie: Record<string, unknown> = Object.create(null);
  for (const cle of Object.keys(objet)) copie[cle] = (objet as Record<string, unknown>)[cle];
  return copie;
}

/**
 * `v.object`, blind to what a page's script adds to `Object.prototype` (old libraries do):
 * valibot walks the entries with `for…in` and looks fields up with `in`, so an added property
 * would be taken for a schema (and throw on every feed) or for a field of every object. Here the
 * entries, the input and the output have no prototype: only a feed's own fields are read, and
 * only they are shown. Marked free of side effects, as valibot's own functions are, so that a
 * bundle drops the schemas it does not use.
 */
export const objet = /* @__NO_SIDE_EFFECTS__ */ <T extends v.ObjectEntries>(entries: T) => {
  const schema = v.object(Object.assign(Object.create(null) as T, entries));
  const run = schema['~run'];
  return {
    ...schema,
    '~run'(dataset, config) {
      const input: unknown = dataset.value;
      if (typeof input === 'object' && input !== null && !Array.isArray(input)) dataset.value = propres(input);
      const sortie = run.call(this, dataset, config);
      if (sortie.typed) sortie.value = propres(sortie.value) as typeof sortie.value;
      return sortie;
    },
  } as typeof schema;
};

/** Programme ids and axes: stable, lower-case, hyphenated. */
export const IDENTIFIANT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const texte = (description: string) =>
  v.pipe(v.string(), v.minLength(1), v.description(description));

export const codeInsee = v.pipe(
  v.string(),
  v.regex(CODE_INSEE, attendu('code INSEE à 5 caractères attendu (par exemple « 48095 »)')),
  v.description(d('Code INSEE (COG) de la commune, 5 caractères, par exemple « 48095 ».')),
);

export const siren = v.pipe(
  v.string(),
  v.regex(/^\d{9}$/, attendu('SIREN à 9 chiffres attendu')),
  v.description(d('SIREN du groupement (EPCI), 9 chiffres.')),
);

/**
 * Whether a day the pattern lets through is in the calendar: "2021-02-31" is not, and would
 * otherwise read "3 mars 2021". A year or a month alone always is.
 */
export function dateExiste(iso: string): boolean {
  const [annee, mois, jour] = iso.split('-').map(Number);
  if (jour === undefined) return true;
  return new Date(Date.UTC(annee!, mois! - 1, jour)).getUTCDate() === jour;
}

/** ISO 8601 at the precision the source gives: a year, a month or a day, that exists. */
export const dateIso = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    attendu('date ISO attendue (« 2021 », « 2021-06 » ou « 2021-06-03 »)'),
  ),
  v.check(dateExiste, attendu('date qui existe attendue (le 31 février n’existe pas)')),
  v.description(d('Date ISO 8601 à la précision de la source : « 2021 », « 2021-06 » ou « 2021-06-03 », d’un jour qui existe.')),
);

/** Only links a reader can follow safely: never `javascript:` or `data:`. */
export const lien = v.pipe(
  v.string(),
  v.regex(/^(?:https?:\/\/|mailto:)\S+$/, attendu('adresse https:, http: ou mailto: attendue')),
  v.description(d('Adresse https:, http: ou mailto:.')),
);

export const nombre = (description: string) =>
  v.pipe(v.number(), v.finite(), v.description(description));

/**
 * The largest count a feed may give (locaux, communes, contracts): a thousand million, far above
 * any French territory (about 40 million locaux in all France), and far below what would print
 * as "∞" or lose its units once added up.
 */
export const COMPTE_MAX = 1_000_000_000;

/** A count: a whole number, 0 to `COMPTE_MAX` (its description says so, for the JSON Schema). */
export const compte = (description: string) =>
  v.pipe(
    v.number(),
    v.integer(attendu('nombre entier attendu')),
    v.minValue(0),
    v.maxValue(COMPTE_MAX, attendu('nombre au plus égal à 1 000 000 000 attendu')),
    v.description(description),
  );

/** A COG vintage, by its year: the code officiel géographique at 1 January. */
export const millesime = (description: string) =>
  v.pipe(v.number(), v.integer(), v.description(description));


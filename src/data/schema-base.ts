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

/** ISO 8601 at the precision the source gives: a year, a month or a day. */
export const dateIso = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    attendu('date ISO attendue (« 2021 », « 2021-06 » ou « 2021-06-03 »)'),
  ),
  v.description(d('Date ISO 8601 à la précision de la source : « 2021 », « 2021-06 » ou « 2021-06-03 ».')),
);

/** Only links a reader can follow safely: never `javascript:` or `data:`. */
export const lien = v.pipe(
  v.string(),
  v.regex(/^(?:https?:\/\/|mailto:)\S+$/, attendu('adresse https:, http: ou mailto: attendue')),
  v.description(d('Adresse https:, http: ou mailto:.')),
);

export const nombre = (description: string) =>
  v.pipe(v.number(), v.finite(), v.description(description));

export const positif = (description: string) =>
  v.pipe(v.number(), v.finite(), v.minValue(0), v.description(description));

/** A COG vintage, by its year: the code officiel géographique at 1 January. */
export const millesime = (description: string) =>
  v.pipe(v.number(), v.integer(), v.description(description));


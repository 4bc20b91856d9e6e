/**
 * What a place the public visits may say of itself beyond its address: its opening hours as
 * ranges a clock can be compared with, whether it is a principal site or an antenne, fixed or
 * itinerant, whether it takes appointments, its coordinates and its labelling date. The France
 * Services sites carry them; any place may. Spread into the place's schema (schema.ts).
 */
import * as v from 'valibot';
import { whole } from './prune.js';
import { attendu } from './messages.js';
import { d, dateIso, lien, objet, texte } from './schema-base.js';

/** The days of the week, Monday first, as the France Services list names them when it gives hours. */
export const JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;
export type Jour = (typeof JOURS)[number];

/** An hour of the day, « 00:00 » to « 24:00 » (the end of a day open until midnight). */
export const HEURE = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

const heure = v.pipe(v.string(), v.regex(HEURE, attendu('heure « HH:MM » attendue (« 09:00 »)')));

/** A range ends after it starts; a day's ranges follow one another. JSON Schema cannot say it: the description does. */
export const PLAGES_EN_ORDRE = {
  plage: ([debut, fin]: [string, string]) => debut < fin,
  jour: (plages: [string, string][]) => plages.every((p, i) => i === 0 || plages[i - 1]![1] <= p[0]),
};

/** A day's ranges, in order, each ending after it starts. */
const plagesDuJour = v.pipe(
  v.array(v.pipe(v.tuple([heure, heure]), v.check(PLAGES_EN_ORDRE.plage, attendu('plage qui finit après son début attendue')))),
  v.check(PLAGES_EN_ORDRE.jour, attendu('plages dans l’ordre, sans chevauchement, attendues')),
);

export const CHAMPS_SITE = {
  // All or nothing: one range that does not read leaves out the whole week, not its day alone,
  // which would then read « Fermé » while the site is open.
  plages: v.optional(
    whole(
      v.pipe(
      objet({
        lundi: v.optional(plagesDuJour),
        mardi: v.optional(plagesDuJour),
        mercredi: v.optional(plagesDuJour),
        jeudi: v.optional(plagesDuJour),
        vendredi: v.optional(plagesDuJour),
        samedi: v.optional(plagesDuJour),
        dimanche: v.optional(plagesDuJour),
      }),
      v.description(
        d('Les mêmes horaires que `horaires`, en plages « HH:MM » par jour, dans l’ordre, chacune finissant après son début : { "lundi": [["09:00", "12:00"], ["13:30", "17:00"]] }. Un jour absent est un jour de fermeture ; « 00:00 » à « 24:00 », ouvert toute la journée. Absent quand les horaires ne se lisent pas ainsi : une seule plage invalide fait ignorer toutes celles du lieu.'),
      ),
      ),
    ),
  ),
  site: v.optional(v.pipe(v.picklist(['principal', 'antenne']), v.description(d('Site principal ou antenne d’une structure.')))),
  format: v.optional(
    v.pipe(v.picklist(['fixe', 'itinerant']), v.description(d('Site fixe, ou itinérant (un bus, des permanences de commune en commune).'))),
  ),
  rendezVous: v.optional(v.pipe(v.boolean(), v.description(d('Le site prend des rendez-vous.')))),
  commentaire: v.optional(texte(d('Ce que la source dit de plus du lieu, tel qu’elle l’écrit.'))),
  coordonnees: v.optional(
    v.pipe(
      objet({
        latitude: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
        longitude: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
      }),
      v.description(d('Position du lieu, en degrés (WGS 84).')),
    ),
  ),
  carte: v.optional(v.pipe(lien, v.description(d('Adresse d’une carte qui montre le lieu.')))),
  labellisation: v.optional(v.pipe(dateIso, v.description(d('Date de labellisation du lieu.')))),
};

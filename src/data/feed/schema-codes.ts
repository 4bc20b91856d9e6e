/**
 * The sections that let every commune code a person may use find its commune: the municipal
 * arrondissements of Paris, Lyon and Marseille, the codes of communes merged since, and the
 * communes whose EPCI changed after a list was made. Built from the COG's vintages by
 * `npm run feeds`; the selectors of programmes.ts read them.
 */
import * as v from 'valibot';
import { attendu } from './messages.js';
import { CODE_INSEE, codeInsee, d, millesime, objet, siren, texte } from './schema-base.js';

/** `commune="75101"` shows what is located in the arrondissement, then its city's programmes. */
export const ArrondissementsSchema = v.pipe(
  v.record(
    v.pipe(v.string(), v.regex(CODE_INSEE, attendu('code INSEE attendu comme clé'))),
    objet({ nom: texte(d('Nom de l’arrondissement municipal.')), commune: codeInsee }),
  ),
  v.description(d('Les arrondissements municipaux (Paris, Lyon, Marseille), code → nom et commune.')),
);

/** A former code leads to the current commune, with the first COG without it. */
export const AnciensCodesSchema = v.pipe(
  v.record(
    v.pipe(v.string(), v.regex(CODE_INSEE, attendu('code INSEE attendu comme clé'))),
    objet({
      nom: v.optional(texte(d('Nom de l’ancienne commune.'))),
      commune: codeInsee,
      type: texte(d('« commune-deleguee », « commune-associee » ou « ancienne-commune ».')),
      depuis: v.optional(millesime(d('Premier COG où le code n’est plus celui d’une commune.'))),
    }),
  ),
  v.description(d('Codes qui ne sont plus ceux d’une commune (fusions), et la commune actuelle où ils mènent.')),
);

/** A list given per EPCI reached that year's members; the commune's page says what changed since. */
export const ChangementsEpciSchema = v.pipe(
  v.record(
    v.pipe(v.string(), v.regex(CODE_INSEE, attendu('code INSEE attendu comme clé'))),
    v.array(
      objet({
        annee: millesime(d('Millésime du COG.')),
        siren: v.optional(siren),
        nom: v.optional(texte(d('Nom de l’EPCI cette année-là.'))),
        programmes: v.optional(
          v.pipe(v.array(v.string()), v.description(d('Programmes (id) dont la liste suit les membres de cette année-là.'))),
        ),
      }),
    ),
  ),
  v.description(d('Communes dont l’EPCI a changé depuis une liste : leur EPCI au COG de la liste, puis au COG du feed.')),
);

/** The EPCI of the territory's communes: the France Services of a commune's EPCI come after its own. */
export const IntercommunalitesSchema = v.pipe(
  v.record(
    v.pipe(v.string(), v.regex(/^\d{9}$/, attendu('SIREN attendu comme clé'))),
    objet({
      nom: texte(d('Nom de l’EPCI (COG).')),
      communes: v.array(codeInsee),
      horsDepartement: v.optional(
        v.pipe(
          v.boolean(),
          v.description(d('L’EPCI a aussi des communes dans un autre département : ce qui s’y trouve n’est pas dans ce feed.')),
        ),
      ),
    }),
  ),
  v.description(d('Les EPCI du territoire, SIREN → nom et communes membres du territoire (COG du feed).')),
);

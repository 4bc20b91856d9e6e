/**
 * What the programme list reads of the CRTE and fibre sections, and validates: a commune's view
 * says its CRTE and its share of locaux eligible to fibre in a sentence each, so the list checks
 * those fields only. A problem elsewhere in those sections is the fibre table's and the
 * accompagnements' to report, not the list's; and the list's bundle carries no schema of the
 * deployment series or of the zones. The full schemas are in schema-fibre.ts.
 */
import * as v from 'valibot';
import { whole } from './prune.js';
import { attendu } from './messages.js';
import { codeInsee, compte, d, objet, texte } from './schema-base.js';
import { colonnesAlignees } from './schema-fibre.js';
import { SourceSchema } from './schema-source.js';

const comptes = objet({ locaux: compte(d('Nombre de locaux.')), fibre: v.optional(compte(d('Locaux éligibles à la fibre.'))) });

export const FibreEnBrefSchema = objet({
  eligibilite: v.optional(
    objet({
      departement: comptes,
      communes: v.optional(
        whole(
          v.pipe(
            objet({ codes: v.array(codeInsee), locaux: v.array(compte(d('Locaux.'))), fibre: v.optional(v.array(compte(d('Éligibles.')))) }),
            v.check(colonnesAlignees, attendu('autant de valeurs dans chaque colonne que de codes, et au plus autant de locaux éligibles que de locaux')),
          ),
        ),
      ),
      source: SourceSchema,
    }),
  ),
});

export const CrteEnBrefSchema = objet({
  contrats: v.array(
    objet({
      nom: v.optional(texte(d('Nom du CRTE.'))),
      departement: v.optional(texte(d('Département qui porte le CRTE.'))),
      nombreCommunes: v.optional(compte(d('Nombre de communes du CRTE.'))),
      communes: v.optional(v.array(codeInsee)),
    }),
  ),
  // Not in the sentence: in « D’où viennent ces chiffres ? ».
  source: v.optional(SourceSchema),
});

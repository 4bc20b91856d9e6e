/**
 * Where a figure comes from, and the figure itself: every section of the feed cites its source
 * the same way, and a figure (a programme's, the State's financing of the fibre) has one shape.
 */
import * as v from 'valibot';
import { d, dateIso, lien, nombre, objet, texte } from './schema-base.js';

export const SourceSchema = v.pipe(
  objet({
    libelle: texte(d('Nom de la source, tel qu’un lecteur le lit.')),
    date: v.optional(dateIso),
    url: v.optional(lien),
    provenance: v.optional(
      texte(d('Pour les curieux et les vérifications : dépôt, fichier et version d’où les chiffres sont tirés. Aucun élément ne l’affiche dans le texte.')),
    ),
  }),
  v.description(d('D’où viennent les chiffres, et de quand.')),
);

export const ChiffreSchema = objet({
  valeur: nombre(d('La valeur, en nombre (« 5400000 », jamais « 5,4 M€ »).')),
  unite: v.optional(
    v.pipe(v.string(), v.description(d('Unité : « EUR » pour les euros, « % », ou un nom d’unité.'))),
  ),
  libelle: texte(d('Ce que compte la valeur, en minuscules : « espaces France Services ».')),
  groupe: v.optional(texte(d('Dispositif ou rubrique qui regroupe des chiffres, par exemple « Dispositif 4G fixe ».'))),
  total: v.optional(
    objet({
      valeur: nombre(d('La valeur de l’ensemble dont le chiffre fait partie (« 57 sur 546 »).')),
      perimetre: v.optional(texte(d('L’ensemble, tel qu’un lecteur le dit, par exemple « en Occitanie ».'))),
      calcul: v.optional(
        texte(
          d('Pour les vérifications : pourquoi la somme des départements diffère de la valeur (lieux hors des départements, sur plusieurs départements). Aucun élément ne l’affiche.'),
        ),
      ),
    }),
  ),
  source: v.optional(SourceSchema),
});


/**
 * The fiche's "Accompagnement sur mesure": the CRTE of the département and the projects the
 * agency supports, as table rows and as CSV.
 */
import type { Accompagnement, Source } from './schema.js';
import { lignesCsvSources } from './sources-citees.js';

export const COLONNES_ACCOMPAGNEMENTS = [
  'Porteur du projet',
  'Nature du projet',
  'Nom du projet',
  'Nature de l’accompagnement',
] as const;

/** One row per project, in the columns above. */
export function lignesAccompagnements(accompagnements: readonly Accompagnement[]): string[][] {
  return accompagnements.map((a) => [a.porteur, a.nature, a.projet, a.accompagnement]);
}

/** The projects, and below them their source. */
export function lignesCsvAccompagnements(accompagnements: readonly Accompagnement[], source?: Source): (string | number)[][] {
  return [
    [...COLONNES_ACCOMPAGNEMENTS, 'Code INSEE de la commune'],
    ...accompagnements.map((a) => [a.porteur, a.nature, a.projet, a.accompagnement, a.commune ?? '']),
    ...lignesCsvSources([source], COLONNES_ACCOMPAGNEMENTS.length + 1),
  ];
}

/**
 * "Comment saisir l'ANCT ?": the national flow is built in, as the fiche prints it; a feed adds
 * the département's contact and may reword any step.
 */
import type { Saisine } from '../feed/schema.js';

export interface CheminSaisine {
  condition: string;
  action: string;
}

export interface ParcoursSaisine {
  elu: string;
  prefet: string;
  chemins: CheminSaisine[];
  miseEnOeuvre: string;
  contact: Saisine['contact'];
}

export const PARCOURS_NATIONAL: Readonly<ParcoursSaisine> = Object.freeze({
  elu: 'Élu local',
  prefet: 'Préfet, délégué territorial de l’ANCT',
  chemins: [
    {
      condition: 'Le projet est complexe',
      action: 'Le préfet met en place un groupe projet dédié pour trouver des solutions sur mesure avec l’Agence',
    },
    {
      condition: 'Le projet s’inscrit dans un programme national de l’Agence',
      action: 'L’Agence applique la méthodologie du programme',
    },
    {
      condition: 'Le projet fait l’objet d’un contrat ou d’un pacte territorial',
      action: 'L’Agence mobilise son ingénierie et un appui renforcé pour la réalisation des actions',
    },
  ],
  miseEnOeuvre: 'Mise en œuvre locale',
  contact: undefined,
});

/** The national flow with the feed's additions laid over it. */
export function parcoursSaisine(saisine: Saisine | undefined): ParcoursSaisine {
  return {
    elu: saisine?.elu ?? PARCOURS_NATIONAL.elu,
    prefet: saisine?.prefet ?? PARCOURS_NATIONAL.prefet,
    chemins: saisine?.chemins ?? PARCOURS_NATIONAL.chemins,
    miseEnOeuvre: saisine?.miseEnOeuvre ?? PARCOURS_NATIONAL.miseEnOeuvre,
    contact: saisine?.contact,
  };
}

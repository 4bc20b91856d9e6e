/**
 * The fiche's "Accompagnement sur mesure": the CRTE of the département and the projects the
 * agency supports, as table rows and as CSV. `vueAccompagnements` makes all of it before the
 * element renders, which then only reads it.
 */
import { csvDataUrl, toCsv } from '../text/csv.js';
import { sourceDeLEdition } from '../text/format.js';
import type { Accompagnement, Source } from '../feed/schema.js';
import { lignesCsvSources } from '../text/sources-citees.js';
import type { Feed } from '../feed/validate.js';

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

export interface VueAccompagnements {
  /**
   * The département's own CRTE (one carried by another département is that one's): how many,
   * their names where a source names them (a generated feed knows their communes, not their
   * names), and how many the ANCT supports.
   */
  crte: { nombre: number; noms: string[]; accompagnesParAnct: number | undefined } | undefined;
  /** The projects as table rows, in `COLONNES_ACCOMPAGNEMENTS`. */
  lignes: string[][];
  /** The projects as a CSV file, a link's address; undefined without projects. */
  csv: string | undefined;
  /** The CRTE's source, else the edition's. */
  source: Source | undefined;
}

export function vueAccompagnements({ crte, accompagnements = [], edition }: Feed): VueAccompagnements {
  const propres = crte?.contrats.filter((c) => !c.departement) ?? [];
  const source = crte?.source ?? sourceDeLEdition(edition);
  return {
    crte: crte && {
      nombre: propres.length,
      noms: propres.flatMap((c) => (c.nom ? [c.nom] : [])),
      accompagnesParAnct: crte.accompagnesParAnct,
    },
    lignes: lignesAccompagnements(accompagnements),
    csv: accompagnements.length ? csvDataUrl(toCsv(lignesCsvAccompagnements(accompagnements, source))) : undefined,
    source,
  };
}

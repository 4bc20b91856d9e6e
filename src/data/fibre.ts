/**
 * The fibre table's figures, computed from the zones: shares are never stored in a feed.
 *
 * Two shares per row, as the fiche prints them: the zone's part of all the locaux to deploy
 * ("Zone AMII 10 500 (15 %)") and, within the zone, the part already raccordable
 * ("6 700 (64 %)"). The total row adds the zones up.
 */
import type { Fibre } from './schema.js';

export interface LigneFibre {
  zone: string;
  locauxADeployer: number;
  /** Share of the département's locaux to deploy that lie in this zone, 0–1; `NaN` without a total. */
  partDesLocaux: number;
  locauxRaccordables: number;
  /** Share of this zone's locaux that are raccordable, 0–1; `NaN` when the zone has none to deploy. */
  partRaccordables: number;
}

export interface TableauFibre {
  zones: LigneFibre[];
  total: LigneFibre;
}

const part = (n: number, sur: number) => (sur > 0 ? n / sur : Number.NaN);

export function tableauFibre(fibre: { zones: NonNullable<Fibre['zones']> }): TableauFibre {
  const locauxADeployer = fibre.zones.reduce((sum, z) => sum + z.locauxADeployer, 0);
  const locauxRaccordables = fibre.zones.reduce((sum, z) => sum + z.locauxRaccordables, 0);
  return {
    zones: fibre.zones.map((z) => ({
      zone: z.zone,
      locauxADeployer: z.locauxADeployer,
      partDesLocaux: part(z.locauxADeployer, locauxADeployer),
      locauxRaccordables: z.locauxRaccordables,
      partRaccordables: part(z.locauxRaccordables, z.locauxADeployer),
    })),
    total: {
      zone: 'TOTAL',
      locauxADeployer,
      partDesLocaux: part(locauxADeployer, locauxADeployer),
      locauxRaccordables,
      partRaccordables: part(locauxRaccordables, locauxADeployer),
    },
  };
}

/** The fibre table as CSV rows: counts as numbers, shares in percent with one decimal. */
export function lignesCsvFibre(tableau: TableauFibre): (string | number)[][] {
  const pourcent = (part: number) => (Number.isNaN(part) ? '' : Math.round(part * 1000) / 10);
  return [
    [
      'Zone',
      'Total des locaux à déployer en FttH',
      'Part des locaux du territoire (%)',
      'Locaux raccordables en FttH à date',
      'Part des locaux de la zone raccordables (%)',
    ],
    ...[...tableau.zones, tableau.total].map((l) => [
      l.zone,
      l.locauxADeployer,
      pourcent(l.partDesLocaux),
      l.locauxRaccordables,
      pourcent(l.partRaccordables),
    ]),
  ];
}

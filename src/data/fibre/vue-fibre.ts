/**
 * What the fibre table computes from the feed once, before any render: the zones' table with its
 * totals, the deployment's latest figures, and each CSV file a reader may download. A reader who
 * switches the deployment between chart and table renders again, and reads them as they are.
 */
import { csvDataUrl, toCsv } from '../text/csv.js';
import { chiffresDeploiement, lignesCsvDeploiement, lignesCsvFibre, tableauFibre, type ChiffresDeploiement, type TableauFibre } from './fibre.js';
import type { Fibre } from '../feed/schema.js';

export interface CalculsFibre {
  /** The printed edition's table of zones, and its CSV file as a link's address. */
  zones: { tableau: TableauFibre; csv: string } | undefined;
  /** The latest figures of the deployment, and its series as a CSV file. */
  deploiement: { chiffres: ChiffresDeploiement; csv: string } | undefined;
}

export function calculsFibre(fibre: Fibre): CalculsFibre {
  const tableau = fibre.zones && tableauFibre({ zones: fibre.zones });
  const { deploiement } = fibre;
  return {
    zones: tableau && { tableau, csv: csvDataUrl(toCsv(lignesCsvFibre(tableau, [fibre.source]))) },
    deploiement: deploiement && { chiffres: chiffresDeploiement(deploiement), csv: csvDataUrl(toCsv(lignesCsvDeploiement(deploiement))) },
  };
}

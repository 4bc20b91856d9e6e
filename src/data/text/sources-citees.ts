/**
 * The sources a view cites, for « D’où viennent ces chiffres ? » and for the CSV downloads. The
 * running text cites each source short (formatSource); where it was read (repository, file,
 * version: its `provenance`) is said once per view, in a closed box, and in the CSV under the
 * table, for the curious and for whoever checks the figures.
 */
import type { CelluleCsv } from './csv.js';
import { formatDate } from './format.js';
import type { Programme, Source } from '../feed/schema.js';

/** Each source once, in the order given; an undefined one (a figure without a source) is left out. */
export function sourcesDistinctes(sources: readonly (Source | undefined)[]): Source[] {
  const vues = new Set<string>();
  return sources.filter((s): s is Source => {
    const cle = s && JSON.stringify([s.libelle, s.date, s.provenance]);
    if (!cle || vues.has(cle)) return false;
    vues.add(cle);
    return true;
  });
}

/** The sources of the programmes, their figures' first, then `autres` (the sentences around them). */
export function sourcesDesProgrammes(programmes: readonly Programme[], autres: readonly Source[] = []): Source[] {
  return sourcesDistinctes([...programmes.flatMap((p) => [...p.chiffres.map((c) => c.source), p.source]), ...autres]);
}

/** The sources the box lists: those that say where they were read. */
export function sourcesAvecProvenance(sources: readonly Source[]): Source[] {
  return sources.filter((s) => s.provenance);
}

/** "ANCT, liste des Petites villes de demain, 7 août 2024", without the isolates a page needs and a spreadsheet does not. */
function citation(source: Source): string {
  return source.date ? `${source.libelle}, ${formatDate(source.date)}` : source.libelle;
}

/**
 * Rows under a table's CSV rows: an empty row, then each source and where it was read, in the
 * first two columns as a reader of the sheet reads a note; as wide as the table, so that the file
 * stays a rectangle that any CSV reader takes.
 */
export function lignesCsvSources(sources: readonly (Source | undefined)[], largeur: number): CelluleCsv[][] {
  const ligne = (...cellules: string[]) => [...cellules, ...Array<string>(Math.max(0, largeur - cellules.length)).fill('')];
  const distinctes = sourcesDistinctes(sources);
  if (!distinctes.length) return [];
  return [
    ligne(),
    ...distinctes.flatMap((s) => [ligne('Source', citation(s)), ...(s.provenance ? [ligne('Provenance', s.provenance)] : [])]),
  ];
}

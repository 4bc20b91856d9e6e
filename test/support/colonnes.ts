/**
 * The feed's table of communes (`fibre.eligibilite.communes`: `codes`, then one column per count)
 * read and edited as the tests need: one commune's row as an object, or the table without a row.
 * Written here rather than imported from src/data, so that a test does not check the library
 * with its own reading.
 */
type Colonnes = { codes: string[] } & Record<string, (string | number)[]>;

/** The row of `code`: `{locaux, fibre, …}`, zeros included; undefined when there is none. */
export function ligne(colonnes: Colonnes, code: string): Record<string, number> | undefined {
  const i = colonnes.codes.indexOf(code);
  if (i < 0) return undefined;
  return Object.fromEntries(
    Object.entries(colonnes)
      .filter(([k]) => k !== 'codes')
      .map(([k, valeurs]) => [k, valeurs[i] as number]),
  );
}

/** Takes the row of `code` out of every column. */
export function sansLigne(colonnes: Colonnes, code: string): void {
  const i = colonnes.codes.indexOf(code);
  if (i < 0) throw new Error(`${code} is not in the table`);
  for (const valeurs of Object.values(colonnes)) valeurs.splice(i, 1);
}

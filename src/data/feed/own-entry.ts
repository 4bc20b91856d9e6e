/**
 * Looking a feed's text up in a table: only the table's own entries answer. A plain `table[key]`
 * answers `constructor`, `toString` or `__proto__` with what every object has (a function, the
 * prototype), and a page's script may have added more to `Object.prototype`.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>> | undefined, cle: string): T | undefined {
  return table !== undefined && Object.hasOwn(table, cle) ? table[cle] : undefined;
}

/**
 * CSV as French spreadsheets open it: UTF-8 with a byte-order mark (or Excel guesses the
 * encoding wrong), `;` between fields (the comma is the decimal separator), CRLF line ends.
 */
export type CelluleCsv = string | number;

const DECIMALES = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2, useGrouping: false });

function cellule(value: CelluleCsv): string {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? DECIMALES.format(value) : '') : value;
  // A leading =, +, -, @, tab or CR would be run as a formula by the spreadsheet: quote it away.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(lignes: readonly (readonly CelluleCsv[])[]): string {
  return `\uFEFF${lignes.map((ligne) => ligne.map(cellule).join(';')).join('\r\n')}\r\n`;
}

/** A `data:` address for a download link: no object URL to revoke, nothing left behind. */
export function csvDataUrl(csv: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
}

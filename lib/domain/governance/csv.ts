// CSV for audit exports (RFC 4180: comma-separated, CRLF, quotes doubled). The exported file is opened in
// spreadsheets, so a cell a user could influence (usernames, override explanations) must never run as a formula.

/** Spreadsheets treat a cell starting with these as a formula (OWASP "CSV injection"); tab and CR too. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export type CsvValue = string | number | boolean | null | undefined;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  // A leading apostrophe makes the spreadsheet show the text as typed instead of evaluating it.
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(",");
}

/**
 * A whole document: header row first, CRLF after every row. Starts with a UTF-8 byte order mark so
 * spreadsheet programs read names with accents correctly instead of guessing a legacy encoding.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => `${csvRow(row)}\r\n`).join("")}`;
}

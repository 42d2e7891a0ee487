import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockBackend } from '../../../mocks/node';
import type { ApiTokenRecord } from '../../../mocks/db/types';
import { speak } from '../../support/language';
import { renderModule } from '../../support/render-module';

// Dates and numbers go through Intl with the configured locale. The module is rendered in de-DE (in German, as
// the package entry does for that locale) and in en-GB; the expected dates and numbers are built here with Intl
// (never typed in by hand), and the two locales must differ.

const TIME_ZONE = 'UTC';

function formats(locale: string) {
  const date = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: TIME_ZONE,
  });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE });
  const full = new Intl.DateTimeFormat(locale, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  });
  const number = new Intl.NumberFormat(locale);
  return {
    date: (iso: string) => date.format(new Date(iso)),
    time: (iso: string) => time.format(new Date(iso)),
    full: (iso: string) => full.format(new Date(iso)),
    number: (n: number) => number.format(n),
  };
}

/** The token the default grid view shows first: the newest. */
function newestToken(): ApiTokenRecord {
  const [newest] = [...mockBackend.db.listTokens()].sort((a, b) =>
    a.audit.created.at === b.audit.created.at
      ? a.id.localeCompare(b.id)
      : a.audit.created.at < b.audit.created.at
        ? 1
        : -1,
  );
  if (!newest) throw new Error('the seeded account has no tokens');
  return newest;
}

function rowOf(name: string): HTMLElement {
  const row = screen.getByRole('link', { name }).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

function createdCell(row: HTMLElement): HTMLElement {
  // Columns: selection, API token, Modules, Created by, Date created, …
  const cell = within(row).getAllByRole('cell')[4];
  if (!cell) throw new Error('no Date created cell');
  return cell;
}

async function renderGrid(locale: string) {
  await speak(locale);
  const view = renderModule({ config: { locale, timeZone: TIME_ZONE } });
  await screen.findByRole('link', { name: newestToken().name });
  return view;
}

describe('locale: the grid', () => {
  it('shows created dates and times the de-DE way, and differently in en-GB', async () => {
    const token = newestToken();
    const at = token.audit.created.at;
    const de = formats('de-DE');
    const en = formats('en-GB');
    // Guards the test itself: the two locales must actually write this date differently.
    expect(de.date(at)).not.toBe(en.date(at));
    // German short dates put a period after the day ("15. Apr. 2023").
    expect(de.date(at)).toMatch(/^\d{1,2}\. \S+ \d{4}$/u);

    const { unmount } = await renderGrid('de-DE');
    let cell = createdCell(rowOf(token.name));
    expect(within(cell).getByText(de.date(at))).toBeInTheDocument();
    expect(within(cell).getByText(de.time(at))).toBeInTheDocument();
    expect(cell.querySelector('time')?.getAttribute('title')).toContain(de.full(at));
    expect(cell).not.toHaveTextContent(en.date(at));
    unmount();

    await renderGrid('en-GB');
    cell = createdCell(rowOf(token.name));
    expect(within(cell).getByText(en.date(at))).toBeInTheDocument();
    expect(cell.querySelector('time')?.getAttribute('title')).toContain(en.full(at));
    expect(cell).not.toHaveTextContent(de.date(at));
  });

  it('writes the totals of a 10,000-token account with the locale’s digit grouping', async () => {
    mockBackend.reset({ dataset: 'large' });
    const total = mockBackend.db.tokenCount();
    expect(total).toBeGreaterThanOrEqual(1000);
    const de = formats('de-DE');
    const en = formats('en-GB');
    expect(de.number(total)).not.toBe(en.number(total));
    const pages = Math.ceil(total / 10);

    const { unmount } = await renderGrid('de-DE');
    expect(await screen.findByText(`${de.number(total)} Zeilen`)).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Seitennavigation' })).getByText(
        `1–10 von ${de.number(total)} Zeilen`,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: `Seitenzahl, von ${de.number(pages)}` })).toBeInTheDocument();
    expect(screen.queryByText(`${en.number(total)} Zeilen`)).not.toBeInTheDocument();
    unmount();

    await renderGrid('en-GB');
    expect(await screen.findByText(`${en.number(total)} rows`)).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Pagination' })).getByText(
        `1–10 of ${en.number(total)} rows`,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: `Page number, of ${en.number(pages)}` })).toBeInTheDocument();
  });
});

describe('locale: the detail page', () => {
  async function renderDetails(locale: string, token: ApiTokenRecord) {
    await speak(locale);
    const view = renderModule({ path: `/${token.id}/details`, config: { locale, timeZone: TIME_ZONE } });
    const details = await screen.findByRole('region', { name: 'Details' });
    const created = within(details).getByText(locale.startsWith('de') ? 'Erstellt' : 'Created', {
      selector: 'dt',
    }).nextElementSibling as HTMLElement;
    // The list's row stands in until the full token (with its audit) arrives.
    await waitFor(() => expect(created.querySelector('time')).not.toBeNull());
    return { view, created };
  }

  it('shows the created date in de-DE, and differently in en-GB', async () => {
    const token = newestToken();
    const at = token.audit.created.at;
    const de = formats('de-DE');
    const en = formats('en-GB');

    const first = await renderDetails('de-DE', token);
    expect(within(first.created).getByText(de.date(at))).toBeInTheDocument();
    expect(within(first.created).getByText(de.time(at))).toBeInTheDocument();
    expect(first.created.querySelector('time')?.getAttribute('title')).toContain(de.full(at));
    expect(first.created).not.toHaveTextContent(en.date(at));
    first.view.unmount();

    const second = await renderDetails('en-GB', token);
    expect(within(second.created).getByText(en.date(at))).toBeInTheDocument();
    expect(second.created.querySelector('time')?.getAttribute('title')).toContain(en.full(at));
    expect(second.created).not.toHaveTextContent(de.date(at));
  });
});

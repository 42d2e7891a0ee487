// Relative times (issue 8): "3 days ago" beside the absolute date, in the configured locale and time zone.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockBackend } from '../../../mocks/node';
import { createFormatters } from '../../../src/lib/format';
import { renderModule } from '../../support/render-module';
import { firstPageTokens } from '../actions/action-helpers';
import { findRows } from '../grid/grid-helpers';
import { freezeDate, NOW } from './hygiene-support';
import { speak } from '../../support/language';

freezeDate();

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const at = (ms: number) => new Date(ms).toISOString();

describe('relative(): units, truncation, calendar days', () => {
  const en = createFormatters('en-GB', 'UTC');
  const de = createFormatters('de-DE', 'UTC');
  // NOW is 2026-11-29T10:20:00Z.
  const cases: Array<[string, number, string, string]> = [
    ['under a minute', NOW - 45_000, 'now', 'jetzt'],
    [
      'minutes, never rounded up to an hour',
      NOW - (59 * MINUTE + 50_000),
      '59 minutes ago',
      'vor 59 Minuten',
    ],
    ['hours within the last day', NOW - (23 * HOUR + 59 * MINUTE), '23 hours ago', 'vor 23 Stunden'],
    ['yesterday by the calendar, 26 hours back', NOW - 26 * HOUR, 'yesterday', 'gestern'],
    [
      'two calendar days back, though only 34 hours',
      Date.parse('2026-11-28T00:00:00Z') - MINUTE,
      '2 days ago',
      'vorgestern',
    ],
    ['days', NOW - 3 * DAY, '3 days ago', 'vor 3 Tagen'],
    ['weeks, counted rather than "last week"', NOW - 13 * DAY, '1 week ago', 'vor 1 Woche'],
    ['four weeks', NOW - 29 * DAY, '4 weeks ago', 'vor 4 Wochen'],
    ['months', NOW - 45 * DAY, '1 month ago', 'vor 1 Monat'],
    ['no "12 months ago" just before a year', NOW - 364 * DAY, '11 months ago', 'vor 11 Monaten'],
    ['years', NOW - 800 * DAY, '2 years ago', 'vor 2 Jahren'],
    ['the future (clock skew)', NOW + 3 * DAY, 'in 3 days', 'in 3 Tagen'],
  ];
  for (const [what, when, english, german] of cases) {
    it(what, () => {
      expect(en.relative(at(when), NOW)).toBe(english);
      expect(de.relative(at(when), NOW)).toBe(german);
    });
  }

  it('has no phrase for no date or an unreadable one (callers say "never")', () => {
    expect(en.relative(null, NOW)).toBeNull();
    expect(en.relative(undefined, NOW)).toBeNull();
    expect(en.relative('not a date', NOW)).toBeNull();
  });

  it('counts days on the calendar of the configured time zone', () => {
    // 12:00 UTC on the 27th is already the 28th in Auckland (UTC+13), where NOW is 23:20 on the 29th.
    const iso = '2026-11-27T12:00:00.000Z';
    expect(createFormatters('en-GB', 'UTC').relative(iso, NOW)).toBe('2 days ago');
    expect(createFormatters('en-GB', 'Pacific/Auckland').relative(iso, NOW)).toBe('yesterday');
  });

  it('uses the clock when no moment is given', () => {
    expect(en.relative(at(Date.now() - 2 * HOUR))).toBe('2 hours ago');
  });
});

/** The cell's `<time>` for a column of a row (5 = Date created, 6 = Last access, counting the checkbox). */
function dateCell(row: HTMLElement, column: 'created' | 'lastAccess') {
  const cell = row.querySelectorAll('td')[column === 'created' ? 4 : 5];
  if (!cell) throw new Error('no such cell');
  return cell as HTMLElement;
}

describe('relative times in the grid', () => {
  const newest = () => {
    const token = firstPageTokens()[0];
    if (!token) throw new Error('the seed has tokens');
    return token;
  };

  it('en-GB: Date created keeps date and time and adds "5 days ago" for screen readers and on hover', async () => {
    const token = newest();
    vi.setSystemTime(Date.parse(token.audit.created.at) + 5 * DAY);
    renderModule();
    const [row] = await findRows();
    const cell = dateCell(row as HTMLElement, 'created');
    const time = cell.querySelector('time');
    const full = new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone: 'UTC',
    }).format(new Date(token.audit.created.at));
    expect(time).toHaveAttribute('title', `${full} (created 5 days ago)`);
    const created = new Date(token.audit.created.at);
    const date = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
    expect(cell).toHaveTextContent(`${date.format(created)}${clock.format(created)}, created 5 days ago`, {
      normalizeWhitespace: true,
    });
    // The phrase is for screen readers: visually hidden, not a second visible line.
    expect(within(cell).getByText(', created 5 days ago')).toHaveClass('visuallyHidden');
  });

  it('Last access shows how long ago, visibly, with the date under it', async () => {
    const token = firstPageTokens().find((t) => t.lastAccessAt !== null);
    if (!token?.lastAccessAt) throw new Error('the first page has a used token');
    vi.setSystemTime(Date.parse(token.lastAccessAt) + 3 * DAY);
    renderModule();
    await findRows();
    const row = (await screen.findByRole('link', { name: token.name })).closest('tr') as HTMLElement;
    const cell = dateCell(row, 'lastAccess');
    const date = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(token.lastAccessAt));
    const ago = within(cell).getByText('3 days ago');
    expect(ago).toBeVisible();
    expect(ago).not.toHaveClass('visuallyHidden');
    expect(cell).toHaveTextContent(`3 days ago${date}`);
    expect(cell.querySelector('time')).toHaveAttribute(
      'title',
      expect.stringMatching(/\(last used 3 days ago\)$/),
    );
  });

  it('de-DE: the phrase comes from Intl in the configured locale, inside German words', async () => {
    const token = firstPageTokens().find((t) => t.lastAccessAt !== null);
    if (!token?.lastAccessAt) throw new Error('the first page has a used token');
    await speak('de-DE');
    vi.setSystemTime(Date.parse(token.lastAccessAt) + 3 * DAY);
    renderModule({ config: { locale: 'de-DE' } });
    const row = (await screen.findByRole('link', { name: token.name })).closest('tr') as HTMLElement;
    const cell = dateCell(row, 'lastAccess');
    const date = new Intl.DateTimeFormat('de-DE', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(token.lastAccessAt));
    expect(cell).toHaveTextContent(`vor 3 Tagen${date}`);
    expect(cell.querySelector('time')).toHaveAttribute(
      'title',
      expect.stringMatching(/\(zuletzt verwendet vor 3 Tagen\)$/),
    );
  });

  it('a never used token says "Never used", visibly', async () => {
    const token = firstPageTokens().find((t) => t.lastAccessAt === null);
    if (!token) throw new Error('the first page has a never used token');
    renderModule();
    await findRows();
    const row = (await screen.findByRole('link', { name: token.name })).closest('tr') as HTMLElement;
    const cell = dateCell(row, 'lastAccess');
    expect(cell).toHaveTextContent(/^Never used$/);
    expect(within(cell).getByText('Never used')).toBeVisible();
  });
});

describe('relative times on the detail page', () => {
  it('en-GB: the summary and the Details tab add how long ago, keeping the date and time', async () => {
    const token = mockBackend.db.listTokens().find((t) => t.lastAccessAt !== null && t.audit.updated);
    if (!token?.lastAccessAt) throw new Error('the seed has a used, updated token');
    vi.setSystemTime(Date.parse(token.lastAccessAt) + 3 * DAY);
    const { user } = renderModule({ path: `/${token.id}/general` });

    const summary = await screen.findByRole('region', { name: 'Summary' }, { timeout: 10_000 });
    const lastAccess = summary.querySelector('time');
    expect(lastAccess).toHaveAttribute('dateTime', token.lastAccessAt);
    expect(lastAccess?.getAttribute('title')).toMatch(/ \(3 days ago\)$/);
    expect(lastAccess?.textContent).toMatch(/\d{2}:\d{2}$/);
    // Shown, not only read out.
    const ago = within(summary).getByText('3 days ago');
    expect(ago).toBeVisible();
    expect(ago).not.toHaveClass('visuallyHidden');
    // The comma stays with the time (in its unbreakable box), so a wrapped line never starts with it.
    expect(lastAccess?.parentElement?.textContent).toMatch(/\d{2}:\d{2},$/);
    expect(ago.textContent).toBe('3 days ago');

    await user.click(screen.getByRole('tab', { name: 'Details' }));
    const panel = await screen.findByRole('tabpanel', { name: 'Details' });
    const value = (term: string) =>
      within(panel).getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;
    await waitFor(() => expect(value('Last access')).toHaveTextContent(/, 3 days ago$/));
    const relativeOf = (iso: string) => createFormatters('en-GB', 'UTC').relative(iso) ?? '';
    expect(value('Created')).toHaveTextContent(new RegExp(`, ${relativeOf(token.audit.created.at)}$`));
    expect(value('Created').querySelector('time')?.getAttribute('title')).toMatch(/ ago\)$/);
    expect(value('Last updated')).toHaveTextContent(
      new RegExp(`, ${relativeOf(token.audit.updated?.at ?? '')}$`),
    );
  });

  it('de-DE: created two hours ago, never used', async () => {
    const token = mockBackend.db.listTokens().find((t) => t.lastAccessAt === null && !t.audit.updated);
    if (!token) throw new Error('the seed has a never used, never updated token');
    await speak('de-DE');
    vi.setSystemTime(Date.parse(token.audit.created.at) + 2 * HOUR + 5 * MINUTE);
    renderModule({ path: `/${token.id}/details`, config: { locale: 'de-DE' } });

    const panel = await screen.findByRole('tabpanel', { name: 'Details' }, { timeout: 10_000 });
    const value = (term: string) =>
      within(panel).getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;
    await waitFor(() => expect(value('Erstellt')).toHaveTextContent(/, vor 2 Stunden$/));
    expect(value('Erstellt').querySelector('time')?.getAttribute('title')).toMatch(/\(vor 2 Stunden\)$/);
    expect(value('Letzter Zugriff')).toHaveTextContent(/^Nie verwendet$/);

    const summary = screen.getByRole('region', { name: 'Übersicht' });
    expect(within(summary).getByText('Nie verwendet')).toBeVisible();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { renderModule } from '../../support/render-module';
import { seededToken } from './support';

const AUDIT_URL = `${TEST_API_BASE_URL}/public/v1/audit/records`;
const DAY = 86_400_000;
const HOUR = 3_600_000;

const ZURICH = { countryCode: 'CH', countryName: 'Switzerland', region: 'Zurich' };
const VIRGINIA = { countryCode: 'US', countryName: 'United States', region: 'Virginia' };
const SAO_PAULO = { countryCode: 'BR', countryName: 'Brazil', region: 'São Paulo' };
type Place = typeof ZURICH;

function recordAuditRequests(): string[] {
  const queries: string[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (`${url.origin}${url.pathname}` === AUDIT_URL) queries.push(decodeURIComponent(url.search.slice(1)));
  });
  return queries;
}

/**
 * An active token without seeded activity, so each test says exactly what the token did; `lastAccess` picks one
 * whose own last access is known (the records are kept for less long) or one never used.
 */
function quietToken(lastAccess?: 'known' | 'never') {
  const records = mockBackend.db.listAuditRecords();
  return seededToken(
    (t) =>
      t.status === 'Active' &&
      !records.some((r) => r.actor.id === t.id) &&
      (lastAccess === undefined || (lastAccess === 'known') === (t.lastAccessAt !== null)),
  );
}

/** A call made with the token `ago` milliseconds before now. */
function used(
  tokenId: string,
  ago: number,
  ip: string,
  place: Place = ZURICH,
  userAgent = 'python-requests/2.32.3',
) {
  return mockBackend.db.recordTokenActivity(tokenId, {
    at: new Date(Date.now() - ago).toISOString(),
    request: { ip, userAgent, geolocation: place },
  });
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** The day of an instant as the summary writes it, in the module's locale and zone in these tests (en-GB, UTC). */
const longDay = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(iso));
/** The summary's request, for a render somewhere between `before` and now (its cutoff is rounded to the hour). */
function summaryQueries(tokenId: string, before: number): string[] {
  return [before, Date.now()].map(
    (at) =>
      `eq(actor.id,"${tokenId}")&ge(timestamp,"${new Date(Math.floor(at / HOUR) * HOUR - 30 * DAY).toISOString()}")&order=-timestamp,-id&limit=100&offset=0`,
  );
}

async function openActivity(tokenId: string, search = '') {
  const rendered = renderModule({ path: `/${tokenId}/activity`, search });
  const panel = await screen.findByRole('tabpanel', { name: 'Activity' });
  return { ...rendered, panel };
}

const findTable = (panel: HTMLElement) =>
  within(panel).findByRole('table', { name: 'Requests made with this token' });
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
const summaryOf = (panel: HTMLElement) => within(panel).getByRole('region', { name: 'Activity summary' });

describe('Activity tab', () => {
  it('asks for the records whose actor is the token, newest first, with time, event, object and where from', async () => {
    const token = quietToken();
    used(token.id, 3 * DAY, '192.0.2.10', ZURICH);
    const newest = used(token.id, 2 * HOUR, '2001:db8:1f::7', VIRGINIA, 'Go-http-client/2.0');
    const queries = recordAuditRequests();
    const { panel } = await openActivity(token.id);
    const table = await findTable(panel);

    expect(queries).toContain(`eq(actor.id,"${token.id}")&order=-timestamp,-id&limit=10&offset=0`);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Time', 'Event', 'Object', 'IP address', 'Location', 'User agent']);
    const rows = bodyRows(table);
    expect(rows).toHaveLength(2);
    const cells = within(rows[0] as HTMLElement).getAllByRole('cell');
    expect(cells[0]?.querySelector('time')).toHaveAttribute('dateTime', newest.timestamp);
    expect(cells[1]).toHaveTextContent(newest.summary);
    expect(cells[1]).toHaveTextContent('platform.commerce.order.created');
    expect(cells[2]).toHaveTextContent(newest.object.name as string);
    expect(cells[2]).toHaveTextContent(newest.object.id);
    expect(cells[3]).toHaveTextContent('2001:db8:1f::7');
    expect(cells[4]).toHaveTextContent('Virginia, United States');
    expect(cells[5]).toHaveTextContent('Go-http-client/2.0');
    expect(within(rows[1] as HTMLElement).getAllByRole('cell')[3]).toHaveTextContent('192.0.2.10');
  });

  it('pages through the activity with Previous, Next and the page size, keeping both in the URL', async () => {
    const token = quietToken();
    for (let i = 0; i < 23; i++) used(token.id, (i + 1) * HOUR, `198.51.100.${i + 1}`);
    const queries = recordAuditRequests();
    const { user, panel, currentLocation } = await openActivity(token.id);
    const table = await findTable(panel);
    const pager = within(panel).getByRole('navigation', { name: 'Activity pages' });
    expect(pager).toHaveTextContent('1–10 of 23 requests');
    const ipsOf = () => bodyRows(table).map((row) => within(row).getAllByRole('cell')[3]?.textContent);
    expect(ipsOf()[0]).toContain('198.51.100.1');

    await user.click(within(pager).getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(pager).toHaveTextContent('11–20 of 23 requests'));
    expect(currentLocation()?.search).toBe('?page=2');
    expect(queries).toContain(`eq(actor.id,"${token.id}")&order=-timestamp,-id&limit=10&offset=10`);
    expect(ipsOf()[0]).toContain('198.51.100.11');

    await user.selectOptions(within(pager).getByRole('combobox', { name: 'Requests per page' }), '25');
    await waitFor(() => expect(pager).toHaveTextContent('1–23 of 23 requests'));
    expect(currentLocation()?.search).toBe('?size=25');
    expect(queries).toContain(`eq(actor.id,"${token.id}")&order=-timestamp,-id&limit=25&offset=0`);
    expect(bodyRows(table)).toHaveLength(23);
  });

  it('narrows to a date range: the request, the rows and the URL follow, and Clear dates undoes it', async () => {
    const token = quietToken();
    used(token.id, 10 * DAY, '192.0.2.1');
    const inside = used(token.id, 5 * DAY, '192.0.2.2');
    used(token.id, 1 * DAY, '192.0.2.3');
    const from = day(Date.now() - 6 * DAY);
    const to = day(Date.now() - 4 * DAY);
    const queries = recordAuditRequests();
    const { user, panel, currentLocation } = await openActivity(token.id);
    const table = await findTable(panel);
    expect(bodyRows(table)).toHaveLength(3);

    const range = within(panel).getByRole('group', { name: 'Date range' });
    await user.type(within(range).getByLabelText('From'), from);
    await user.type(within(range).getByLabelText('To'), to);
    await user.click(within(range).getByRole('button', { name: 'Apply' }));

    await waitFor(() => expect(bodyRows(table)).toHaveLength(1));
    expect(bodyRows(table)[0]).toHaveTextContent(inside.object.id);
    expect(currentLocation()?.search).toBe(`?from=${from}&to=${to}`);
    const nextDay = day(Date.parse(to) + DAY);
    expect(queries).toContain(
      `eq(actor.id,"${token.id}")&ge(timestamp,"${from}T00:00:00.000Z")&lt(timestamp,"${nextDay}T00:00:00.000Z")&order=-timestamp,-id&limit=10&offset=0`,
    );

    await user.click(within(range).getByRole('button', { name: 'Clear dates' }));
    await waitFor(() => expect(bodyRows(table)).toHaveLength(3));
    expect(currentLocation()?.search).toBe('');
    expect(within(range).getByLabelText('From')).toHaveValue('');
    // Clear dates went with the range; focus stays in the form instead of falling to the page's top.
    expect(within(range).getByLabelText('From')).toHaveFocus();
  });

  it('opens on the range and page the URL names, as after a reload', async () => {
    const token = quietToken();
    for (let i = 0; i < 12; i++) used(token.id, 2 * DAY + i * HOUR, `203.0.113.${i + 1}`);
    used(token.id, 10 * DAY, '203.0.113.200');
    const from = day(Date.now() - 4 * DAY);
    const { panel } = await openActivity(token.id, `?from=${from}&page=2`);
    await findTable(panel);
    expect(screen.getByRole('tab', { selected: true })).toHaveTextContent('Activity');
    expect(within(panel).getByLabelText('From')).toHaveValue(from);
    expect(within(panel).getByRole('navigation', { name: 'Activity pages' })).toHaveTextContent(
      '11–12 of 12 requests',
    );
  });

  it('takes a range in the years 0-99 as those years, before every record, not as 1900-1999', async () => {
    const token = quietToken();
    used(token.id, DAY, '192.0.2.1');
    const queries = recordAuditRequests();
    const { panel } = await openActivity(token.id, '?from=0080-01-01&to=0099-12-31');
    expect(await within(panel).findByText('No activity in this date range.')).toBeInTheDocument();
    expect(within(panel).getByLabelText('To')).toHaveValue('0099-12-31');
    // Nothing was recorded before 1970: both ends stand there (read as 1980 and 2000, they would take in 20 years).
    expect(queries).toContain(
      `eq(actor.id,"${token.id}")&ge(timestamp,"1970-01-01T00:00:00.000Z")&lt(timestamp,"1970-01-01T00:00:00.000Z")&order=-timestamp,-id&limit=10&offset=0`,
    );
  });

  it('refuses a range that ends before it starts, without a request', async () => {
    const token = quietToken();
    used(token.id, DAY, '192.0.2.1');
    const queries = recordAuditRequests();
    const { user, panel, currentLocation } = await openActivity(token.id);
    await findTable(panel);
    const sent = queries.length;
    const range = within(panel).getByRole('group', { name: 'Date range' });
    await user.type(within(range).getByLabelText('From'), '2026-10-20');
    await user.type(within(range).getByLabelText('To'), '2026-10-10');
    await user.click(within(range).getByRole('button', { name: 'Apply' }));
    expect(within(range).getByLabelText('From')).toHaveAccessibleDescription(
      'The start date must be on or before the end date.',
    );
    expect(within(range).getByLabelText('From')).toHaveFocus();
    expect(currentLocation()?.search).toBe('');
    expect(queries).toHaveLength(sent);
  });

  it('sums up the last 30 days: requests, IP addresses, countries and when it was last seen', async () => {
    const token = quietToken('never');
    used(token.id, 20 * DAY, '192.0.2.10', ZURICH);
    used(token.id, 12 * DAY, '192.0.2.11', ZURICH);
    used(token.id, 6 * DAY, '192.0.2.10', ZURICH);
    used(token.id, 3 * HOUR, '203.0.113.99', SAO_PAULO, 'curl/8.10.1');
    // Older than the window: neither its address nor its country counts.
    used(token.id, 45 * DAY, '198.51.100.5', VIRGINIA);
    const queries = recordAuditRequests();
    const before = Date.now();
    const { panel } = await openActivity(token.id);
    const summary = summaryOf(panel);

    await waitFor(() =>
      expect(summary).toHaveTextContent(
        'Used 4 times from 3 IP addresses in 2 countries in the last 30 days.',
      ),
    );
    expect(summary).toHaveTextContent('Last seen 3 hours ago');
    expect(summary).toHaveTextContent('from 203.0.113.99 in São Paulo, Brazil.');
    expect(summary).not.toHaveTextContent('at least');
    expect(summaryQueries(token.id, before)).toContain(queries.find((q) => q.includes('limit=100')));
    // One bounded request for the summary: nothing pages through the history.
    expect(queries.filter((q) => q.includes('limit=100'))).toHaveLength(1);
  });

  it('says "at least" when the last 30 days hold more requests than it counts', async () => {
    const token = quietToken();
    for (let i = 0; i < 105; i++) {
      used(token.id, (i + 1) * HOUR, `198.51.100.${i + 1}`, i % 2 === 0 ? ZURICH : VIRGINIA);
    }
    const { panel } = await openActivity(token.id);
    const summary = summaryOf(panel);
    await waitFor(() =>
      expect(summary).toHaveTextContent(
        'Used 105 times from at least 100 IP addresses in at least 2 countries in the last 30 days.',
      ),
    );
    expect(summary).toHaveTextContent(
      'IP addresses and countries are counted from the newest 100 requests, so there may be more.',
    );
  });

  it('after a quiet month, says so and still tells when the token was last seen', async () => {
    const token = quietToken('never');
    used(token.id, 40 * DAY, '192.0.2.77', VIRGINIA);
    const queries = recordAuditRequests();
    const { panel } = await openActivity(token.id);
    const summary = summaryOf(panel);
    await waitFor(() => expect(summary).toHaveTextContent('Not used in the last 30 days.'));
    await waitFor(() => expect(summary).toHaveTextContent('from 192.0.2.77 in Virginia, United States.'));
    expect(summary).toHaveTextContent('Last seen 1 month ago');
    // Its last access is that request: said once.
    expect(summary).not.toHaveTextContent('last used');
    expect(queries).toContain(`eq(actor.id,"${token.id}")&order=-timestamp,-id&limit=1&offset=0`);
  });

  it('used since its newest record (a request not on record), says when, and the record as the last recorded one', async () => {
    const token = quietToken('never');
    const record = used(token.id, 60 * DAY, '192.0.2.78', ZURICH);
    const access = new Date(Date.now() - 45 * DAY).toISOString();
    mockBackend.db.recordTokenAccess(token.id, access);
    const { panel } = await openActivity(token.id);
    const summary = summaryOf(panel);
    await waitFor(() => expect(summary).toHaveTextContent('Not used in the last 30 days.'));
    await waitFor(() =>
      expect(summary).toHaveTextContent(
        new RegExp(
          `The token was last used 1 month ago \\(.*${longDay(access)}.*\\)\\.` +
            `Its last recorded request was 1 month ago \\(.*${longDay(record.timestamp)}.*\\), ` +
            'from 192\\.0\\.2\\.78 in Zurich, Switzerland\\.$',
        ),
      ),
    );
    // Not "last seen" two months ago, when its last access says it was used since.
    expect(summary).not.toHaveTextContent('Last seen');
  });

  it('used in the last 30 days with none of those requests on record, does not call it unused', async () => {
    const token = quietToken('never');
    const record = used(token.id, 50 * DAY, '192.0.2.79', ZURICH);
    mockBackend.db.recordTokenAccess(token.id, new Date(Date.now() - 2 * DAY).toISOString());
    const { panel } = await openActivity(token.id);
    const summary = summaryOf(panel);
    await waitFor(() =>
      expect(summary).toHaveTextContent('No request of the last 30 days has been recorded.'),
    );
    expect(summary).not.toHaveTextContent('Not used');
    expect(summary).toHaveTextContent(/The token was last used 2 days ago \(.+\)\./);
    expect(summary).toHaveTextContent(
      new RegExp(
        `Its last recorded request was .+ ago \\(.*${longDay(record.timestamp)}.*\\), from 192\\.0\\.2\\.79`,
      ),
    );
  });

  it('in a busy month, says when it was last used when that is later than its newest record', async () => {
    const token = quietToken('never');
    used(token.id, 5 * DAY, '192.0.2.80', ZURICH);
    mockBackend.db.recordTokenAccess(token.id, new Date(Date.now() - 3 * HOUR).toISOString());
    const { panel } = await openActivity(token.id);
    const summary = summaryOf(panel);
    await waitFor(() =>
      expect(summary).toHaveTextContent('Used 1 time from 1 IP address in 1 country in the last 30 days.'),
    );
    expect(summary).toHaveTextContent(/The token was last used 3 hours ago \(.+\)\./);
    expect(summary).toHaveTextContent(/Its last recorded request was 5 days ago \(.+\), from 192\.0\.2\.80/);
  });

  it('says "never used" when the token has no recorded activity and no last access', async () => {
    const token = quietToken('never');
    const { panel } = await openActivity(token.id);
    expect(
      await within(panel).findByText('Requests made with this token will appear here.'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(summaryOf(panel)).toHaveTextContent(
        'Never used: no request made with this token has been recorded.',
      ),
    );
    // Said once, by the summary: the list below does not say again that there are none.
    expect(within(panel).queryByText(/No requests yet/)).toBeNull();
    expect(within(panel).queryByRole('table')).not.toBeInTheDocument();
    expect(within(panel).queryByRole('navigation', { name: 'Activity pages' })).not.toBeInTheDocument();
    // Nothing to narrow down: no date range to pick.
    expect(within(panel).queryByRole('group', { name: 'Date range' })).not.toBeInTheDocument();
  });

  it('with no records but a last access of its own, says the requests were not recorded and when it was used', async () => {
    const token = quietToken('known');
    const lastAccess = Date.parse(token.lastAccessAt ?? '');
    const { panel } = await openActivity(token.id);
    const summary = summaryOf(panel);
    await waitFor(() =>
      expect(summary).toHaveTextContent('No request made with this token has been recorded.'),
    );
    expect(summary).not.toHaveTextContent('Never used');
    // The module's locale and zone in these tests (en-GB, UTC): the day of the token's own last access.
    const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(lastAccess);
    expect(summary).toHaveTextContent(new RegExp(`^.*The token was last used .+ ago \\(.*${day}.*\\)\\.$`));
  });

  it('keeps the requests shown when the next page fails, says so at the pager with Retry, and keeps focus on Next', async () => {
    const token = quietToken();
    for (let i = 0; i < 23; i++) used(token.id, (i + 1) * HOUR, `198.51.100.${i + 1}`);
    const { user, panel, currentLocation } = await openActivity(token.id);
    const table = await findTable(panel);
    // The summary above has its answer already: only the next page's request fails.
    await waitFor(() => expect(summaryOf(panel)).toHaveTextContent('Used 23 times'));
    const ipsOf = () => bodyRows(table).map((row) => within(row).getAllByRole('cell')[3]?.textContent);
    const firstPage = ipsOf();
    mockBackend.setScenario({ failures: { audit: 500 } });
    const pager = within(panel).getByRole('navigation', { name: 'Activity pages' });
    const next = within(pager).getByRole('button', { name: 'Next' });
    await user.click(next);

    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent(/^Could not load page 2\. /);
    expect(currentLocation()?.search).toBe('?page=2');
    expect(within(panel).getByRole('table', { name: 'Requests made with this token' })).toBe(table);
    expect(ipsOf()).toEqual(firstPage);
    expect(pager).toHaveTextContent('1–10 of 23 requests');
    // The page box says the page whose requests are shown, as the range does; the failure names the one asked for.
    const box = within(pager).getByRole('textbox', { name: /^Page number/ });
    expect(box).toHaveValue('1');
    expect(next).toHaveFocus();

    // Next from the page shown is the page that failed: it is read again, and the address stays.
    const queries = recordAuditRequests();
    await user.click(next);
    await waitFor(() => expect(queries.some((query) => query.endsWith('&limit=10&offset=10'))).toBe(true));
    expect(currentLocation()?.search).toBe('?page=2');
    // It failed again: said so, in the same alert, whose Retry is still there.
    await waitFor(() => expect(alert).toHaveTextContent(/^Still could not load page 2\. /));
    expect(within(panel).getByRole('alert')).toBe(alert);
    await waitFor(() => expect(table).not.toHaveAttribute('aria-busy'));
    expect(box).toHaveValue('1');
    expect(ipsOf()).toEqual(firstPage);

    mockBackend.setScenario({ failures: {} });
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(pager).toHaveTextContent('11–20 of 23 requests'));
    expect(ipsOf()[0]).toContain('198.51.100.11');
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
    await waitFor(() => expect(within(panel).getByRole('region', { name: 'Activity' })).toHaveFocus());

    // Previous leads back to the first page.
    await user.click(within(pager).getByRole('button', { name: 'Previous' }));
    expect(currentLocation()?.search).toBe('');
    await waitFor(() => expect(pager).toHaveTextContent('1–10 of 23 requests'));
  });

  it('shows a failure with Retry for the list and for the summary', async () => {
    const token = quietToken();
    used(token.id, HOUR, '192.0.2.1');
    mockBackend.setScenario({ failures: { audit: 500 } });
    const { user, panel } = await openActivity(token.id);
    const listAlert = await within(panel).findByRole('alert');
    await waitFor(() => expect(within(summaryOf(panel)).getByRole('alert')).toBeInTheDocument());
    const summaryAlert = within(summaryOf(panel)).getByRole('alert');
    expect(summaryAlert).toHaveTextContent('Could not load the activity summary');
    const alerts = within(panel).getAllByRole('alert');
    expect(alerts).toHaveLength(2);
    const tableAlert = alerts.find((alert) => alert !== summaryAlert) as HTMLElement;
    expect(tableAlert).toHaveTextContent('Could not load the activity');
    expect(listAlert).toBeInTheDocument();
    // The rest of the page still works.
    expect(screen.getByRole('heading', { level: 1, name: token.name })).toBeInTheDocument();

    mockBackend.setScenario({ failures: {} });
    await user.click(within(tableAlert).getByRole('button', { name: 'Retry' }));
    expect(await findTable(panel)).toBeInTheDocument();
    // Each Retry goes with its panel: focus lands on what it brought back, not on the page's top.
    await waitFor(() => expect(within(panel).getByRole('region', { name: 'Activity' })).toHaveFocus());
    await user.click(within(summaryAlert).getByRole('button', { name: 'Retry' }));
    await waitFor(() =>
      expect(summaryOf(panel)).toHaveTextContent('Used 1 time from 1 IP address in 1 country'),
    );
    await waitFor(() => expect(summaryOf(panel)).toHaveFocus());
  });
});

// The hygiene strip above the grid (issue 8): account-wide server counts, each a link to its filter.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { holdAnswer } from '../../support/hold-answer';
import { MOUNT_PATH, renderModule } from '../../support/render-module';
import { dataRows, findRows, searchOf } from '../grid/grid-helpers';
import { speak } from '../../support/language';
import {
  COUNTER_LABELS,
  counter,
  EXPECTED_FILTERS,
  expectedCounts,
  findStrip,
  freezeDate,
  recordListQueries,
  strip,
  TOKENS_PATH,
  type CounterLabel,
} from './hygiene-support';

freezeDate();

async function findCounts() {
  await findStrip();
  const expected = expectedCounts();
  for (const label of COUNTER_LABELS) {
    await screen.findByRole('link', { name: `${label}: ${expected[label]}` });
  }
  return expected;
}

describe('hygiene strip: counts', () => {
  it('counts each group on the server with a count-only RQL request and shows the totals', async () => {
    const requests = recordListQueries();
    renderModule();
    const expected = await findCounts();

    // The seed has all four kinds; a zero would not prove the filter is the right one.
    for (const label of COUNTER_LABELS) expect(expected[label]).toBeGreaterThan(0);
    expect(expected.Active + expected.Disabled).toBe(mockBackend.db.tokenCount());

    // One request per counter, each `limit=0` with exactly the filter the grid sends for the same view.
    expect(requests.counts().sort()).toEqual(
      COUNTER_LABELS.map((label) => `${EXPECTED_FILTERS[label]}&limit=0`).sort(),
    );
    // Nothing but the grid's own page was loaded as rows.
    const rowRequests = requests.all().filter((q) => !requests.counts().includes(q));
    expect(rowRequests).toHaveLength(1);
    expect(rowRequests[0]).toMatch(/&limit=10&offset=0$/);
  });

  it('is a list named "Token hygiene" whose items read "Label: number" and explain themselves', async () => {
    renderModule();
    const expected = await findCounts();
    const items = within(strip()).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items.map((item) => within(item).getByRole('link'))).toEqual(
      COUNTER_LABELS.map((label) => screen.getByRole('link', { name: `${label}: ${expected[label]}` })),
    );
    expect(counter('Idle 90+ days')).toHaveAccessibleDescription('Used, but not in the last 90 days');
    expect(counter('Never used')).toHaveAccessibleDescription('Tokens that have never called the API');
  });

  it('formats numbers for the configured locale', async () => {
    // 1,234 tokens would be too many to seed; a count served for one filter shows the formatting.
    server.use(
      http.get(`${TEST_API_BASE_URL}${TOKENS_PATH}`, ({ request }) => {
        const query = decodeURIComponent(new URL(request.url).search);
        if (!query.includes('limit=0') || !query.includes('"Active"')) return undefined;
        return HttpResponse.json({ $meta: { pagination: { offset: 0, limit: 0, total: 12345 } }, data: [] });
      }),
    );
    await speak('de-DE');
    renderModule({ config: { locale: 'de-DE' } });
    // The strip is code of its own, loaded after the first rows (as in findCounts): a busy machine takes a while.
    expect(await screen.findByRole('link', { name: 'Aktiv: 12.345' })).toBeInTheDocument();
  });

  it('shows a compact loading state while counting', async () => {
    // The counts (limit=0) wait for the test; the rows, after which the strip's code loads, do not.
    const counts = holdAnswer('get', `${TEST_API_BASE_URL}${TOKENS_PATH}`, (request) =>
      new URL(request.url).search.includes('limit=0'),
    );
    renderModule();
    const strip = await findStrip();
    expect(within(strip).getByRole('link', { name: 'Active: counting…' })).toBeInTheDocument();
    expect(within(strip).getAllByRole('link', { name: /: counting…$/ })).toHaveLength(4);
    counts.release();
    await findCounts();
  });

  // The placeholder stands where the strip will be until its code is in; a label of its own size (a bar, say) would
  // be a line short where a real label takes two, and everything below would move when the strip came.
  it.each([
    ['en-GB', 'Token hygiene'],
    ['de-DE', 'Token-Hygiene'],
  ])(
    "is drawn before its code is in with the counters' own labels, in their order (%s)",
    async (locale, name) => {
      await speak(locale);
      const rows = holdAnswer(
        'get',
        `${TEST_API_BASE_URL}${TOKENS_PATH}`,
        (request) => !new URL(request.url).search.includes('limit=0'),
      );
      renderModule({ config: { locale } });
      // Hidden from assistive technology: there is nothing to read in it yet.
      const placeholder = await waitFor(() => {
        const list = document.querySelector('ul[aria-hidden="true"]');
        expect(list).not.toBeNull();
        return list!;
      });
      const drawn = Array.from(placeholder.children, (item) => item.textContent);
      expect(screen.queryByRole('list', { name })).not.toBeInTheDocument();

      rows.release();
      const list = await screen.findByRole('list', { name });
      // Each counter is named "label: count"; its label is what the placeholder drew.
      const labels = within(list)
        .getAllByRole('link')
        .map((link) => link.getAttribute('aria-label')?.replace(/: [^:]*$/, ''));
      expect(labels).toHaveLength(4);
      expect(drawn).toEqual(labels);
    },
  );
});

describe('hygiene strip: click-through', () => {
  const cases: Array<{ label: CounterLabel; param: [string, string]; rowCheck: (row: HTMLElement) => void }> =
    [
      {
        label: 'Active',
        param: ['status', 'Active'],
        rowCheck: (row) => expect(within(row).getByText(/^(Active|Disabled)$/)).toHaveTextContent('Active'),
      },
      {
        label: 'Disabled',
        param: ['status', 'Disabled'],
        rowCheck: (row) => expect(within(row).getByText(/^(Active|Disabled)$/)).toHaveTextContent('Disabled'),
      },
      {
        label: 'Never used',
        param: ['lastAccess', 'never'],
        rowCheck: (row) => expect(row.querySelectorAll('td')[5]).toHaveTextContent(/^Never used$/),
      },
      {
        label: 'Idle 90+ days',
        param: ['lastAccess', '90d'],
        rowCheck: (row) => expect(row.querySelectorAll('td')[5]?.querySelector('time')).not.toBeNull(),
      },
    ];

  for (const { label, param, rowCheck } of cases) {
    it(`"${label}" filters the grid to exactly the tokens it counted, and a second click takes it off`, async () => {
      const requests = recordListQueries();
      const { user, currentLocation } = renderModule({
        search: '?sort=name&size=25&page=2&embedTab=tokens',
      });
      const expected = await findCounts();
      expect(counter(label)).not.toHaveAttribute('aria-current');

      requests.clear();
      await user.click(counter(label));

      // The counter's filter is added; the page starts again, sort, page size and the host's parameter stay.
      await waitFor(() => expect(searchOf(currentLocation()).get(param[0])).toBe(param[1]));
      const params = searchOf(currentLocation());
      expect(currentLocation()?.pathname).toBe(MOUNT_PATH);
      expect([...params.keys()].sort()).toEqual(['embedTab', param[0], 'size', 'sort'].sort());
      expect(params.get('sort')).toBe('name');
      expect(params.get('size')).toBe('25');
      expect(params.get('embedTab')).toBe('tokens');

      await waitFor(() => expect(counter(label)).toHaveAttribute('aria-current', 'true'));
      for (const other of COUNTER_LABELS.filter((l) => l !== label))
        expect(counter(other)).not.toHaveAttribute('aria-current');

      // The grid asked for the same filter the count used, and found as many tokens.
      await waitFor(() =>
        expect(requests.all()).toContain(
          `${EXPECTED_FILTERS[label]}&select=+audit,+modules&order=name,id&limit=25&offset=0`,
        ),
      );
      await screen.findByText(`${expected[label]} ${expected[label] === 1 ? 'row' : 'rows'}`);
      const rows = await findRows();
      expect(rows).toHaveLength(Math.min(25, expected[label]));
      for (const row of dataRows()) rowCheck(row);

      // Clicking the selected counter turns its filter off again, like the status switch's "All".
      await user.click(counter(label));
      await waitFor(() => expect(searchOf(currentLocation()).has(param[0])).toBe(false));
      expect(searchOf(currentLocation()).get('sort')).toBe('name');
      await waitFor(() => expect(counter(label)).not.toHaveAttribute('aria-current'));
      await screen.findByText(`${mockBackend.db.tokenCount()} rows`);
    });
  }

  it('combines with the status switch, the search and the panel filters, as those combine with each other', async () => {
    const requests = recordListQueries();
    const { user, currentLocation } = renderModule({ search: '?status=Disabled&q=a&module=MOD-1756' });
    await findCounts();
    expect(counter('Disabled')).toHaveAttribute('aria-current', 'true');

    await user.click(counter('Never used'));
    await waitFor(() => expect(searchOf(currentLocation()).get('lastAccess')).toBe('never'));
    let params = searchOf(currentLocation());
    expect([params.get('status'), params.get('q'), params.getAll('module')]).toEqual([
      'Disabled',
      'a',
      ['MOD-1756'],
    ]);
    await waitFor(() => expect(counter('Never used')).toHaveAttribute('aria-current', 'true'));
    expect(counter('Disabled')).toHaveAttribute('aria-current', 'true');
    const tokens = mockBackend.db.listTokens();
    const matching = tokens.filter(
      (t) =>
        t.status === 'Disabled' &&
        t.lastAccessAt === null &&
        t.modules.some((m) => m.id === 'MOD-1756') &&
        (t.name.toLowerCase().includes('a') || t.id.toLowerCase().includes('a')),
    );
    await screen.findByText(`${matching.length} ${matching.length === 1 ? 'row' : 'rows'}`);
    expect(requests.all().at(-1)).toMatch(/^eq\(status,"Disabled"\)&.*&eq\(lastAccessAt,null\(\)\)&select=/);

    // Active takes the status's place, as the switch would; Idle takes the last access's place.
    await user.click(counter('Active'));
    await waitFor(() => expect(searchOf(currentLocation()).get('status')).toBe('Active'));
    expect(searchOf(currentLocation()).get('lastAccess')).toBe('never');
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Active' })).toBeChecked());
    await user.click(counter('Idle 90+ days'));
    await waitFor(() => expect(searchOf(currentLocation()).get('lastAccess')).toBe('90d'));
    params = searchOf(currentLocation());
    expect([params.get('status'), params.get('q')]).toEqual(['Active', 'a']);
    await waitFor(() => expect(counter('Never used')).not.toHaveAttribute('aria-current'));

    // A selected status counter toggles off to "All".
    await user.click(counter('Active'));
    await waitFor(() => expect(searchOf(currentLocation()).has('status')).toBe(false));
    await waitFor(() => expect(screen.getByRole('radio', { name: 'All' })).toBeChecked());
    expect(searchOf(currentLocation()).get('lastAccess')).toBe('90d');
  });

  it('shows the counter of a filter applied another way as selected, and only that one', async () => {
    const { user } = renderModule({ search: '?lastAccess=never' });
    await findCounts();
    expect(counter('Never used')).toHaveAttribute('aria-current', 'true');
    expect(counter('Idle 90+ days')).not.toHaveAttribute('aria-current');

    // The status control applies the same filter as the Disabled counter.
    await user.click(screen.getByRole('radio', { name: 'Disabled' }));
    await waitFor(() => expect(counter('Disabled')).toHaveAttribute('aria-current', 'true'));
    expect(counter('Never used')).toHaveAttribute('aria-current', 'true');
    expect(counter('Active')).not.toHaveAttribute('aria-current');
  });

  it('shows a filter picked elsewhere as selected at once, while its rows are still on their way', async () => {
    const { currentLocation } = renderModule();
    await findCounts();
    // The rows do not come, and nothing awaits between the click and the checks: neither the rows nor the grid's
    // wait before it moves the address can come first, on any machine.
    holdAnswer('get', `${TEST_API_BASE_URL}${TOKENS_PATH}`);
    fireEvent.click(screen.getByRole('radio', { name: 'Disabled' }));
    expect(counter('Disabled')).toHaveAttribute('aria-current', 'true');
    expect(searchOf(currentLocation()).has('status')).toBe(false);
    // Its link builds on the choice: clicking it turns Disabled off again.
    expect(new URLSearchParams(counter('Disabled').getAttribute('href')?.split('?')[1]).has('status')).toBe(
      false,
    );
    expect(new URLSearchParams(counter('Never used').getAttribute('href')?.split('?')[1]).get('status')).toBe(
      'Disabled',
    );
  });

  it('does not select "Idle 90+ days" for another idle period', async () => {
    renderModule({ search: '?lastAccess=30d' });
    await findCounts();
    for (const label of COUNTER_LABELS) expect(counter(label)).not.toHaveAttribute('aria-current');
  });

  it('counts the whole account whatever the grid shows', async () => {
    const requests = recordListQueries();
    renderModule({ search: '?status=Disabled&q=a&module=MOD-1756' });
    await findCounts();
    expect(requests.counts().sort()).toEqual(
      COUNTER_LABELS.map((label) => `${EXPECTED_FILTERS[label]}&limit=0`).sort(),
    );
  });
});

describe('hygiene strip: failures and empty states', () => {
  it('shows "—" with the error on hover and focus when a count fails, and the grid keeps working', async () => {
    server.use(
      http.get(`${TEST_API_BASE_URL}${TOKENS_PATH}`, ({ request }) => {
        const query = decodeURIComponent(new URL(request.url).search);
        if (!query.includes('limit=0') || !query.includes('"Disabled"')) return undefined;
        return HttpResponse.json(
          { type: 'about:blank', title: 'Internal Server Error', status: 500, traceId: '00-abc-def-01' },
          { status: 500, headers: { 'content-type': 'application/problem+json' } },
        );
      }),
    );
    const expected = expectedCounts();
    const { user, currentLocation } = renderModule();
    await findStrip();
    const failed = await screen.findByRole('link', { name: 'Disabled: not available' });
    // The eye sees a dash; a screen reader hears "not available" instead.
    expect(failed).toHaveTextContent(/^Disabled—$/);
    expect(failed).toHaveAccessibleDescription(
      /^This count could not be loaded\. Something went wrong on the server/,
    );
    // The other counts and the grid are unaffected.
    expect(await screen.findByRole('link', { name: `Active: ${expected.Active}` })).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: `Never used: ${expected['Never used']}` }),
    ).toBeInTheDocument();
    expect(await findRows()).toHaveLength(10);
    expect(screen.queryByText('Could not load API tokens')).not.toBeInTheDocument();

    // Reachable by keyboard: the tooltip describes the focused link.
    failed.focus();
    expect(failed).toHaveFocus();
    const tooltip = document.getElementById(failed.getAttribute('aria-describedby') ?? '');
    expect(tooltip).toHaveAttribute('role', 'tooltip');
    expect(tooltip).toHaveTextContent(/^This count could not be loaded\./);

    // The link still works: the grid lists the disabled tokens.
    await user.click(failed);
    await waitFor(() => expect(searchOf(currentLocation()).get('status')).toBe('Disabled'));
    await screen.findByText(`${expected.Disabled} rows`);
    expect(failed).toHaveAttribute('aria-current', 'true');
  });

  it('keeps a count it had when its refresh fails, marked as not up to date', async () => {
    const { user } = renderModule();
    const expected = await findCounts();
    // From now on the Disabled count fails; Refresh asks for every count again.
    server.use(
      http.get(`${TEST_API_BASE_URL}${TOKENS_PATH}`, ({ request }) => {
        const query = decodeURIComponent(new URL(request.url).search);
        if (!query.includes('limit=0') || !query.includes('"Disabled"')) return undefined;
        return HttpResponse.json(
          { type: 'about:blank', title: 'Forbidden', status: 403, traceId: '00-abc-def-01' },
          { status: 403, headers: { 'content-type': 'application/problem+json' } },
        );
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Refresh' }));

    const kept = await screen.findByRole('link', { name: `Disabled: ${expected.Disabled}, not up to date` });
    // The figure stays on screen, not a dash.
    expect(kept).toHaveTextContent(new RegExp(`^Disabled${expected.Disabled}$`));
    expect(kept).toHaveAccessibleDescription(
      /^This count could not be refreshed; it is the one loaded before\./,
    );
    // The others refreshed as usual.
    expect(screen.getByRole('link', { name: `Active: ${expected.Active}` })).toBeInTheDocument();
  });

  it('is not shown for an account without tokens; the empty state speaks', async () => {
    mockBackend.reset({ dataset: 'empty' });
    const requests = recordListQueries();
    renderModule();
    expect(await screen.findByRole('heading', { name: 'No API tokens yet' })).toBeInTheDocument();
    await waitFor(() => expect(requests.counts().length).toBeGreaterThanOrEqual(2));
    // Let the counts answer (zero), then make sure nothing appeared.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByRole('list', { name: 'Token hygiene' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Active:/ })).not.toBeInTheDocument();
  });

  it('stays when a search matches nothing: the account still has tokens', async () => {
    renderModule({ search: '?q=no-such-token-anywhere' });
    expect(
      await screen.findByRole('heading', { name: 'No API tokens match “no-such-token-anywhere”' }),
    ).toBeInTheDocument();
    await findCounts();
  });

  it('is not shown for an account without tokens seen through a filter either; the empty state speaks', async () => {
    // The filtered list alone cannot tell "no match" from "no tokens"; the zero counts can.
    mockBackend.reset({ dataset: 'empty' });
    const requests = recordListQueries();
    renderModule({ search: '?status=Disabled' });
    const heading = await screen.findByRole('heading', { name: 'No API tokens yet' });
    // Its own way forward, beside the page's Add button.
    expect(within(heading.parentElement!).getByRole('link', { name: 'Add API token' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'No API tokens match this view' })).not.toBeInTheDocument();
    await waitFor(() => expect(requests.counts().length).toBe(4));
    await waitFor(() =>
      expect(screen.queryByRole('list', { name: 'Token hygiene' })).not.toBeInTheDocument(),
    );
  });

  it('a filter that matches nothing in an account that has tokens still says "no match"', async () => {
    mockBackend.reset({ dataset: 'empty' });
    mockBackend.db.createToken({ name: 'Only active', description: null, icon: null, moduleIds: [] });
    renderModule({ search: '?status=Disabled' });
    expect(await screen.findByRole('heading', { name: 'No API tokens match this view' })).toBeInTheDocument();
    await screen.findByRole('link', { name: 'Active: 1' });
    expect(screen.getByRole('heading', { name: 'No API tokens match this view' })).toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { lastAccessCutoff } from '../../../src/features/api-tokens/api/list-query';
import { renderModule } from '../../support/render-module';
import {
  dataRows,
  findRows,
  grid,
  recordListRequests,
  rqlFilters,
  searchOf,
  statusesOnScreen,
  tokensNewestFirst,
  visibleNames,
} from './grid-helpers';

afterEach(() => {
  server.events.removeAllListeners();
});

describe('tokens grid: status filter', () => {
  it('filters by status in one click and back to all', async () => {
    const requests = recordListRequests();
    const { user, currentLocation } = renderModule();
    await findRows();
    const disabled = mockBackend.db.listTokens().filter((t) => t.status === 'Disabled');

    await user.click(screen.getByRole('radio', { name: 'Disabled' }));
    await waitFor(() => expect(searchOf(currentLocation()).get('status')).toBe('Disabled'));
    await waitFor(() => expect(screen.getByText(`${disabled.length} rows`)).toBeInTheDocument());
    await waitFor(() => expect(statusesOnScreen().every((s) => s === 'Disabled')).toBe(true));
    expect(dataRows()).toHaveLength(Math.min(10, disabled.length));
    expect(rqlFilters(requests.at(-1) as URL)).toEqual(['eq(status,"Disabled")']);

    await user.click(screen.getByRole('radio', { name: 'Active' }));
    await waitFor(() => expect(searchOf(currentLocation()).get('status')).toBe('Active'));
    await waitFor(() => expect(statusesOnScreen().every((s) => s === 'Active')).toBe(true));

    await user.click(screen.getByRole('radio', { name: 'All' }));
    await waitFor(() => expect(currentLocation()?.search).toBe(''));
    await waitFor(() => expect(screen.getByText(`${mockBackend.db.tokenCount()} rows`)).toBeInTheDocument());
  });
});

describe('tokens grid: search', () => {
  it('searches by part of a name, case-insensitively, once typing pauses', async () => {
    const requests = recordListRequests();
    const { user, currentLocation } = renderModule();
    await findRows();
    const word = (tokensNewestFirst()[12]?.name ?? '').split(' ')[0] as string;
    const expected = mockBackend.db
      .listTokens()
      .filter((t) => t.name.toLowerCase().includes(word.toLowerCase()) || t.id.includes(word));
    const before = requests.length;

    // Keys without a pause between them, so a busy machine cannot split the word at the debounce.
    const typist = user.setup({ delay: null });
    await typist.type(screen.getByRole('textbox', { name: 'Search by name or ID' }), word.toUpperCase());
    await waitFor(() => expect(searchOf(currentLocation()).get('q')).toBe(word.toUpperCase()));
    await waitFor(() =>
      expect(
        screen.getByText(`${expected.length} ${expected.length === 1 ? 'row' : 'rows'}`),
      ).toBeInTheDocument(),
    );
    expect(visibleNames().every((name) => name.toLowerCase().includes(word.toLowerCase()))).toBe(true);
    // Debounced: one request for the whole word, not one per key.
    expect(requests.length - before).toBe(1);
    expect(rqlFilters(requests.at(-1) as URL)).toEqual([
      `or(ilike(name,"*${word.toUpperCase()}*"),ilike(id,"*${word.toUpperCase()}*"))`,
    ]);
  });

  it('finds a token by part of its ID, quoted as pasted from a log, and sanitises what was typed', async () => {
    const requests = recordListRequests();
    const { user, currentLocation } = renderModule();
    await findRows();
    const target = tokensNewestFirst()[25];
    const part = target?.id.slice(4) as string;

    await user.type(screen.getByRole('textbox', { name: 'Search by name or ID' }), `  "${part}"  {Enter}`);
    await waitFor(() => expect(searchOf(currentLocation()).get('q')).toBe(`"${part}"`));
    await waitFor(() => expect(visibleNames()).toContain(target?.name));
    expect(rqlFilters(requests.at(-1) as URL).join()).toContain(`ilike(id,"*${part}*")`);
  });

  it('finds a token by its full name, double quotes included, sending no double quote', async () => {
    const [target, sameParts, otherParts] = tokensNewestFirst().slice(30);
    mockBackend.db.updateToken(target?.id as string, { name: 'Say "hi" bot' });
    // The parts between the quotes, in another order: found too (the search may find a few more).
    mockBackend.db.updateToken(sameParts?.id as string, { name: 'hi! Say bot' });
    mockBackend.db.updateToken(otherParts?.id as string, { name: 'Say "bye" bot' });
    const requests = recordListRequests();
    const { user, currentLocation } = renderModule();
    await findRows();

    await user.type(screen.getByRole('textbox', { name: 'Search by name or ID' }), 'Say "hi" bot{Enter}');
    await waitFor(() => expect(searchOf(currentLocation()).get('q')).toBe('Say "hi" bot'));
    await waitFor(() => expect(visibleNames()).toEqual(['Say "hi" bot', 'hi! Say bot']));
    expect((requests.at(-1) as URL).search).not.toMatch(/%22hi|hi%22/);
  });

  it('searches a text with both kinds of quotes by the parts between its double quotes', async () => {
    const [target, other] = tokensNewestFirst().slice(30);
    mockBackend.db.updateToken(target?.id as string, { name: `Bob's "bot" v2` });
    mockBackend.db.updateToken(other?.id as string, { name: `Alice's "bot"` });
    const { user } = renderModule();
    await findRows();

    await user.type(screen.getByRole('textbox', { name: 'Search by name or ID' }), `Bob's "bot"{Enter}`);
    await waitFor(() => expect(visibleNames()).toEqual([`Bob's "bot" v2`]));
  });

  it('finds a name with an accent whether the accent was typed as one character or as a combining mark', async () => {
    const [target] = tokensNewestFirst().slice(30);
    // Saved composed, as the app saves names: "é" is U+00E9.
    mockBackend.db.updateToken(target?.id as string, { name: 'Caf\u00e9 export' });
    const { user } = renderModule();
    await findRows();

    // Pasted from a decomposed source: "e" and U+0301 COMBINING ACUTE ACCENT, which looks the same.
    await user.type(screen.getByRole('textbox', { name: 'Search by name or ID' }), 'Cafe\u0301{Enter}');
    await waitFor(() => expect(visibleNames()).toEqual(['Caf\u00e9 export']));
  });

  it('clears the search with Escape and with the clear button', async () => {
    const { user, currentLocation } = renderModule({ search: '?q=zzz' });
    const box = screen.getByRole('textbox', { name: 'Search by name or ID' });
    expect(box).toHaveValue('zzz');
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(box).toHaveValue('');
    await waitFor(() => expect(currentLocation()?.search).toBe(''));
    await user.type(box, 'abc');
    await waitFor(() => expect(searchOf(currentLocation()).get('q')).toBe('abc'));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(currentLocation()?.search).toBe(''));
  });
});

describe('tokens grid: Filter panel', () => {
  it('opened while the modules still load, focuses the panel itself; Tab then reaches the first module', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    onTestFinished(() => release());
    server.use(
      http.get(`${TEST_API_BASE_URL}/public/v1/accounts/modules`, async () => {
        await held;
        return undefined;
      }),
    );
    const { user } = renderModule();
    await findRows();
    await user.click(screen.getByRole('button', { name: 'Filter' }));
    const panel = await screen.findByRole('dialog', { name: 'Filters' });
    expect(within(panel).getByRole('status', { name: 'Loading modules…' })).toBeInTheDocument();
    await waitFor(() => expect(panel).toHaveFocus());

    release();
    await within(panel).findByRole('checkbox', { name: /Billing/ });
    const [first] = within(panel).getAllByRole('checkbox');
    expect(panel).toHaveFocus();
    await user.tab();
    expect(first).toHaveFocus();
  });

  it('a failed modules list says why, with its Trace ID, and Retry brings the modules', async () => {
    mockBackend.setScenario({ failures: { modules: 500 } });
    const { user } = renderModule();
    await findRows();
    await user.click(screen.getByRole('button', { name: 'Filter' }));
    const panel = await screen.findByRole('dialog', { name: 'Filters' });
    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent('The modules could not be loaded.');
    expect(alert).toHaveTextContent('Something went wrong on the server.');
    expect(alert).toHaveTextContent(/Trace ID: 00-[0-9a-f]{32}-[0-9a-f]{16}-00/);

    mockBackend.setScenario({ failures: { modules: undefined } });
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(panel).findByRole('checkbox', { name: /Billing/ })).toBeInTheDocument();
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a module chip whose names could not be read shows the IDs, says why, and Retry brings the names', async () => {
    const billing = mockBackend.db.listModules().find((mod) => mod.name === 'Billing');
    if (!billing) throw new Error('the seed has a Billing module');
    mockBackend.setScenario({ failures: { modules: 500 } });
    const { user } = renderModule({ search: `?module=${billing.id}` });
    await findRows();
    const chips = await screen.findByRole('list', { name: 'Applied filters' });
    expect(within(chips).getByText(`Module: ${billing.id}`)).toBeInTheDocument();
    const note = await screen.findByText(/Module names could not be loaded/);
    expect(note).toHaveTextContent('Something went wrong on the server.');

    mockBackend.setScenario({ failures: { modules: undefined } });
    await user.click(within(note).getByRole('button', { name: 'Retry' }));
    expect(await within(chips).findByText('Module: Billing')).toBeInTheDocument();
    expect(screen.queryByText(/Module names could not be loaded/)).toBeNull();
  });

  it('filters by modules and last access, shows one chip per filter and removes one filter at a time', async () => {
    const requests = recordListRequests();
    const { user, currentLocation } = renderModule();
    await findRows();

    await user.click(screen.getByRole('button', { name: 'Filter' }));
    const panel = await screen.findByRole('dialog', { name: 'Filters' });
    // The panel says how several modules combine.
    expect(within(panel).getByRole('group', { name: 'Modules' })).toHaveAccessibleDescription(
      'Shows tokens with any of the chosen modules.',
    );
    await user.click(await within(panel).findByRole('checkbox', { name: /Billing/ }));
    await user.click(within(panel).getByRole('checkbox', { name: /Catalog/ }));
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Last access' }), 'Never used');
    await user.click(within(panel).getByRole('button', { name: 'Apply filters' }));

    expect(screen.queryByRole('dialog', { name: 'Filters' })).not.toBeInTheDocument();
    await waitFor(() =>
      expect(searchOf(currentLocation()).getAll('module')).toEqual(['MOD-2131', 'MOD-2219']),
    );
    const params = searchOf(currentLocation());
    expect(params.get('lastAccess')).toBe('never');
    // Either module matches: a never-used token with Catalog but not Billing is listed.
    const expected = mockBackend.db
      .listTokens()
      .filter(
        (t) => t.lastAccessAt === null && t.modules.some((m) => m.id === 'MOD-2131' || m.id === 'MOD-2219'),
      );
    expect(
      expected.some(
        (t) => !t.modules.some((m) => m.id === 'MOD-2131') && t.modules.some((m) => m.id === 'MOD-2219'),
      ),
    ).toBe(true);
    await waitFor(() =>
      expect(
        screen.getByText(`${expected.length} ${expected.length === 1 ? 'row' : 'rows'}`),
      ).toBeInTheDocument(),
    );
    expect(rqlFilters(requests.at(-1) as URL)).toEqual([
      'in(modules.id,("MOD-2131","MOD-2219"))',
      'eq(lastAccessAt,null())',
    ]);

    // One chip that says what it does, and the Filter button counts the chips on screen.
    const applied = screen.getByRole('list', { name: 'Applied filters' });
    const chips = () =>
      within(applied)
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    await waitFor(() => expect(chips()).toEqual(['Modules: Billing or Catalog', 'Last access: Never used']));
    expect(screen.getByRole('button', { name: 'Filter, 2 filters applied' })).toHaveTextContent('Filter (2)');

    await user.click(
      within(applied).getByRole('button', { name: 'Remove filter Modules: Billing or Catalog' }),
    );
    await waitFor(() => expect(searchOf(currentLocation()).getAll('module')).toEqual([]));
    expect(chips()).toEqual(['Last access: Never used']);
    expect(screen.getByRole('button', { name: 'Filter, 1 filter applied' })).toHaveTextContent('Filter (1)');
    // The removed chip's button is gone: focus is on the chip that took its place.
    const next = within(applied).getByRole('button', { name: 'Remove filter Last access: Never used' });
    expect(next).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(currentLocation()?.search).toBe(''));
    expect(screen.queryByRole('list', { name: 'Applied filters' })).not.toBeInTheDocument();
    // No chip left: focus is on the table.
    await waitFor(() => expect(screen.getByRole('region', { name: 'API tokens table' })).toHaveFocus());
  });

  it('Back or Forward taking away the focused chip, or "Clear filters", leaves focus on the chip in its place', async () => {
    const { user, currentLocation, goBack, goForward } = renderModule({ search: '?lastAccess=never' });
    const applied = await screen.findByRole('list', { name: 'Applied filters' });
    await findRows();
    await user.click(screen.getByRole('button', { name: 'Filter, 1 filter applied' }));
    const panel = await screen.findByRole('dialog', { name: 'Filters' });
    await user.click(await within(panel).findByRole('checkbox', { name: /Billing/ }));
    await user.click(within(panel).getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(searchOf(currentLocation()).getAll('module')).toEqual(['MOD-2131']));
    const moduleChip = await within(applied).findByRole('button', { name: 'Remove filter Module: Billing' });
    const lastAccessChip = () =>
      within(applied).getByRole('button', { name: 'Remove filter Last access: Never used' });

    // The module chip came first: Back takes it away while its button has focus.
    moduleChip.focus();
    await goBack();
    await waitFor(() => expect(searchOf(currentLocation()).getAll('module')).toEqual([]));
    expect(within(applied).getAllByRole('listitem')).toHaveLength(1);
    expect(lastAccessChip()).toHaveFocus();

    // Forward brings the module chip back, and with it "Clear filters"; Back then takes "Clear filters" away.
    await goForward();
    const clearAll = await screen.findByRole('button', { name: 'Clear filters' });
    clearAll.focus();
    await goBack();
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument(),
    );
    expect(lastAccessChip()).toHaveFocus();
  });

  it('names one module as "Module", three as a list, and clears the chips with "Clear filters"', async () => {
    const { user, currentLocation, unmount } = renderModule({
      search: '?status=Active&q=a&module=MOD-2131&module=MOD-2219&module=MOD-2387&createdBy=morgan',
    });
    const applied = await screen.findByRole('list', { name: 'Applied filters' });
    await waitFor(() =>
      expect(within(applied).getByText('Modules: Billing, Catalog or Orders')).toBeInTheDocument(),
    );
    expect(within(applied).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Filter, 2 filters applied' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    // The status and the search are not chips: they keep their own controls, and their values.
    await waitFor(() => expect(currentLocation()?.search).toBe('?status=Active&q=a'));
    expect(screen.queryByRole('list', { name: 'Applied filters' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Search by name or ID' })).toHaveValue('a');
    unmount();

    renderModule({ search: '?module=MOD-2131' });
    expect(await screen.findByText('Module: Billing')).toBeInTheDocument();
  });

  it('names a creator held by ID once a row shows who that is; a name, or an ID no row has, stays as typed', async () => {
    const { unmount } = renderModule({ search: '?createdBy=usr-4721-0318' });
    let applied = await screen.findByRole('list', { name: 'Applied filters' });
    await findRows();
    await waitFor(() =>
      expect(within(applied).getByText('Created by: Alex Morgan (USR-4721-0318)')).toBeInTheDocument(),
    );
    unmount();

    const second = renderModule({ search: '?createdBy=morgan' });
    applied = await screen.findByRole('list', { name: 'Applied filters' });
    await findRows();
    expect(within(applied).getByText('Created by: morgan')).toBeInTheDocument();
    second.unmount();

    renderModule({ search: '?createdBy=USR-0000-0000' });
    applied = await screen.findByRole('list', { name: 'Applied filters' });
    expect(await within(applied).findByText('Created by: USR-0000-0000')).toBeInTheDocument();
  });

  it('offers "used, but not in N days" and "not used in N days, or never", and each does what it says', async () => {
    const NOW = Date.parse('2026-11-29T10:20:00.000Z');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    onTestFinished(() => void vi.useRealTimers());
    const cutoff = lastAccessCutoff(90, NOW);
    const tokens = mockBackend.db.listTokens();
    const idle = tokens.filter((t) => t.lastAccessAt !== null && t.lastAccessAt < cutoff);
    const never = tokens.filter((t) => t.lastAccessAt === null);
    expect(idle.length).toBeGreaterThan(0);
    expect(never.length).toBeGreaterThan(0);

    const requests = recordListRequests();
    const { user, currentLocation } = renderModule();
    await findRows();
    const choose = async (option: string) => {
      await user.click(screen.getByRole('button', { name: /^Filter/ }));
      const panel = await screen.findByRole('dialog', { name: 'Filters' });
      const select = within(panel).getByRole('combobox', { name: 'Last access' });
      expect(
        within(select)
          .getAllByRole('group')
          .map((group) => group.getAttribute('label')),
      ).toEqual(['Used, but not recently', 'Not used recently, or never']);
      await user.selectOptions(select, option);
      await user.click(within(panel).getByRole('button', { name: 'Apply filters' }));
    };
    const applied = () => within(screen.getByRole('list', { name: 'Applied filters' })).getByRole('listitem');

    await choose('Used, but not in the last 90 days');
    await waitFor(() => expect(searchOf(currentLocation()).get('lastAccess')).toBe('90d'));
    await waitFor(() => expect(rqlFilters(requests.at(-1) as URL)).toEqual([`lt(lastAccessAt,"${cutoff}")`]));
    await screen.findByText(`${idle.length} rows`);
    expect(applied()).toHaveTextContent('Last access: Used, but not in the last 90 days');

    await choose('Not used in the last 90 days, or never');
    await waitFor(() => expect(searchOf(currentLocation()).get('lastAccess')).toBe('90d-or-never'));
    await waitFor(() =>
      expect(rqlFilters(requests.at(-1) as URL)).toEqual([
        `or(eq(lastAccessAt,null()),lt(lastAccessAt,"${cutoff}"))`,
      ]),
    );
    await screen.findByText(`${idle.length + never.length} rows`);
    expect(applied()).toHaveTextContent('Last access: Not used in the last 90 days, or never');
    // The hygiene strip's Idle counter means the first choice, and says it in the same words.
    expect(
      await screen.findByRole('link', { name: `Idle 90+ days: ${idle.length}` }),
    ).toHaveAccessibleDescription('Used, but not in the last 90 days');
  });

  it('offers the creators on the page as choices, like the modules, operable by keyboard', async () => {
    const requests = recordListRequests();
    const { user, currentLocation } = renderModule();
    const rows = await findRows();
    const creators = [
      ...new Set(rows.map((row) => within(row).getAllByRole('cell')[3]?.textContent ?? '')),
    ].filter(Boolean);
    expect(creators.length).toBeGreaterThan(1);

    await user.click(screen.getByRole('button', { name: 'Filter' }));
    const panel = await screen.findByRole('dialog', { name: 'Filters' });
    const group = within(panel).getByRole('group', { name: 'Created by' });
    // No native select or suggestion list: a radio group like the panel's other choices.
    expect(within(panel).queryByRole('combobox', { name: 'Created by' })).not.toBeInTheDocument();
    expect(group.querySelector('select, datalist')).toBeNull();
    const radios = within(group).getAllByRole('radio');
    expect(radios[0]).toHaveAccessibleName('Anyone');
    expect(radios[0]).toBeChecked();
    expect(radios).toHaveLength(creators.length + 1);

    // Arrow keys move through the choices, as in any radio group.
    radios[0]!.focus();
    await user.keyboard('{ArrowDown}');
    const first = radios[1]!;
    expect(first).toHaveFocus();
    expect(first).toBeChecked();
    const name = (first as HTMLInputElement).labels?.[0]?.textContent ?? '';
    expect(within(group).getByRole('textbox', { name: 'Name or ID' })).toHaveValue(name);
    await user.click(within(panel).getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(searchOf(currentLocation()).get('createdBy')).toBe(name));
    await waitFor(() => expect(rqlFilters(requests.at(-1) as URL)).toEqual([expect.stringContaining(name)]));

    // Anyone turns it off again.
    await user.click(screen.getByRole('button', { name: 'Filter, 1 filter applied' }));
    const again = await screen.findByRole('dialog', { name: 'Filters' });
    const chosen = within(again).getByRole('radio', { name });
    expect(chosen).toBeChecked();
    await user.click(within(again).getByRole('radio', { name: 'Anyone' }));
    expect(within(again).getByRole('textbox', { name: 'Name or ID' })).toHaveValue('');
    await user.click(within(again).getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(searchOf(currentLocation()).has('createdBy')).toBe(false));
  });

  it('filters by creator ID or name and by a date-created range', async () => {
    const requests = recordListRequests();
    const { user, currentLocation } = renderModule();
    await findRows();

    await user.click(screen.getByRole('button', { name: 'Filter' }));
    let panel = await screen.findByRole('dialog', { name: 'Filters' });
    await user.type(within(panel).getByRole('textbox', { name: 'Name or ID' }), 'usr-4721-0318');
    await user.click(within(panel).getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(searchOf(currentLocation()).get('createdBy')).toBe('usr-4721-0318'));
    await waitFor(() =>
      expect(rqlFilters(requests.at(-1) as URL)).toEqual(['eq(audit.created.by.id,"USR-4721-0318")']),
    );
    await waitFor(() => expect(dataRows().every((row) => within(row).queryByText('Alex Morgan'))).toBe(true));

    await user.click(screen.getByRole('button', { name: 'Filter, 1 filter applied' }));
    panel = await screen.findByRole('dialog', { name: 'Filters' });
    const createdBy = within(panel).getByRole('textbox', { name: 'Name or ID' });
    expect(createdBy).toHaveValue('usr-4721-0318');
    await user.clear(createdBy);
    const from = within(panel).getByLabelText('From');
    const to = within(panel).getByLabelText('To');
    await user.type(from, '2026-06-30');
    await user.type(to, '2026-01-01');
    expect(within(panel).getByText('The start date must be on or before the end date.')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Apply filters' }));
    expect(screen.getByRole('dialog', { name: 'Filters' })).toBeInTheDocument();
    // Pressed anyway: focus goes to the field whose description says why.
    expect(from).toHaveFocus();
    expect(from).toHaveAccessibleDescription('The start date must be on or before the end date.');
    await user.clear(to);
    await user.type(to, '2026-09-30');
    await user.click(within(panel).getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(searchOf(currentLocation()).get('createdTo')).toBe('2026-09-30'));
    const params = searchOf(currentLocation());
    expect(params.has('createdBy')).toBe(false);
    expect([params.get('createdFrom'), params.get('createdTo')]).toEqual(['2026-06-30', '2026-09-30']);
    await waitFor(() =>
      expect(rqlFilters(requests.at(-1) as URL)).toEqual([
        'ge(audit.created.at,"2026-06-30T00:00:00.000Z")',
        'lt(audit.created.at,"2026-10-01T00:00:00.000Z")',
      ]),
    );
    const expected = mockBackend.db
      .listTokens()
      .filter((t) => t.audit.created.at >= '2026-06-30' && t.audit.created.at < '2026-10-01');
    await waitFor(() =>
      expect(
        screen.getByText(`${expected.length} ${expected.length === 1 ? 'row' : 'rows'}`),
      ).toBeInTheDocument(),
    );
    expect(
      within(screen.getByRole('list', { name: 'Applied filters' })).getByText(
        'Created 30 Jun 2026 – 30 Sept 2026',
      ),
    ).toBeInTheDocument();
    expect(within(grid()).getAllByRole('row').length).toBeGreaterThan(1);
  });
});

describe('tokens grid: a date range without a real end', () => {
  it('a range to 9999-12-31 ends after every token (its end is not sent as a year-10000 date)', async () => {
    const requests = recordListRequests();
    renderModule({ search: '?createdFrom=2020-01-01&createdTo=9999-12-31' });
    await findRows();
    expect(rqlFilters(requests.at(-1) as URL)).toEqual([
      'ge(audit.created.at,"2020-01-01T00:00:00.000Z")',
      'lt(audit.created.at,"9999-12-31T23:59:59.999Z")',
    ]);
    const total = mockBackend.db.listTokens().filter((t) => t.audit.created.at >= '2020-01-01').length;
    expect(total).toBeGreaterThan(0);
    expect(await screen.findByText(`${total} rows`)).toBeInTheDocument();
  });
});

describe('tokens grid: a date range from the first years', () => {
  it('a range from 0001-01-01 is a range like any other: its chip is shown, and it starts before every token', async () => {
    const requests = recordListRequests();
    renderModule({ search: '?createdFrom=0001-01-01' });
    await findRows();
    // No token was made before 1970: that is where the range starts on the server.
    expect(rqlFilters(requests.at(-1) as URL)).toEqual(['ge(audit.created.at,"1970-01-01T00:00:00.000Z")']);
    const chips = screen.getByRole('list', { name: 'Applied filters' });
    expect(within(chips).getByText(/^Created/)).toHaveTextContent(/^Created from 1 Jan 1$/);
    expect(await screen.findByText(`${mockBackend.db.listTokens().length} rows`)).toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TEST_API_BASE_URL } from '../../../mocks/node';
import { apiTokenQueries } from '../../../src/features/api-tokens/api/queries';
import { holdAnswer } from '../../support/hold-answer';
import { createTestQueryClient, renderModule } from '../../support/render-module';
import { seededToken } from './support';

const BASE = '/portal/settings/api-tokens';
const TAB_NAMES = ['General', 'Modules', 'Details', 'Audit trail', 'Activity'];

describe('token detail tabs', () => {
  it('are links in a tab list, with the tab of the URL selected', async () => {
    const token = seededToken();
    renderModule({ path: `/${token.id}/details` });
    const tablist = await screen.findByRole('tablist', { name: 'API token sections' });
    const tabs = within(tablist).getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(TAB_NAMES);
    expect(tabs.map((tab) => tab.getAttribute('href'))).toEqual(
      ['general', 'modules', 'details', 'audit-trail', 'activity'].map(
        (path) => `${BASE}/${token.id}/${path}`,
      ),
    );
    const selected = within(tablist).getByRole('tab', { selected: true });
    expect(selected).toHaveTextContent('Details');
    expect(selected).toHaveAttribute('tabindex', '0');
    expect(within(tablist).getByRole('tab', { name: 'General' })).toHaveAttribute('tabindex', '-1');
    expect(screen.getByRole('tabpanel', { name: 'Details' })).toBeInTheDocument();
  });

  it('switch by mouse', async () => {
    const token = seededToken();
    const { user, currentLocation } = renderModule({ path: `/${token.id}/general` });
    await user.click(await screen.findByRole('tab', { name: 'Modules' }));
    expect(currentLocation()?.pathname).toBe(`${BASE}/${token.id}/modules`);
    expect(screen.getByRole('tab', { name: 'Modules' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Modules' })).toBeInTheDocument();
  });

  it('follow the arrow keys, Home and End, and update the URL', async () => {
    const token = seededToken();
    const { user, currentLocation } = renderModule({ path: `/${token.id}/general` });
    const general = await screen.findByRole('tab', { name: 'General' });
    await user.click(general);
    expect(general).toHaveFocus();

    await user.keyboard('{ArrowRight}');
    expect(currentLocation()?.pathname).toBe(`${BASE}/${token.id}/modules`);
    expect(screen.getByRole('tab', { name: 'Modules' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Modules' })).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{ArrowRight}');
    expect(currentLocation()?.pathname).toBe(`${BASE}/${token.id}/details`);
    await user.keyboard('{End}');
    expect(currentLocation()?.pathname).toBe(`${BASE}/${token.id}/activity`);
    expect(screen.getByRole('tab', { name: 'Activity' })).toHaveFocus();
    // Wraps around.
    await user.keyboard('{ArrowRight}');
    expect(currentLocation()?.pathname).toBe(`${BASE}/${token.id}/general`);
    await user.keyboard('{ArrowLeft}');
    expect(currentLocation()?.pathname).toBe(`${BASE}/${token.id}/activity`);
    await user.keyboard('{ArrowLeft}');
    expect(currentLocation()?.pathname).toBe(`${BASE}/${token.id}/audit-trail`);
    await user.keyboard('{Home}');
    expect(currentLocation()?.pathname).toBe(`${BASE}/${token.id}/general`);
    expect(screen.getByRole('tab', { name: 'General' })).toHaveFocus();

    // Tab leaves the tab list for the panel.
    await user.tab();
    expect(screen.getByRole('tabpanel')).toHaveFocus();
  });

  it('moved through by the keys, make one history entry: Back returns to the tab they started from', async () => {
    const token = seededToken();
    const { user, currentLocation, goBack } = renderModule({ path: `/${token.id}/general` });
    // A click is a choice of its own: one entry.
    await user.click(await screen.findByRole('tab', { name: 'Modules' }));
    expect(currentLocation()?.pathname).toBe(`${BASE}/${token.id}/modules`);

    await user.keyboard('{ArrowRight}{ArrowRight}{End}');
    expect(currentLocation()?.pathname).toBe(`${BASE}/${token.id}/activity`);
    await goBack();
    expect(currentLocation()?.pathname).toBe(`${BASE}/${token.id}/modules`);
    await goBack();
    expect(currentLocation()?.pathname).toBe(`${BASE}/${token.id}/general`);

    // Once focus has left the tabs, the keys' next move is a new choice: an entry of its own again.
    screen.getByRole('tab', { name: 'General' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(currentLocation()?.pathname).toBe(`${BASE}/${token.id}/modules`);
    await user.tab();
    expect(screen.getByRole('tabpanel')).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('tab', { name: 'Modules' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(currentLocation()?.pathname).toBe(`${BASE}/${token.id}/details`);
    await goBack();
    expect(currentLocation()?.pathname).toBe(`${BASE}/${token.id}/modules`);
    await goBack();
    expect(currentLocation()?.pathname).toBe(`${BASE}/${token.id}/general`);
  });

  it('sends an unknown tab to General', async () => {
    const token = seededToken();
    const { currentLocation } = renderModule({ path: `/${token.id}/nonsense/deeper` });
    await waitFor(() => expect(currentLocation()?.pathname).toBe(`${BASE}/${token.id}/general`));
    expect(await screen.findByRole('tab', { name: 'General', selected: true })).toBeInTheDocument();
  });

  it('each open a panel under a level-2 heading that names it, so heading navigation reaches every one', async () => {
    const token = seededToken();
    const headings: Record<string, string> = {
      general: 'General',
      modules: 'Modules this token can access',
      details: 'Details',
      'audit-trail': 'Audit trail',
      activity: 'Activity',
    };
    const { user } = renderModule({ path: `/${token.id}/general` });
    for (const [index, [path, heading]] of Object.entries(headings).entries()) {
      if (index > 0) await user.click(await screen.findByRole('tab', { name: TAB_NAMES[index] }));
      const panel = await screen.findByRole('tabpanel', { name: TAB_NAMES[index] });
      const [first] = within(panel).getAllByRole('heading', { level: 2 });
      expect(first, path).toHaveAccessibleName(heading);
      // The panel's card is a region named by that heading.
      expect(within(panel).getByRole('region', { name: heading })).toContainElement(first!);
    }
  });

  it('Modules lists each module with name, ID and description', async () => {
    const token = seededToken((t) => t.modules.length >= 2);
    renderModule({ path: `/${token.id}/modules` });
    const list = await screen.findByRole('list', { name: 'Modules this token can access' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(token.modules.length);
    token.modules.forEach((module, index) => {
      const item = items[index] as HTMLElement;
      expect(item).toHaveTextContent(module.name);
      expect(item).toHaveTextContent(module.id);
      expect(item).toHaveTextContent(module.description);
    });
  });

  it('Details shows created, updated and last access with who did it', async () => {
    const token = seededToken((t) => t.audit.updated !== undefined && t.lastAccessAt !== null);
    renderModule({ path: `/${token.id}/details` });
    const panel = await screen.findByRole('tabpanel', { name: 'Details' });
    const value = (term: string) => {
      const dt = within(panel).getByText(term, { selector: 'dt' });
      return dt.nextElementSibling as HTMLElement;
    };
    expect(value('Token ID')).toHaveTextContent(token.id);
    expect(value('Created').querySelector('time')).toHaveAttribute('dateTime', token.audit.created.at);
    expect(value('Created by')).toHaveTextContent(token.audit.created.by.name);
    expect(value('Created by')).toHaveTextContent(token.audit.created.by.id);
    expect(value('Last updated').querySelector('time')).toHaveAttribute('dateTime', token.audit.updated?.at);
    expect(value('Updated by')).toHaveTextContent(token.audit.updated?.by.name as string);
    expect(value('Last access').querySelector('time')).toHaveAttribute('dateTime', token.lastAccessAt);
    // The account's ID is kept whole (never broken at a hyphen): an element of its own.
    expect(within(value('Account')).getByText(token.account.id)).toBeInTheDocument();
  });

  it('Details says its dates and people are loading while it waits for the token, as the other tabs do', async () => {
    const token = seededToken((t) => t.audit.updated !== undefined);
    // The token's own answer waits until the test lets it go: "before it answers" whatever the machine's speed.
    const tokenRead = holdAnswer('get', `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens/${token.id}`);
    const queryClient = createTestQueryClient();
    // What a grid page would have cached: lists carry neither audit nor modules.
    const { audit: _audit, modules: _modules, ...row } = token;
    queryClient.setQueryData(
      apiTokenQueries.list({ baseUrl: TEST_API_BASE_URL } as never, 'limit=10&offset=0').queryKey,
      { data: [row] },
    );
    renderModule({ path: `/${token.id}/details`, queryClient });
    const panel = await screen.findByRole('tabpanel', { name: 'Details' });
    const value = (term: string) =>
      within(panel).getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;
    // Each placeholder is said, where it stands, rather than read as nothing.
    for (const term of ['Created', 'Created by', 'Last updated', 'Updated by']) {
      expect(within(value(term)).getByRole('status', { name: 'Loading…' })).toBeInTheDocument();
    }
    expect(within(value('Token ID')).queryByRole('status')).not.toBeInTheDocument();

    tokenRead.release();
    await waitFor(() =>
      expect(value('Created').querySelector('time')).toHaveAttribute('dateTime', token.audit.created.at),
    );
    expect(value('Created by')).toHaveTextContent(token.audit.created.by.name);
    expect(within(panel).queryByRole('status')).not.toBeInTheDocument();
  });

  it('Details says so when a token was never updated or used', async () => {
    const token = seededToken((t) => t.audit.updated === undefined && t.lastAccessAt === null);
    renderModule({ path: `/${token.id}/details` });
    const panel = await screen.findByRole('tabpanel', { name: 'Details' });
    expect(within(panel).getByText('Never updated')).toBeInTheDocument();
    expect(within(panel).getByText('Never used')).toBeInTheDocument();
  });
});

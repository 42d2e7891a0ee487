import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockBackend } from '../../../mocks/node';
import { MOUNT_PATH, renderModule } from '../../support/render-module';
import { dataRows, findRows, grid, tokensNewestFirst, visibleNames } from './grid-helpers';

const region = () => screen.getByRole('region', { name: 'API tokens table' });

describe('tokens grid: loading, empty, no match and error states', () => {
  it('shows skeleton rows when the first load takes a while', async () => {
    mockBackend.setScenario({ latency: 800 });
    renderModule();
    expect(region()).toHaveAttribute('aria-busy', 'true');
    expect(grid()).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Loading API tokens…');
    // Not at once: a quick answer should not flash placeholders.
    expect(dataRows()).toHaveLength(0);
    await waitFor(() => expect(dataRows()).toHaveLength(5));
    expect(visibleNames()).toEqual([]);
    await findRows();
    expect(region()).not.toHaveAttribute('aria-busy');
    expect(dataRows()).toHaveLength(10);
  });

  it('goes straight from loading to rows when the answer is quick', async () => {
    mockBackend.setScenario({ latency: 50 });
    let skeletonSeen = false;
    const observer = new MutationObserver(() => {
      const rows = document.querySelectorAll('table tbody tr');
      if (rows.length > 0 && document.querySelectorAll('table tbody a').length === 0) skeletonSeen = true;
    });
    observer.observe(document.body, { subtree: true, childList: true });
    renderModule();
    expect(region()).toHaveAttribute('aria-busy', 'true');
    await findRows();
    observer.disconnect();
    expect(skeletonSeen).toBe(false);
    expect(region()).not.toHaveAttribute('aria-busy');
  });

  it('keeps the previous rows, marked busy, while the next page loads', async () => {
    const { user } = renderModule();
    await findRows();
    const firstPage = visibleNames();
    mockBackend.setScenario({ latency: 300 });

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(region()).toHaveAttribute('aria-busy', 'true');
    expect(visibleNames()).toEqual(firstPage);
    await waitFor(() =>
      expect(visibleNames()).toEqual(
        tokensNewestFirst()
          .slice(10, 20)
          .map((t) => t.name),
      ),
    );
    expect(region()).not.toHaveAttribute('aria-busy');
  });

  it('invites an empty account to add its first token', async () => {
    mockBackend.reset({ dataset: 'empty' });
    renderModule();
    expect(await screen.findByRole('heading', { name: 'No API tokens yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add API token' })).toHaveAttribute('href', `${MOUNT_PATH}/new`);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says when nothing matches and clears the filters on request, keeping the sort', async () => {
    const { user, currentLocation } = renderModule({
      search: '?q=no-such-token&status=Active&sort=name&lastAccess=never',
    });
    expect(await screen.findByRole('heading', { name: 'No API tokens match this view' })).toBeInTheDocument();
    expect(screen.getByText('0 rows')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Pagination' })).not.toBeInTheDocument();
    const message = screen.getByRole('heading', { name: 'No API tokens match this view' })
      .parentElement as HTMLElement;
    await user.click(within(message).getByRole('button', { name: 'Clear filters' }));
    expect(currentLocation()?.search).toBe('?sort=name');
    await findRows();
    expect(screen.getByRole('textbox', { name: 'Search by name or ID' })).toHaveValue('');
  });

  it('shows a failed load with the reason and recovers on Retry', async () => {
    mockBackend.setScenario({ failures: { list: 500 } });
    const { user } = renderModule();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load API tokens');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(alert).toHaveTextContent('Something went wrong on the server');
    expect(within(alert).getByText(/^00-[0-9a-f]{32}-[0-9a-f]{16}-00$/)).toBeInTheDocument();

    mockBackend.setScenario({ failures: { list: undefined } });
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await findRows();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when the network is down', async () => {
    mockBackend.setScenario({ failures: { list: 'network' } });
    renderModule();
    expect(await screen.findByRole('alert')).toHaveTextContent('The server could not be reached');
  });

  it('reloads the list on Refresh', async () => {
    const { user } = renderModule({ search: '?sort=name' });
    await findRows();
    expect(screen.getByText('60 rows')).toBeInTheDocument();
    mockBackend.db.createToken({
      name: '000 Added elsewhere',
      description: null,
      icon: null,
      moduleIds: ['MOD-1756'],
    });

    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(screen.getByText('61 rows')).toBeInTheDocument());
    expect(visibleNames()[0]).toBe('000 Added elsewhere');
  });
});

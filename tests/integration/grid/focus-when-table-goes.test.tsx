// The table taken away under the keyboard: focus goes to the page's heading, never to the page's top.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockBackend } from '../../../mocks/node';
import { renderModule } from '../../support/render-module';
import { findRowMenuButton, firstPageTokens } from '../actions/action-helpers';
import { findRows, grid } from './grid-helpers';

const NO_MATCH = '?q=no-such-token-anywhere';
const pageHeading = () => screen.getByRole('heading', { level: 1, name: 'API tokens' });
const noMatchHeading = () => screen.findByRole('heading', { name: /^No API tokens match/ });

/** Opens the grid on a view without matches and clears its search: Back returns to that view. */
async function rowsAfterNoMatch() {
  const module = renderModule({ search: NO_MATCH });
  const heading = await noMatchHeading();
  await module.user.click(
    within(heading.parentElement as HTMLElement).getByRole('button', { name: 'Clear search' }),
  );
  await findRows();
  return module;
}

describe('tokens grid: focus when the table goes', () => {
  it('Back to a view without matches, with focus on a row link, puts focus on the page heading', async () => {
    const { goBack } = await rowsAfterNoMatch();
    const link = within(grid()).getAllByRole('link')[0]!;
    link.focus();
    expect(link).toHaveFocus();

    await goBack();
    await noMatchHeading();
    expect(link).not.toBeInTheDocument();
    await waitFor(() => expect(pageHeading()).toHaveFocus());
  });

  it('Forward to a view without matches, with focus on a row menu button, puts focus on the page heading', async () => {
    const token = firstPageTokens().find((t) => t.status === 'Active')!;
    const { user, goBack, goForward } = renderModule({ search: `?q=${encodeURIComponent(token.id)}` });
    await findRowMenuButton(token.name);
    // The only match is active: "Disabled" shows nothing.
    await user.click(screen.getByRole('radio', { name: 'Disabled' }));
    await noMatchHeading();
    await goBack();
    const button = await findRowMenuButton(token.name);
    button.focus();
    expect(button).toHaveFocus();

    await goForward();
    await noMatchHeading();
    await waitFor(() => expect(pageHeading()).toHaveFocus());
  });

  it('Back to a view without matches leaves focus in the search box where it was', async () => {
    const { goBack } = await rowsAfterNoMatch();
    const search = screen.getByRole('textbox', { name: 'Search by name or ID' });
    search.focus();

    await goBack();
    await noMatchHeading();
    // Past the moment focus that fell would be picked up.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(search).toHaveFocus();
  });

  it('an account that turns empty on Refresh puts focus on the page heading', async () => {
    const { user } = renderModule();
    await findRows();
    mockBackend.reset({ dataset: 'empty' });

    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await screen.findByRole('heading', { name: /no api tokens yet/i });
    expect(screen.queryByRole('button', { name: 'Refresh' })).not.toBeInTheDocument();
    await waitFor(() => expect(pageHeading()).toHaveFocus());
  });

  it('an account that turns empty while focus is on a row link puts focus on the page heading', async () => {
    const { queryClient } = renderModule();
    await findRows();
    const link = within(grid()).getAllByRole('link')[0]!;
    link.focus();
    expect(link).toHaveFocus();
    mockBackend.reset({ dataset: 'empty' });

    // Read again without a click, as a read in the background would.
    await queryClient.invalidateQueries();
    await screen.findByRole('heading', { name: /no api tokens yet/i });
    await waitFor(() => expect(pageHeading()).toHaveFocus());
  });
});

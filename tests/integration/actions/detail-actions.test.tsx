// Enable, disable, delete and duplicate from the token page's dropdown, through the real module.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockBackend } from '../../../mocks/node';
import { renderModule } from '../../support/render-module';
import {
  chooseFromPageMenu,
  expectMessage,
  findDialog,
  findRow,
  firstPageTokens,
  queryRow,
  seededTokens,
  holdTokenRequest,
} from './action-helpers';

function firstOnPage(status: 'Active' | 'Disabled') {
  const token = firstPageTokens().find((t) => t.status === status);
  if (!token) throw new Error(`the first page has no ${status} token`);
  return token;
}

async function headerStatus(name: string) {
  const heading = await screen.findByRole('heading', { level: 1, name, hidden: true });
  return within(heading.parentElement as HTMLElement).queryByText(/^(Active|Disabled)$/)?.textContent;
}

describe('token page actions', () => {
  it('disables from the dropdown: the header says Disabled at once and the audit trail records it', async () => {
    const token = firstOnPage('Active');
    const { user } = renderModule({ path: `/${token.id}/audit-trail` });
    expect(await headerStatus(token.name)).toBe('Active');
    await screen.findByRole('list', { name: 'Audit trail' });
    const disable = holdTokenRequest('post', `${token.id}/disable`);

    await chooseFromPageMenu(user, 'Disable');
    const dialog = await findDialog('Disable API token?');
    expect(dialog).toHaveTextContent(`“${token.name}” (${token.id}) will be disabled.`);
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Disable token' }));

    await waitFor(async () => expect(await headerStatus(token.name)).toBe('Disabled'));
    expect(mockBackend.db.getToken(token.id)?.status).toBe('Active');

    disable.release();
    await expectMessage(`API token “${token.name}” disabled.`);
    const trail = await screen.findByRole('list', { name: 'Audit trail' });
    await waitFor(() =>
      expect(within(trail).getAllByRole('listitem')[0]).toHaveTextContent(
        `API token “${token.name}” was disabled.`,
      ),
    );
  });

  it('a disabled token: a banner says so and Enable is the main action; once enabled, Edit is back', async () => {
    const token = firstOnPage('Disabled');
    const { user } = renderModule({ path: `/${token.id}` });
    expect(await headerStatus(token.name)).toBe('Disabled');
    const header = screen.getByRole('banner');
    // A status region, so the change is also announced when the token is disabled from this page.
    expect(screen.getByText('This token is disabled.').closest('[role="status"]')).toHaveTextContent(
      'This token is disabled. Integrations using it get errors until it is enabled again.',
    );
    expect(within(header).queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();

    await user.click(within(header).getByRole('button', { name: 'More actions' }));
    expect((await screen.findAllByRole('menuitem')).map((item) => item.textContent)).toEqual([
      'Edit',
      'Duplicate',
      'Rotate…',
      'Delete',
    ]);
    await user.keyboard('{Escape}');

    await user.click(within(header).getByRole('button', { name: 'Enable' }));
    const dialog = await findDialog('Enable API token?');
    await user.click(within(dialog).getByRole('button', { name: 'Enable token' }));

    await expectMessage(`API token “${token.name}” enabled.`);
    expect(await headerStatus(token.name)).toBe('Active');
    expect(mockBackend.db.getToken(token.id)?.status).toBe('Active');
    expect(screen.queryByText('This token is disabled.')).not.toBeInTheDocument();
    expect(within(header).getByRole('button', { name: 'Edit' })).toBeInTheDocument();
    expect(within(header).queryByRole('button', { name: 'Enable' })).not.toBeInTheDocument();
  });

  it('rolls back on a server error and keeps the error readable in the dialog', async () => {
    const token = firstOnPage('Active');
    const { user } = renderModule({ path: `/${token.id}` });
    expect(await headerStatus(token.name)).toBe('Active');
    mockBackend.setScenario({ failures: { disable: 500 } });

    await chooseFromPageMenu(user, 'Disable');
    const dialog = await findDialog('Disable API token?');
    await user.click(within(dialog).getByRole('button', { name: 'Disable token' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong on the server.');
    // The copy button's code comes with the first error.
    expect(await within(alert).findByRole('button', { name: 'Copy Trace ID' })).toBeInTheDocument();
    expect(await headerStatus(token.name)).toBe('Active');
  });

  it('deletes from the page and lands on the grid with its view restored', async () => {
    const token = firstOnPage('Disabled');
    const { user, currentLocation } = renderModule({ search: '?status=Disabled' });
    await user.click(await screen.findByRole('link', { name: token.name }));
    expect(await headerStatus(token.name)).toBe('Disabled');

    await chooseFromPageMenu(user, 'Delete');
    const dialog = await findDialog('Delete API token?');
    expect(dialog).toHaveTextContent('This cannot be undone');
    await user.click(within(dialog).getByRole('button', { name: 'Delete token' }));

    await expectMessage(`API token “${token.name}” deleted.`);
    await waitFor(() => expect(currentLocation()?.pathname).toBe('/portal/settings/api-tokens'));
    expect(currentLocation()?.search).toBe('?status=Disabled');
    // No "token not found" on the way out, and the grid no longer has the row.
    expect(screen.queryByText('Token not found')).not.toBeInTheDocument();
    await findRow(seededTokens('Disabled')[0]?.name ?? '');
    expect(queryRow(token.name)).not.toBeInTheDocument();
    expect(mockBackend.db.getToken(token.id)).toBeUndefined();
  });

  it('stays on the page when the delete fails', async () => {
    const token = firstOnPage('Active');
    const { user, currentLocation } = renderModule({ path: `/${token.id}` });
    await headerStatus(token.name);
    mockBackend.setScenario({ failures: { delete: 'network' } });

    await chooseFromPageMenu(user, 'Delete');
    const dialog = await findDialog('Delete API token?');
    await user.click(within(dialog).getByRole('button', { name: 'Delete token' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The server could not be reached.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(currentLocation()?.pathname).toBe(`/portal/settings/api-tokens/${token.id}/general`);
    expect(await headerStatus(token.name)).toBe('Active');
  });

  it('Edit opens the edit dialog from the page header', async () => {
    const token = firstOnPage('Active');
    const { user } = renderModule({ path: `/${token.id}` });
    await headerStatus(token.name);
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    // The dialog shows a loading state first, then the form (a new dialog element) once the token has loaded.
    await screen.findByRole('dialog', { name: 'Edit API token' });
    expect(await screen.findByRole('textbox', { name: /API token name/ })).toHaveValue(token.name);
  });

  it('Duplicate opens the Add wizard prefilled from this token', async () => {
    const token = firstOnPage('Active');
    const { user, currentLocation } = renderModule({ path: `/${token.id}/details` });
    await headerStatus(token.name);
    await chooseFromPageMenu(user, 'Duplicate');
    await waitFor(() => expect(currentLocation()?.pathname).toBe('/portal/settings/api-tokens/new'));
    expect(new URLSearchParams(currentLocation()?.search).get('from')).toBe(token.id);
  });
});

// The page's title for the host's window (`onTitleChange`): what each screen is called, and the grid's back when a
// dialog over it closes. The module never touches the document's own title.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockBackend } from '../../../mocks/node';
import { renderModule } from '../../support/render-module';
import { speak } from '../../support/language';

afterEach(async () => {
  await speak('en');
});

describe('the page title given to the host', () => {
  it('names the grid, the Add dialog over it, and a token’s page by the token’s name', async () => {
    // What it returns is the host's business (`(title) => (document.title = title)` returns the title).
    const onTitleChange = vi.fn((title: string) => title);
    document.title = 'Host';
    const { user, goBack } = renderModule({ config: { onTitleChange } });
    await screen.findByRole('heading', { name: 'API tokens', level: 1 });
    await waitFor(() => expect(onTitleChange).toHaveBeenLastCalledWith('API tokens'));

    await user.click(screen.getByRole('link', { name: 'Add' }));
    await screen.findByRole('dialog', { name: 'Add API token' });
    await waitFor(() => expect(onTitleChange).toHaveBeenLastCalledWith('Add API token · API tokens'));
    await goBack();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onTitleChange).toHaveBeenLastCalledWith('API tokens');

    const [first] = within(screen.getByRole('table', { name: 'API tokens' })).getAllByRole('link');
    const name = first!.textContent!;
    await user.click(first!);
    await screen.findByRole('heading', { name, level: 1 });
    await waitFor(() => expect(onTitleChange).toHaveBeenLastCalledWith(`${name} · API tokens`));
    expect(document.title).toBe('Host');
  });

  it('opened on the Add dialog, names the dialog, not the grid drawn under it', async () => {
    const onTitleChange = vi.fn((title: string) => title);
    renderModule({ path: '/new', config: { onTitleChange } });
    const dialog = await screen.findByRole('dialog', { name: 'Add API token' });
    await within(dialog).findByRole('textbox', { name: 'API token name' });
    await waitFor(() => expect(onTitleChange).toHaveBeenLastCalledWith('Add API token · API tokens'));
  });

  it('is in the module’s language', async () => {
    const onTitleChange = vi.fn((title: string) => title);
    await speak('de-DE');
    const [token] = mockBackend.db.listTokens();
    renderModule({ path: `/${token!.id}/general`, config: { onTitleChange, locale: 'de-DE' } });
    await screen.findByRole('heading', { name: token!.name, level: 1 });
    await waitFor(() => expect(onTitleChange).toHaveBeenLastCalledWith(`${token!.name} · API-Tokens`));
  });
});

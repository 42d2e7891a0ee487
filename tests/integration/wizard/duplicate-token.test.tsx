import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { delay, http } from 'msw';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { MOUNT_PATH, renderModule } from '../../support/render-module';
import { chooseFromRowMenu } from '../actions/action-helpers';
import {
  API_TOKENS_PATH,
  captureRequests,
  currentStep,
  findWizard,
  next,
  installNodeFileApis,
} from './wizard-support';

installNodeFileApis();

/**
 * The wizard once the token to copy (and its logo) have loaded: the same dialog, its loading view replaced by the
 * form. The file's first test also loads the wizard's code, which a busy machine takes seconds for.
 */
async function findPrefilledWizard() {
  await screen.findByRole('textbox', { name: 'API token name' }, { timeout: 10_000 });
  return findWizard();
}

describe('Duplicate token: the Add wizard prefilled from a token', () => {
  test('a name at the limit is shortened to leave room for "(copy)", so Next takes it as prefilled', async () => {
    const original = mockBackend.db.listTokens()[0]!;
    mockBackend.db.updateToken(original.id, { name: `Build ${'n'.repeat(249)}` });
    const { user } = renderModule({ path: '/new', search: `?from=${original.id}` });
    const dialog = await findPrefilledWizard();
    const name = within(dialog).getByRole('textbox', { name: 'API token name' }) as HTMLInputElement;
    expect(name.value).toMatch(/^Build n+… \(copy\)$/);
    expect(Array.from(name.value)).toHaveLength(255);
    await next(user, dialog);
    await waitFor(() => expect(currentStep(dialog)).toContain('Modules'));
  });

  test('prefills name "(copy)", description, modules and the logo; creates a separate token', async () => {
    const original = mockBackend.db.listTokens().find((token) => token.icon && token.description);
    if (!original) throw new Error('the seed has a token with a logo and a description');
    const posts = captureRequests('POST', API_TOKENS_PATH);
    const before = mockBackend.db.tokenCount();

    const { user, currentLocation } = renderModule({
      path: '/new',
      search: `?from=${original.id}&status=Active`,
    });
    const dialog = await findPrefilledWizard();
    const name = within(dialog).getByRole('textbox', { name: 'API token name' });
    expect(name).toHaveValue(`${original.name} (copy)`);
    expect(within(dialog).getByRole('textbox', { name: 'Description' })).toHaveValue(original.description);
    expect(
      within(dialog).getByText(new RegExp(`Prefilled from “${original.name.replace(/[()]/g, '\\$&')}”`)),
    ).toBeInTheDocument();
    // The logo is offered as a file of its own, so the copy does not depend on the original's.
    expect(within(dialog).getByRole('img', { name: 'Logo preview' })).toBeInTheDocument();
    expect(within(dialog).getByText(/^Chosen: .+\.png$/)).toBeInTheDocument();

    await next(user, dialog);
    for (const module of original.modules) {
      expect(await within(dialog).findByRole('checkbox', { name: module.name })).toBeChecked();
    }
    const checked = within(dialog)
      .getAllByRole('checkbox')
      .filter((box) => (box as HTMLInputElement).checked);
    expect(checked).toHaveLength(original.modules.length);

    // Nothing is created before Add on Overview.
    expect(posts.count).toBe(0);
    await next(user, dialog);
    await waitFor(() => expect(currentStep(dialog)).toContain('Overview'));
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(currentStep(dialog)).toContain('Summary'));

    const [post] = await posts.all();
    expect(post?.contentType).toMatch(/^multipart\/form-data/);
    expect(post?.body).toEqual({
      name: `${original.name} (copy)`,
      description: original.description,
      modules: original.modules.map((module) => ({ id: module.id })),
    });
    expect(post?.icon?.type).toBe('image/png');
    expect(mockBackend.db.tokenCount()).toBe(before + 1);

    const secret = (within(dialog).getByRole('textbox', { name: 'API token' }) as HTMLInputElement).value;
    const copyId = secret.split(':')[1] ?? '';
    expect(copyId).not.toBe(original.id);
    const copy = mockBackend.db.getToken(copyId);
    expect(copy?.icon).toContain(copyId);
    expect(mockBackend.db.getIcon(copyId)?.bytes).toEqual(mockBackend.db.getIcon(original.id)?.bytes);

    // The secret was not copied, so Close asks first.
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await user.click(await screen.findByRole('button', { name: 'Close anyway' }));
    await waitFor(() => expect(currentLocation()?.pathname).toBe(MOUNT_PATH));
    expect(currentLocation()?.search).toBe('?status=Active');
  });

  test('an unchanged prefilled copy closes without asking', async () => {
    const original = mockBackend.db.listTokens().find((token) => !token.icon);
    const { user, currentLocation } = renderModule({ path: '/new', search: `?from=${original?.id}` });
    const dialog = await findPrefilledWizard();
    expect(within(dialog).getByRole('textbox', { name: 'API token name' })).toHaveValue(
      `${original?.name} (copy)`,
    );
    await user.keyboard('{Escape}');
    await waitFor(() => expect(currentLocation()?.pathname).toBe(MOUNT_PATH));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  test('the token being copied is deleted meanwhile: the form and what was typed stay', async () => {
    const original = mockBackend.db.listTokens().find((token) => !token.icon);
    if (!original?.id) throw new Error('the seed has a token without a logo');
    const { user, queryClient } = renderModule({ path: '/new', search: `?from=${original.id}` });
    const dialog = await findPrefilledWizard();
    const name = within(dialog).getByRole('textbox', { name: 'API token name' });
    await user.clear(name);
    await user.type(name, 'Typed before the source went');

    // Someone deletes the source; the module reads it again (as a refetch on focus would) and gets a 404.
    mockBackend.db.deleteToken(original.id);
    await queryClient.refetchQueries({ predicate: (query) => query.queryKey.includes(original.id ?? '') });
    await waitFor(() =>
      expect(
        queryClient.getQueryCache().findAll({ predicate: (query) => query.state.status === 'error' }),
      ).not.toHaveLength(0),
    );

    expect(within(dialog).queryByText('Could not load the API token to duplicate')).toBeNull();
    expect(within(dialog).getByRole('textbox', { name: 'API token name' })).toHaveValue(
      'Typed before the source went',
    );
  });

  test('a logo that never arrives is given up at the read deadline: the form opens without it, and says so', async () => {
    const original = mockBackend.db.listTokens().find((token) => token.icon);
    if (!original?.id) throw new Error('the seed has a token with a logo');
    let asked = false;
    server.use(
      http.get(`${TEST_API_BASE_URL}/public/v1/accounts/api-tokens/:id/icon`, async () => {
        asked = true;
        await delay('infinite');
      }),
    );
    renderModule({ path: '/new', search: `?from=${original.id}`, config: { requestTimeoutMs: 500 } });
    const dialog = await findWizard();
    await waitFor(() => expect(asked).toBe(true));
    expect(
      within(dialog).getByRole('status', { name: 'Loading the token to duplicate…' }),
    ).toBeInTheDocument();
    expect(await within(dialog).findByRole('textbox', { name: 'API token name' })).toHaveValue(
      `${original.name} (copy)`,
    );
    expect(
      within(dialog).getByText(/The logo of the original token could not be copied/),
    ).toBeInTheDocument();
  });

  test('an unknown token to copy says so and offers an empty form', async () => {
    const { user, currentLocation } = renderModule({ path: '/new', search: '?from=TKN-0000-0404&page=2' });
    const dialog = await findWizard();
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the API token to duplicate');
    await user.click(within(alert).getByRole('button', { name: 'Start with an empty form' }));
    await waitFor(() => expect(currentLocation()?.search).toBe('?page=2'));
    expect(currentLocation()?.pathname).toBe(`${MOUNT_PATH}/new`);
    expect(await within(await findWizard()).findByRole('textbox', { name: 'API token name' })).toHaveValue(
      '',
    );
  });

  test('Duplicate in the grid row menu opens the prefilled wizard', async () => {
    const { user, currentLocation } = renderModule({ search: '?status=Active' });
    const first = [...mockBackend.db.listTokens()]
      .filter((token) => token.status === 'Active')
      .sort((a, b) => b.audit.created.at.localeCompare(a.audit.created.at))[0];
    if (!first) throw new Error('the seed has an active token');
    await chooseFromRowMenu(user, first.name, 'Duplicate');
    const dialog = await findPrefilledWizard();
    expect(within(dialog).getByRole('textbox', { name: 'API token name' })).toHaveValue(
      `${first.name} (copy)`,
    );
    expect(currentLocation()?.pathname).toBe(`${MOUNT_PATH}/new`);
    expect(new URLSearchParams(currentLocation()?.search).get('from')).toBe(first.id);
    expect(new URLSearchParams(currentLocation()?.search).get('status')).toBe('Active');
  });
});

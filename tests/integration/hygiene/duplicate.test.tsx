// "Duplicate token" end to end (issue 8): from the detail page's dropdown or the row menu, through the
// prefilled Add wizard, to a separate token with its own secret that the grid and the counters show.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockBackend } from '../../../mocks/node';
import { MOUNT_PATH, renderModule } from '../../support/render-module';
import { chooseFromRowMenu, firstPageTokens } from '../actions/action-helpers';
import { visibleNames } from '../grid/grid-helpers';
import {
  API_TOKENS_PATH,
  captureRequests,
  currentStep,
  findWizard,
  installNodeFileApis,
  next,
  serializedQueryCache,
} from '../wizard/wizard-support';
import { counter, expectedCounts, findStrip, freezeDate } from './hygiene-support';

installNodeFileApis();
freezeDate();

async function findPrefilledWizard() {
  // The lazy wizard loads, then the token to copy and its logo; the form appears after both.
  await screen.findByRole('textbox', { name: 'API token name' }, { timeout: 10_000 });
  return findWizard();
}

describe('Duplicate token', () => {
  it('from the detail dropdown: prefilled wizard, nothing sent before Add, a new token with its own secret', async () => {
    const original = mockBackend.db.listTokens().find((t) => t.icon && t.description && t.modules.length > 1);
    if (!original) throw new Error('the seed has a token with a logo, a description and modules');
    const posts = captureRequests('POST', API_TOKENS_PATH);
    const tokensBefore = mockBackend.db.tokenCount();
    const countsBefore = expectedCounts();

    const { user, currentLocation, queryClient } = renderModule({ path: `/${original.id}/general` });
    await user.click(await screen.findByRole('button', { name: 'More actions' }, { timeout: 10_000 }));
    await user.click(await screen.findByRole('menuitem', { name: 'Duplicate' }));

    const dialog = await findPrefilledWizard();
    expect(currentLocation()?.pathname).toBe(`${MOUNT_PATH}/new`);
    expect(new URLSearchParams(currentLocation()?.search).get('from')).toBe(original.id);

    // General: "<name> (copy)", the description, and the logo offered as a file of its own.
    expect(within(dialog).getByRole('textbox', { name: 'API token name' })).toHaveValue(
      `${original.name} (copy)`,
    );
    expect(within(dialog).getByRole('textbox', { name: 'Description' })).toHaveValue(original.description);
    expect(within(dialog).getByRole('img', { name: 'Logo preview' })).toBeInTheDocument();

    // Modules: exactly the original's.
    await next(user, dialog);
    for (const module of original.modules)
      expect(await within(dialog).findByRole('checkbox', { name: module.name })).toBeChecked();
    expect(
      within(dialog)
        .getAllByRole('checkbox')
        .filter((box) => (box as HTMLInputElement).checked),
    ).toHaveLength(original.modules.length);

    // Overview: still nothing created.
    await next(user, dialog);
    await waitFor(() => expect(currentStep(dialog)).toContain('Overview'));
    expect(within(dialog).getByText(`${original.name} (copy)`)).toBeInTheDocument();
    expect(posts.count).toBe(0);
    expect(mockBackend.db.tokenCount()).toBe(tokensBefore);

    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(currentStep(dialog)).toContain('Summary'));
    expect(posts.count).toBe(1);
    expect(mockBackend.db.tokenCount()).toBe(tokensBefore + 1);

    // The copy's own secret, shown once, here only.
    const secret = (within(dialog).getByRole('textbox', { name: 'API token' }) as HTMLInputElement).value;
    const copyId = secret.split(':')[1] ?? '';
    expect(secret).toMatch(/^idt:TKN-\d{4}-\d{4}:/);
    expect(copyId).not.toBe(original.id);
    expect(secret).toBe(mockBackend.db.getSecret(copyId));
    expect(secret).not.toBe(mockBackend.db.getSecret(original.id));
    const copy = mockBackend.db.getToken(copyId);
    expect(copy).toMatchObject({
      name: `${original.name} (copy)`,
      description: original.description,
      status: 'Active',
      lastAccessAt: null,
    });
    expect(copy?.modules.map((m) => m.id).sort()).toEqual(original.modules.map((m) => m.id).sort());
    // The original is untouched.
    expect(mockBackend.db.getToken(original.id)).toEqual(original);

    // The secret was not copied, so Close asks first.
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await user.click(await screen.findByRole('button', { name: 'Close anyway' }));
    await waitFor(() => expect(currentLocation()?.pathname).toBe(MOUNT_PATH));
    expect(currentLocation()?.search).toBe('');

    // The grid (newest first) lists the copy on top, and the counters already count it.
    await waitFor(() => expect(visibleNames()[0]).toBe(`${original.name} (copy)`));
    await findStrip();
    const countsAfter = expectedCounts();
    expect(countsAfter.Active).toBe(countsBefore.Active + 1);
    expect(countsAfter['Never used']).toBe(countsBefore['Never used'] + 1);
    await waitFor(() => expect(counter('Active')).toHaveAccessibleName(`Active: ${countsAfter.Active}`));
    expect(counter('Never used')).toHaveAccessibleName(`Never used: ${countsAfter['Never used']}`);

    // Once closed, the secret is gone: not on screen, not in the cache, not in the URL.
    expect(screen.queryByDisplayValue(secret)).not.toBeInTheDocument();
    expect(serializedQueryCache(queryClient)).not.toContain(secret);
    expect(currentLocation()?.search ?? '').not.toContain('idt:');
    // The whole journey (lazy wizard, logo copy, four steps, the grid again) outlasts the default on a busy machine.
  }, 40_000);

  it('from the row menu: closing the wizard without Add creates nothing', async () => {
    const original = firstPageTokens()[0];
    if (!original) throw new Error('the seed has tokens');
    const posts = captureRequests('POST', API_TOKENS_PATH);
    const tokensBefore = mockBackend.db.tokenCount();
    const { user, currentLocation } = renderModule({ search: '?size=25' });

    await chooseFromRowMenu(user, original.name, 'Duplicate');
    const dialog = await findPrefilledWizard();
    expect(within(dialog).getByRole('textbox', { name: 'API token name' })).toHaveValue(
      `${original.name} (copy)`,
    );
    await next(user, dialog);
    await next(user, dialog);
    await waitFor(() => expect(currentStep(dialog)).toContain('Overview'));

    // An untouched copy closes without asking; the grid view is as it was.
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(currentLocation()?.pathname).toBe(MOUNT_PATH));
    expect(currentLocation()?.search).toBe('?size=25');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(posts.count).toBe(0);
    expect(mockBackend.db.tokenCount()).toBe(tokensBefore);
  });
});

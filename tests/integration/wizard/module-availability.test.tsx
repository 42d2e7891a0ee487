// Modules the account lists that a token may not have: one meant for vendor accounts is not offered to this client
// account. `isConfigurable`, deprecated in the contract without a meaning, decides nothing.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { mockBackend } from '../../../mocks/node';
import { renderModule } from '../../support/render-module';
import { findRowMenuButton, firstPageTokens } from '../actions/action-helpers';
import {
  chooseModules,
  currentStep,
  fillGeneral,
  findWizard,
  installNodeFileApis,
  next,
  renderEditDialog,
  serveModulesChanged,
} from './wizard-support';

installNodeFileApis();

function descriptionOf(element: HTMLElement): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('Module picker: modules a token may not have', () => {
  test('Add: a module for another type of account is not offered', async () => {
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    // The grid behind the wizard has read the account's tokens, and with them the account's type.
    await findRowMenuButton(firstPageTokens()[0]?.name as string);
    await fillGeneral(user, dialog, { name: 'Robot' });
    await next(user, dialog);
    await within(dialog).findByRole('checkbox', { name: 'Access Management' });

    expect(within(dialog).queryByRole('checkbox', { name: 'Product Publishing' })).toBeNull();

    // Select all takes what is offered, and the count is of those.
    await user.click(within(dialog).getByRole('button', { name: 'Select all' }));
    expect(within(dialog).getByText('12 of 12 selected')).toBeInTheDocument();
  });

  test('Add: a module the API lists with isConfigurable false is offered and can be chosen like any other', async () => {
    // The field is deprecated in the contract and its meaning not given: it may come back false for any module.
    serveModulesChanged((module) =>
      module.id === 'MOD-1756'
        ? { ...module, isConfigurable: false, settings: { ...module.settings, configurable: false } }
        : module,
    );
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await findRowMenuButton(firstPageTokens()[0]?.name as string);
    await fillGeneral(user, dialog, { name: 'Robot' });
    await next(user, dialog);

    const access = await within(dialog).findByRole('checkbox', { name: 'Access Management' });
    expect(access).toBeEnabled();
    await user.click(access);
    expect(access).toBeChecked();
    expect(within(dialog).getByText('1 of 12 selected')).toBeInTheDocument();

    await next(user, dialog);
    await waitFor(() => expect(currentStep(dialog)).toContain('Overview'));
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() =>
      expect(
        mockBackend.db
          .listTokens()
          .find((t) => t.name === 'Robot')
          ?.modules.map((m) => m.id),
      ).toEqual(['MOD-1756']),
    );
  });

  test('Add: on an account whose type is not known yet, the server’s refusal shows on the Modules step', async () => {
    mockBackend.reset({ dataset: 'empty' });
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await fillGeneral(user, dialog, { name: 'Publisher' });
    await next(user, dialog);
    await chooseModules(user, dialog, ['Product Publishing']);
    await next(user, dialog);
    await user.click(await within(dialog).findByRole('button', { name: 'Add' }));

    await waitFor(() => expect(currentStep(dialog)).toContain('Modules'));
    const box = within(dialog).getByRole('checkbox', { name: 'Product Publishing' });
    expect(descriptionOf(box)).toContain('Module MOD-3287 is not available to Client accounts.');
    expect(mockBackend.db.listTokens()).toHaveLength(0);
  });

  test('Edit: the token’s account type decides what is offered', async () => {
    const token = mockBackend.db.listTokens()[0];
    if (!token) throw new Error('no seeded token');
    const { user } = renderEditDialog({ token: { id: token.id, name: token.name } });
    await screen.findByRole('textbox', { name: 'API token name' });
    const dialog = screen.getByRole('dialog', { name: 'Edit API token' });
    await user.click(within(dialog).getByRole('button', { name: /Modules/ }));
    await within(dialog).findByRole('checkbox', { name: 'Access Management' });

    expect(within(dialog).queryByRole('checkbox', { name: 'Product Publishing' })).toBeNull();
  });

  test('Edit: a module the token may no longer have can be unticked, and the server’s refusal of it is heard on it', async () => {
    const token = mockBackend.db.listTokens()[0];
    if (!token) throw new Error('no seeded token');
    // Given to the token before the module was for vendor accounts only.
    const before = token.modules.map((m) => m.id);
    mockBackend.db.updateToken(token.id, { moduleIds: [...before, 'MOD-3287'] });
    const { user } = renderEditDialog({ token: { id: token.id, name: token.name } });
    await screen.findByRole('textbox', { name: 'API token name' });
    const dialog = screen.getByRole('dialog', { name: 'Edit API token' });
    await user.click(within(dialog).getByRole('button', { name: /Modules/ }));
    const kept = await within(dialog).findByRole('checkbox', {
      name: 'Product Publishing (no longer available)',
    });
    expect(kept).toBeChecked();

    // A change elsewhere in the list sends the modules, this one among them.
    const other = mockBackend.db
      .listModules()
      .find((m) => m.accountTypes.includes('Client') && !before.includes(m.id));
    await user.click(within(dialog).getByRole('checkbox', { name: other?.name }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const message = 'Module MOD-3287 is not available to Client accounts.';
    await waitFor(() => expect(kept).toHaveAttribute('aria-invalid', 'true'));
    expect(descriptionOf(kept)).toContain(message);

    await user.click(kept);
    expect(kept).not.toBeInTheDocument();
  });
});

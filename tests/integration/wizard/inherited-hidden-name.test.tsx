// A token saved with a hidden character in its name (by another client of the API, or before the rule): Edit
// keeps it without asking for a rename, and Duplicate and Rotate, which make a new token, offer to remove it
// before the name is refused (docs/product-rules.md, 'Create and edit').
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { mockBackend } from '../../../mocks/node';
import { speak } from '../../support/language';
import { renderModule } from '../../support/render-module';
import { findCreateNewToken } from '../rotate/rotate-support';
import {
  API_TOKENS_PATH,
  captureRequests,
  currentStep,
  findWizard,
  installNodeFileApis,
  next,
  renderEditDialog,
  tokenPath,
} from './wizard-support';

installNodeFileApis();

const SLOW = { timeout: 20_000 };
const REMOVE = 'Remove hidden characters';

/** A seeded token renamed in the store, as the API would have it from another client. */
function tokenNamed(name: string) {
  const token = mockBackend.db.listTokens().find((t) => t.status === 'Active' && t.description);
  if (!token) throw new Error('the seed has an active token with a description');
  mockBackend.db.updateToken(token.id, { name });
  return { ...token, name };
}

async function findNameField(dialog?: HTMLElement) {
  const scope = dialog ? within(dialog) : screen;
  return scope.findByRole('textbox', { name: 'API token name' }, SLOW);
}

describe('Edit: a saved name with a hidden character', () => {
  test('is kept without an error: a note names the character, and a description change saves', async () => {
    const token = tokenNamed('Build\u200Bbot');
    const puts = captureRequests('PUT', tokenPath(token.id));
    const { user, onOpenChange, notify } = renderEditDialog({ token: { id: token.id, name: token.name } });
    const name = await findNameField();
    const dialog = screen.getByRole('dialog', { name: 'Edit API token' });
    expect(name).toHaveValue('Build\u200Bbot');
    expect(name).toHaveAccessibleDescription(
      expect.stringContaining(
        'The saved name contains a hidden character (zero-width space). You can save the token with it, or remove it.',
      ),
    );
    expect(within(dialog).getByRole('button', { name: REMOVE })).toBeInTheDocument();

    const description = within(dialog).getByRole('textbox', { name: 'Description' });
    await user.clear(description);
    await user.type(description, 'Nightly builds');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false), SLOW);
    expect(name).not.toHaveAttribute('aria-invalid');
    const [put] = await puts.all();
    // The name is not sent: the API keeps it as it is.
    expect(put?.body).toEqual({ description: 'Nightly builds' });
    expect(mockBackend.db.getToken(token.id)).toMatchObject({
      name: 'Build\u200Bbot',
      description: 'Nightly builds',
    });
    expect(notify).toHaveBeenCalledWith('API token “Build\u200Bbot” was saved.', { tone: 'success' });
  });

  test('Remove takes the characters out of the field, a blank one as a space; Save then renames', async () => {
    const token = tokenNamed('Build\u3164bot\u200B');
    const puts = captureRequests('PUT', tokenPath(token.id));
    const { user, onOpenChange } = renderEditDialog({ token: { id: token.id, name: token.name } });
    const name = await findNameField();
    const dialog = screen.getByRole('dialog', { name: 'Edit API token' });
    // The first one found is named.
    expect(name).toHaveAccessibleDescription(/hidden character \(Hangul filler\)/);

    await user.click(within(dialog).getByRole('button', { name: REMOVE }));
    expect(name).toHaveValue('Build bot');
    // The button went with the note: focus is on the field it changed.
    expect(name).toHaveFocus();
    expect(within(dialog).queryByRole('button', { name: REMOVE })).not.toBeInTheDocument();
    expect(name).not.toHaveAccessibleDescription(/hidden character/);

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false), SLOW);
    const [put] = await puts.all();
    expect(put?.body).toEqual({ name: 'Build bot' });
    expect(mockBackend.db.getToken(token.id)?.name).toBe('Build bot');
  });

  test('a hidden character in a changed name is still refused; the saved name typed back is not', async () => {
    const token = tokenNamed('Build\u200Bbot');
    const puts = captureRequests('PUT', tokenPath(token.id));
    const { user } = renderEditDialog({ token: { id: token.id, name: token.name } });
    const name = await findNameField();
    const dialog = screen.getByRole('dialog', { name: 'Edit API token' });

    fireEvent.change(name, { target: { value: 'Build\u200Bbots' } });
    // Changed, the name is no longer the saved one: no note, and Save checks it as any typed name.
    expect(within(dialog).queryByRole('button', { name: REMOVE })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription(
      expect.stringContaining('Remove the hidden character (zero-width space) from the name.'),
    );

    fireEvent.change(name, { target: { value: 'Build\u200Bbot' } });
    await waitFor(() => expect(name).not.toHaveAttribute('aria-invalid'));
    expect(within(dialog).getByRole('button', { name: REMOVE })).toBeInTheDocument();
    expect(puts.count).toBe(0);
  });
});

describe('Edit: a saved name that breaks another rule of names', () => {
  test.each([
    [
      'longer than 255 characters',
      'N'.repeat(300),
      'x'.repeat(256),
      'The name can be at most 255 characters.',
    ],
    ['with nothing visible', '\u200B\u2060', '\u200B', 'Enter a name with visible characters.'],
  ])('%s is kept as well; changed, it meets the rule', async (_what, saved, typed, message) => {
    const token = tokenNamed(saved);
    const puts = captureRequests('PUT', tokenPath(token.id));
    const { user, onOpenChange } = renderEditDialog({ token: { id: token.id, name: token.name } });
    const name = await findNameField();
    const dialog = screen.getByRole('dialog', { name: 'Edit API token' });

    fireEvent.change(name, { target: { value: typed } });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(puts.count).toBe(0);

    fireEvent.change(name, { target: { value: saved } });
    const description = within(dialog).getByRole('textbox', { name: 'Description' });
    await user.clear(description);
    await user.type(description, 'Kept name');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false), SLOW);
    const [put] = await puts.all();
    expect(put?.body).toEqual({ description: 'Kept name' });
    expect(mockBackend.db.getToken(token.id)).toMatchObject({ name: saved, description: 'Kept name' });
  });
});

describe('in German', () => {
  test("the note and its button are in the page's language", async () => {
    await speak('de-CH');
    const token = tokenNamed('Build\u200Bbot');
    const { user } = renderEditDialog({
      token: { id: token.id, name: token.name },
      config: { locale: 'de-CH' },
    });
    const name = await screen.findByRole('textbox', { name: /Name des API-Tokens/ }, SLOW);
    expect(name).toHaveAccessibleDescription(
      expect.stringContaining(
        'Der gespeicherte Name enthält ein unsichtbares Zeichen (Leerzeichen ohne Breite). Sie können das API-Token damit speichern oder es entfernen.',
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Unsichtbare Zeichen entfernen' }));
    expect(name).toHaveValue('Buildbot');
  });
});

describe('Duplicate and Rotate: a copied name with a hidden character', () => {
  test('Duplicate says so at once and refuses it on Next; Remove clears the way', async () => {
    const original = tokenNamed('Build\u200Bbot');
    const { user } = renderModule({ path: '/new', search: `?from=${original.id}` });
    const name = await findNameField();
    const dialog = await findWizard();
    expect(name).toHaveValue('Build\u200Bbot (copy)');
    expect(name).toHaveAccessibleDescription(
      expect.stringContaining(
        'The copied name contains a hidden character (zero-width space), which the name of a new token cannot have.',
      ),
    );

    await next(user, dialog);
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription(
      /Remove the hidden character \(zero-width space\) from the name\./,
    );
    expect(currentStep(dialog)).toContain('General');

    await user.click(within(dialog).getByRole('button', { name: REMOVE }));
    expect(name).toHaveValue('Buildbot (copy)');
    expect(name).toHaveFocus();
    await waitFor(() => expect(name).not.toHaveAttribute('aria-invalid'));
    await next(user, dialog);
    await waitFor(() => expect(currentStep(dialog)).toContain('Modules'));
  });

  test('Rotate says so before Create, sends nothing with it, and creates the token once it is removed', async () => {
    const old = tokenNamed('Build\u200Bbot');
    const posts = captureRequests('POST', API_TOKENS_PATH);
    const { user } = renderModule({ path: `/${old.id}/general` });
    await screen.findByRole('heading', { level: 1, name: old.name }, SLOW);
    await user.click(screen.getByRole('button', { name: 'More actions' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Rotate…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rotate API token' }, SLOW);
    const name = await findNameField(dialog);
    expect(name).toHaveAccessibleDescription(
      /^The copied name contains a hidden character \(zero-width space\)/,
    );

    const create = await findCreateNewToken(dialog);
    await user.click(create);
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription(
      /Remove the hidden character \(zero-width space\) from the name\./,
    );
    expect(posts.count).toBe(0);

    await user.click(within(dialog).getByRole('button', { name: REMOVE }));
    expect(name).toHaveValue('Buildbot');
    await user.click(create);
    await within(dialog).findByRole('textbox', { name: 'API token' }, SLOW);
    const [post] = await posts.all();
    expect(post?.body).toMatchObject({ name: 'Buildbot' });
  });
});

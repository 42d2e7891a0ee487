import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { MOUNT_PATH, renderModule } from '../../support/render-module';
import { currentStep, findWizard, goToOverview, installNodeFileApis } from './wizard-support';

installNodeFileApis();

const secureContext = Object.getOwnPropertyDescriptor(window, 'isSecureContext');
afterEach(() => {
  if (secureContext) Object.defineProperty(window, 'isSecureContext', secureContext);
  else delete (window as { isSecureContext?: boolean }).isSecureContext;
  vi.restoreAllMocks();
});

const NOT_COPIED = 'Close without copying the API token?';

/** Creates a token and waits for the Summary; returns the secret on screen. */
async function reachSummary(user: UserEvent, dialog: HTMLElement): Promise<string> {
  await goToOverview(user, dialog, 'Summary guard', ['Billing']);
  await user.click(within(dialog).getByRole('button', { name: 'Add' }));
  await waitFor(() => expect(currentStep(dialog)).toContain('Summary'));
  const secret = (within(dialog).getByRole('textbox', { name: 'API token' }) as HTMLInputElement).value;
  expect(secret).not.toBe('');
  return secret;
}

/** The copy button, with the Clipboard API answering `ok`. */
async function copySecret(user: UserEvent, dialog: HTMLElement, ok: boolean) {
  // jsdom does not say it is a secure context; the Clipboard API only exists in one.
  Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
  const writeText = vi.spyOn(navigator.clipboard, 'writeText');
  if (ok) writeText.mockResolvedValue();
  else writeText.mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
  await user.click(within(dialog).getByRole('button', { name: 'Copy API token' }));
  const result = ok ? 'Copied' : /Copying failed/;
  expect(await within(dialog).findByText(result)).toBeInTheDocument();
}

function expectSecretShown(dialog: HTMLElement, secret: string) {
  expect(screen.getByRole('dialog', { name: 'Add API token' })).toBe(dialog);
  expect(currentStep(dialog)).toContain('Summary');
  expect(within(dialog).getByRole('textbox', { name: 'API token' })).toHaveValue(secret);
}

describe('Add API token wizard: the Summary holds the secret', () => {
  test('Escape keeps the summary and the secret on screen, before and after copying', async () => {
    const { user, currentLocation } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    const secret = await reachSummary(user, dialog);

    await user.keyboard('{Escape}');
    expectSecretShown(dialog, secret);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    // Even once copied: Escape is not a deliberate choice to let go of the value.
    await copySecret(user, dialog, true);
    await user.keyboard('{Escape}');
    expectSecretShown(dialog, secret);
    expect(currentLocation()?.pathname).toBe(`${MOUNT_PATH}/new`);
  });

  test('Close before copying asks first; going back keeps the secret, closing anyway closes', async () => {
    const { user, currentLocation } = renderModule({ path: '/new', search: '?q=robot' });
    const dialog = await findWizard();
    const secret = await reachSummary(user, dialog);

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    const confirm = await screen.findByRole('alertdialog', { name: NOT_COPIED });
    expect(confirm).toHaveAccessibleDescription(
      'You have not copied the API token. It cannot be shown again.',
    );
    const back = within(confirm).getByRole('button', { name: 'Back to the summary' });
    await waitFor(() => expect(back).toHaveFocus());

    await user.click(back);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expectSecretShown(dialog, secret);

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    const again = await screen.findByRole('alertdialog', { name: NOT_COPIED });
    await user.click(within(again).getByRole('button', { name: 'Close anyway' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Add API token' })).not.toBeInTheDocument(),
    );
    expect(currentLocation()?.pathname).toBe(MOUNT_PATH);
    expect(currentLocation()?.search).toBe('?q=robot');
    expect(document.body.textContent).not.toContain(secret);
  });

  test('a failed copy does not count: Close still asks', async () => {
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await reachSummary(user, dialog);
    await copySecret(user, dialog, false);

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(await screen.findByRole('alertdialog', { name: NOT_COPIED })).toBeInTheDocument();
  });

  test('with the Clipboard API refused, the fallback copies the secret itself, though the dialog holds focus', async () => {
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    const secret = await reachSummary(user, dialog);
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Denied', 'NotAllowedError'),
    );
    // As a browser does: "copy" copies the selection of what has focus, and reports success whatever that is.
    let copied: string | null = null;
    const execCommand = vi.fn((command: string) => {
      const active = document.activeElement;
      copied =
        command === 'copy' && active instanceof HTMLTextAreaElement
          ? active.value.slice(active.selectionStart, active.selectionEnd)
          : '';
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    try {
      await user.click(within(dialog).getByRole('button', { name: 'Copy API token' }));
      expect(await within(dialog).findByText('Copied')).toBeInTheDocument();
      expect(copied).toBe(secret);
    } finally {
      delete (document as { execCommand?: unknown }).execCommand;
    }
  });

  test('the value copied by hand, whole, counts as copied; a part of it does not', async () => {
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    const secret = await reachSummary(user, dialog);
    const field = within(dialog).getByRole('textbox', { name: 'API token' }) as HTMLInputElement;

    // Part of it (a mouse selection that missed the end) is not the token.
    field.focus();
    field.setSelectionRange(0, secret.length - 3);
    fireEvent.copy(field);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    const confirm = await screen.findByRole('alertdialog', { name: NOT_COPIED });
    await user.click(within(confirm).getByRole('button', { name: 'Back to the summary' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());

    // Focus selects it all, as after a failed copy the message asks; Ctrl+C then copies the whole value.
    field.blur();
    field.focus();
    fireEvent.copy(field);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Add API token' })).not.toBeInTheDocument(),
    );
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  test('after copying, Close closes at once', async () => {
    const { user, currentLocation } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await reachSummary(user, dialog);
    await copySecret(user, dialog, true);

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Add API token' })).not.toBeInTheDocument(),
    );
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(currentLocation()?.pathname).toBe(MOUNT_PATH);
  });

  test('before the Summary, Escape still asks about unsaved input, and closes a clean form at once', async () => {
    const { user, currentLocation } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await goToOverview(user, dialog, 'Half done', ['Billing']);

    await user.keyboard('{Escape}');
    const confirm = await screen.findByRole('alertdialog', { name: 'Discard changes?' });
    await user.click(within(confirm).getByRole('button', { name: 'Discard' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Add API token' })).not.toBeInTheDocument(),
    );
    expect(currentLocation()?.pathname).toBe(MOUNT_PATH);

    renderModule({ path: '/new' });
    await findWizard();
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Add API token' })).not.toBeInTheDocument(),
    );
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});

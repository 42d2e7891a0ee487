import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, onTestFinished, test } from 'vitest';
import { mockBackend, server } from '../../../mocks/node';
import { PORTAL_MODULE_PATH } from '../../host/portal-host';
import { firstPageTokens } from '../actions/action-helpers';
import {
  TOKENS_URL,
  WAIT,
  holdCreate,
  leavingAsks,
  mountings,
  type Mounted,
} from '../wizard/interrupted-support';
import { serializedQueryCache } from '../wizard/wizard-support';
import { findCreateNewToken } from './rotate-support';

// docs/product-rules.md, 'The secret': Rotate makes a new token, and its secret is shown exactly once even when
// the admin leaves the token's page while the new token is being made, as the Add wizard's is.

function activeToken() {
  const token = firstPageTokens().find((t) => t.status === 'Active');
  if (!token?.id || !token.name) throw new Error('the first page has no active token');
  return { id: token.id, name: token.name };
}

/** The token a rotation of `oldId` made: its description names the old token. */
function replacementOf(oldId: string) {
  return mockBackend.db.listTokens().find((t) => t.id !== oldId && t.description?.includes(oldId));
}

/** On the old token's page: Rotate…, then Create new token; resolves once the create is at the (held) server. */
async function startRotation(
  module: Mounted,
  old: { id: string; name: string },
  hold: ReturnType<typeof holdCreate>,
) {
  const user = userEvent.setup();
  await module.go(`${PORTAL_MODULE_PATH}/${old.id}`);
  expect(await screen.findByRole('heading', { name: old.name, level: 1 }, WAIT)).toBeInTheDocument();
  await user.click(await screen.findByRole('button', { name: 'More actions' }, WAIT));
  await user.click(await screen.findByRole('menuitem', { name: 'Rotate…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Rotate API token' }, WAIT);
  await within(dialog).findByRole('textbox', { name: 'API token name' }, WAIT);
  expect(leavingAsks()).toBe(false);
  await user.click(await findCreateNewToken(dialog));
  await waitFor(() => expect(hold.arrived()).toBe(true), WAIT);
  return user;
}

describe.each(mountings)('an interrupted rotation, $style', ({ mount }) => {
  test('Back while the new token is made: its secret shows over the grid, exactly once', async () => {
    const old = activeToken();
    const hold = holdCreate();
    const module = mount();
    const user = await startRotation(module, old, hold);
    // Closing or reloading the tab now would lose the new secret: the browser asks first.
    expect(leavingAsks()).toBe(true);

    await module.go(-1);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Rotate API token' })).toBeNull(), WAIT);
    expect(module.pathname()).toBe(PORTAL_MODULE_PATH);
    hold.release();
    const secret = await hold.secret;
    expect(secret).toMatch(/^idt:TKN-\d{4}-\d{4}:.+/);

    const summary = await screen.findByRole('dialog', { name: 'Rotate API token' }, WAIT);
    const created = replacementOf(old.id);
    expect(created?.id).toBeTruthy();
    expect(summary).toHaveTextContent(`(${created?.id}) was added.`);
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    const fields = screen.getAllByRole('textbox', { name: 'API token' });
    expect(fields).toHaveLength(1);
    expect(fields[0]).toHaveValue(secret);
    expect(module.pathname()).toBe(PORTAL_MODULE_PATH);
    // Not let go of yet: closing the tab, or leaving the page, still asks.
    expect(leavingAsks()).toBe(true);

    // View details opens the new token's page, and the secret goes with the dialog.
    await user.click(within(summary).getByRole('button', { name: 'View details' }));
    await waitFor(() =>
      expect(module.pathname()).toMatch(new RegExp(`^${PORTAL_MODULE_PATH}/${created?.id}`)),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), WAIT);
    expect(leavingAsks()).toBe(false);
    expect(document.body.innerHTML).not.toContain(secret);
    expect(serializedQueryCache(module.queryClient)).not.toContain(secret);
    expect(JSON.stringify(module.notify.mock.calls)).not.toContain(secret);
  });

  test('the module is unmounted while the new token is made: the host is warned, without the secret', async () => {
    const old = activeToken();
    const hold = holdCreate();
    const module = mount();
    await startRotation(module, old, hold);

    await module.go('/portal/home');
    expect(await screen.findByRole('heading', { name: 'Welcome to the portal' }, WAIT)).toBeInTheDocument();
    expect(leavingAsks()).toBe(true);
    hold.release();
    const secret = await hold.secret;

    await waitFor(() => expect(module.notify).toHaveBeenCalledTimes(1), WAIT);
    const created = replacementOf(old.id);
    const [message, options] = module.notify.mock.calls[0] ?? [];
    expect(options).toEqual({ tone: 'warning' });
    expect(message).toContain(created?.id);
    expect(message).toMatch(/cannot be shown again/);
    expect(message).not.toContain(secret);
    expect(leavingAsks()).toBe(false);
    expect(document.body.innerHTML).not.toContain(secret);
  });

  /**
   * On the old token's page: Rotate, Create new token, Next, Disable old token and its confirmation, the disable's
   * answer held by the mock (`answer` gives it, or the mock's own handler does) until the module is gone.
   */
  async function leaveWhileDisabling(
    module: Mounted,
    old: { id: string; name: string },
    answer?: () => Response,
  ) {
    const hold = holdCreate();
    const user = await startRotation(module, old, hold);
    hold.release();
    const dialog = await screen.findByRole('dialog', { name: 'Rotate API token' }, WAIT);
    await user.click(await within(dialog).findByRole('button', { name: 'Next' }, WAIT));
    await user.click(await within(dialog).findByRole('button', { name: 'Disable old token' }, WAIT));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    onTestFinished(() => release());
    let arrived = false;
    server.use(
      http.post(`${TOKENS_URL}/:id/disable`, async () => {
        arrived = true;
        await held;
        return answer?.();
      }),
    );
    const confirm = await screen.findByRole('alertdialog', { name: 'Disable API token?' });
    await user.click(within(confirm).getByRole('button', { name: 'Disable token' }));
    await waitFor(() => expect(arrived).toBe(true), WAIT);

    await module.go('/portal/home');
    expect(await screen.findByRole('heading', { name: 'Welcome to the portal' }, WAIT)).toBeInTheDocument();
    release();
  }

  test('the module is left while the old token is being disabled: the host is told it was', async () => {
    const old = activeToken();
    const module = mount();
    await leaveWhileDisabling(module, old);
    // No step is left to say how it went: the host's notification says it.
    await waitFor(
      () =>
        expect(module.notify).toHaveBeenCalledWith(`API token “${old.name}” disabled.`, { tone: 'success' }),
      WAIT,
    );
    expect(mockBackend.db.getToken(old.id)?.status).toBe('Disabled');
  });

  test('the module is left while the old token is being disabled, which fails: the host is told, and why', async () => {
    const old = activeToken();
    const module = mount();
    await leaveWhileDisabling(module, old, () =>
      HttpResponse.json(
        { title: 'Forbidden', status: 403 },
        { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    );
    await waitFor(
      () =>
        expect(module.notify).toHaveBeenCalledWith(
          `“${old.name}” was not disabled. You do not have permission to do this. Ask an account administrator for access.`,
          { tone: 'error' },
        ),
      WAIT,
    );
    expect(mockBackend.db.getToken(old.id)?.status).toBe('Active');
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, test, vi } from 'vitest';
import { mockBackend, server } from '../../../mocks/node';
import { PORTAL_MODULE_PATH } from '../../host/portal-host';
import {
  TOKENS_URL,
  WAIT,
  createdToken,
  holdCreate,
  leavingAsks,
  mountAsComponent,
  mountings,
} from './interrupted-support';
import { findWizard, goToOverview, serializedQueryCache } from './wizard-support';

// docs/product-rules.md, 'The secret': a create the user walks away from (Back, a link, the host navigating)
// still ends with its secret shown exactly once, wherever the user now is in the module; only when the module
// itself is gone does the host's notify hear of it, with the new token's ID and never its secret.

/** From the grid: Add, fill in the wizard, press Add; resolves once the create is at the (held) server. */
async function startCreate(name: string, hold: ReturnType<typeof holdCreate>) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('link', { name: 'Add' }, WAIT));
  const dialog = await findWizard();
  await goToOverview(user, dialog, name, ['Billing']);
  expect(leavingAsks()).toBe(false);
  await user.click(within(dialog).getByRole('button', { name: 'Add' }));
  await waitFor(() => expect(hold.arrived()).toBe(true), WAIT);
  return { user, dialog };
}

describe.each(mountings)('an interrupted create, $style', ({ mount }) => {
  test('Back while the create runs: the summary shows over the grid, with the secret, exactly once', async () => {
    const hold = holdCreate();
    const module = mount();
    const { user } = await startCreate('Interrupted by Back', hold);
    // Closing or reloading the tab now would lose the secret: the browser asks first.
    expect(leavingAsks()).toBe(true);

    await module.go(-1);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add API token' })).toBeNull(), WAIT);
    expect(module.pathname()).toBe(PORTAL_MODULE_PATH);
    hold.release();
    const secret = await hold.secret;
    expect(secret).toMatch(/^idt:TKN-\d{4}-\d{4}:.+/);

    const summary = await screen.findByRole('dialog', { name: 'Add API token' }, WAIT);
    expect(within(summary).getByRole('heading', { name: /API token added/ })).toBeInTheDocument();
    const token = createdToken('Interrupted by Back');
    expect(token?.status).toBe('Active');
    expect(summary).toHaveTextContent(`“Interrupted by Back” (${token?.id}) was added.`);
    // The ID is kept whole (never broken at a hyphen): an element of its own.
    expect(within(summary).getByText(token?.id ?? '-')).toBeInTheDocument();
    // Once: one dialog, one field with the value, and the grid behind it (the user stays where they went).
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    const fields = screen.getAllByRole('textbox', { name: 'API token' });
    expect(fields).toHaveLength(1);
    expect(fields[0]).toHaveValue(secret);
    expect(module.pathname()).toBe(PORTAL_MODULE_PATH);
    // The secret on screen is not let go of yet: closing the tab, or leaving the page, still asks.
    expect(leavingAsks()).toBe(true);

    // The same summary as the wizard's: Close before copying asks first.
    await user.click(within(summary).getByRole('button', { name: 'Close' }));
    const question = await screen.findByRole('alertdialog', { name: 'Close without copying the API token?' });
    await user.click(within(question).getByRole('button', { name: 'Close anyway' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), WAIT);
    expect(leavingAsks()).toBe(false);

    // Gone for good: not on the page, not in any cache, never told to the host.
    expect(await screen.findByRole('link', { name: 'Interrupted by Back' }, WAIT)).toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain(secret);
    expect(serializedQueryCache(module.queryClient)).not.toContain(secret);
    expect(JSON.stringify(module.notify.mock.calls)).not.toContain(secret);
  });

  test('Forward to the wizard while the module shows the secret: the secret stays in front, the wizard waits', async () => {
    const hold = holdCreate();
    const module = mount();
    const { user } = await startCreate('Forward and back', hold);
    await module.go(-1);
    await waitFor(() => expect(module.pathname()).toBe(PORTAL_MODULE_PATH), WAIT);
    hold.release();
    const secret = await hold.secret;
    const summary = await screen.findByRole('dialog', { name: 'Add API token' }, WAIT);
    expect(within(summary).getByRole('textbox', { name: 'API token' })).toHaveValue(secret);

    await module.go(1);
    await waitFor(() => expect(module.pathname()).toBe(`${PORTAL_MODULE_PATH}/new`), WAIT);
    // Still the one dialog, with the secret: no empty wizard over it.
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: 'API token' })).toHaveValue(secret);
    expect(screen.queryByRole('textbox', { name: 'API token name' })).toBeNull();

    // Once the secret is let go, the address's wizard opens, empty.
    await user.click(within(summary).getByRole('button', { name: 'Close' }));
    const question = await screen.findByRole('alertdialog', { name: 'Close without copying the API token?' });
    await user.click(within(question).getByRole('button', { name: 'Close anyway' }));
    const wizard = await findWizard();
    expect(within(wizard).getByRole('textbox', { name: 'API token name' })).toHaveValue('');
    expect(screen.queryByRole('textbox', { name: 'API token' })).toBeNull();
  });

  test('the host navigates to another token while the create runs: the summary shows there', async () => {
    const hold = holdCreate();
    const module = mount();
    const { user } = await startCreate('Interrupted by a link', hold);
    const other = mockBackend.db.listTokens()[0];
    if (!other?.id || !other.name) throw new Error('seed');

    await module.go(`${PORTAL_MODULE_PATH}/${other.id}`);
    expect(await screen.findByRole('heading', { name: other.name, level: 1 }, WAIT)).toBeInTheDocument();
    hold.release();
    const secret = await hold.secret;

    const summary = await screen.findByRole('dialog', { name: 'Add API token' }, WAIT);
    expect(screen.getAllByRole('textbox', { name: 'API token' })).toHaveLength(1);
    expect(within(summary).getByRole('textbox', { name: 'API token' })).toHaveValue(secret);
    expect(module.pathname()).toMatch(new RegExp(`^${PORTAL_MODULE_PATH}/${other.id}`));

    // View details opens the new token's page from wherever the user was.
    const created = createdToken('Interrupted by a link');
    await user.click(within(summary).getByRole('button', { name: 'View details' }));
    await waitFor(() =>
      expect(module.pathname()).toMatch(new RegExp(`^${PORTAL_MODULE_PATH}/${created?.id}`)),
    );
    expect(
      await screen.findByRole('heading', { name: 'Interrupted by a link', level: 1 }, WAIT),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.body.innerHTML).not.toContain(secret);
  });

  test('the module is unmounted while the create runs: the host is warned, with the ID and without the secret', async () => {
    const hold = holdCreate();
    const module = mount();
    await startCreate('Interrupted by leaving', hold);

    await module.go('/portal/home');
    expect(await screen.findByRole('heading', { name: 'Welcome to the portal' }, WAIT)).toBeInTheDocument();
    // The request is still in flight: closing the tab still asks.
    expect(leavingAsks()).toBe(true);
    hold.release();
    const secret = await hold.secret;

    await waitFor(() => expect(module.notify).toHaveBeenCalledTimes(1), WAIT);
    const token = createdToken('Interrupted by leaving');
    expect(token?.status).toBe('Active');
    const [message, options] = module.notify.mock.calls[0] ?? [];
    expect(options).toEqual({ tone: 'warning' });
    expect(message).toContain(token?.id);
    expect(message).toMatch(/cannot be shown again/);
    expect(message).toMatch(/Delete or rotate/);
    expect(message).not.toContain(secret);
    expect(leavingAsks()).toBe(false);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.body.innerHTML).not.toContain(secret);
  });
});

describe('a create that is not interrupted', () => {
  test('shows its summary in the wizard only, and asks before leaving until the secret is copied', async () => {
    const hold = holdCreate();
    const module = mountAsComponent();
    const { user } = await startCreate('Not interrupted', hold);
    expect(leavingAsks()).toBe(true);
    hold.release();
    const secret = await hold.secret;

    const wizard = await findWizard();
    await waitFor(
      () => expect(within(wizard).getByRole('textbox', { name: 'API token' })).toHaveValue(secret),
      WAIT,
    );
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    expect(screen.getAllByRole('textbox', { name: 'API token' })).toHaveLength(1);
    expect(module.pathname()).toBe(`${PORTAL_MODULE_PATH}/new`);
    // On screen and not copied: leaving the page (a Back past where the module was loaded, a reload) asks.
    expect(leavingAsks()).toBe(true);
    // jsdom is no secure context, where the Clipboard API lives; the copy itself is not what is checked here.
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
    vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await user.click(within(wizard).getByRole('button', { name: 'Copy API token' }));
    await within(wizard).findByText('Copied', undefined, WAIT);
    expect(leavingAsks()).toBe(false);
    expect(module.notify).not.toHaveBeenCalled();
  });

  test('a create that fails after the user left says so through notify', async () => {
    server.use(http.post(TOKENS_URL, () => new Response(null, { status: 503 })));
    const hold = holdCreate();
    const module = mountAsComponent();
    await startCreate('Failed after leaving', hold);
    await module.go(-1);
    hold.release();
    await waitFor(() => expect(module.notify).toHaveBeenCalledTimes(1), WAIT);
    expect(module.notify.mock.calls[0]?.[0]).toContain('“Failed after leaving” was not added.');
    expect(module.notify.mock.calls[0]?.[1]).toEqual({ tone: 'error' });
    expect(createdToken('Failed after leaving')).toBeUndefined();
    expect(leavingAsks()).toBe(false);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  test('a create left without an answer (a gateway gave up, 504) warns that the token may have been added', async () => {
    // The API adds the token; the gateway in front of it answers 504 in its place.
    server.use(
      http.post(TOKENS_URL, () => {
        mockBackend.db.createToken({ name: 'Maybe added', description: null, icon: null, moduleIds: [] });
        return new Response(null, { status: 504 });
      }),
    );
    const hold = holdCreate();
    const module = mountAsComponent();
    await startCreate('Maybe added', hold);
    await module.go(-1);
    hold.release();
    await waitFor(() => expect(module.notify).toHaveBeenCalledTimes(1), WAIT);
    expect(module.notify.mock.calls[0]?.[0]).toBe(
      'No answer: it is not known whether the API token “Maybe added” was added. If it was, it is listed under this name and its value cannot be shown: delete or rotate it.',
    );
    expect(module.notify.mock.calls[0]?.[1]).toEqual({ tone: 'warning' });
    expect(createdToken('Maybe added')).toBeDefined();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

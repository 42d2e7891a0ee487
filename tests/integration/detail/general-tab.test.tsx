import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { http, HttpResponse } from 'msw';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { renderModule, type RenderModuleOptions } from '../../support/render-module';
import { seededToken } from './support';

const ENDPOINT = `${TEST_API_BASE_URL}/public/v1/`;

function field(panel: HTMLElement, term: string): HTMLElement {
  return within(panel).getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;
}

async function openGeneral(token = seededToken(), config?: RenderModuleOptions['config']) {
  const rendered = renderModule({ path: `/${token.id}/general`, config });
  const panel = await screen.findByRole('tabpanel', { name: 'General' });
  return { ...rendered, panel, token };
}

const secureContext = Object.getOwnPropertyDescriptor(window, 'isSecureContext');
afterEach(() => {
  // The tests below stub execCommand on the document itself; deleting it uncovers jsdom's own.
  delete (document as { execCommand?: unknown }).execCommand;
  if (secureContext) Object.defineProperty(window, 'isSecureContext', secureContext);
  else delete (window as { isSecureContext?: boolean }).isSecureContext;
});

/** Replaces the Clipboard API (after user-event installed its own) with a spy. */
function stubClipboard() {
  const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}

describe('General tab', () => {
  it('shows the whole name, which the heading cuts short after two lines', async () => {
    const token = seededToken();
    const name = `Nightly${'export'.repeat(41)}`.slice(0, 255);
    mockBackend.db.updateToken(token.id, { name });
    const { panel } = await openGeneral(token);
    expect(field(panel, 'Name').textContent).toBe(name);
  });

  it('shows the description, and a dash when there is none', async () => {
    const withText = seededToken((t) => !!t.description);
    const first = await openGeneral(withText);
    expect(field(first.panel, 'Description')).toHaveTextContent(withText.description as string);
    first.unmount();

    const without = seededToken((t) => !t.description);
    const second = await openGeneral(without);
    expect(field(second.panel, 'Description')).toHaveTextContent(/^—$/);
  });

  it('shows the API endpoint from the configured base URL, and the page origin when it is empty', async () => {
    const first = await openGeneral();
    expect(field(first.panel, 'API endpoint')).toHaveTextContent(ENDPOINT);
    first.unmount();

    // With '' the module calls its own origin (a same-origin proxy); that is what integrations call too.
    // Requests then go to jsdom's origin, which the mock does not serve: answer the one this test needs.
    const token = seededToken();
    const origin = new URL(document.baseURI).origin;
    server.use(http.get(`${origin}/public/v1/accounts/api-tokens/:id`, () => HttpResponse.json(token)));
    const second = await openGeneral(token, { apiBaseUrl: '' });
    expect(field(second.panel, 'API endpoint')).toHaveTextContent(`${origin}/public/v1/`);
    second.unmount();

    // A path on the portal's own host: what is copied must work outside the page too, so it names the host.
    server.use(
      http.get(`${origin}/gateway/public/v1/accounts/api-tokens/:id`, () => HttpResponse.json(token)),
    );
    const third = await openGeneral(token, { apiBaseUrl: '/gateway/' });
    expect(field(third.panel, 'API endpoint')).toHaveTextContent(`${origin}/gateway/public/v1/`);
  });

  it('copies the API endpoint with the Clipboard API and says so', async () => {
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
    const { user, panel } = await openGeneral();
    const writeText = stubClipboard();
    await user.click(within(field(panel, 'API endpoint')).getByRole('button', { name: 'Copy API endpoint' }));
    expect(writeText).toHaveBeenCalledWith(ENDPOINT);
    expect(await screen.findAllByText('Copied to clipboard.')).not.toHaveLength(0);
  });

  it('copies over plain HTTP through the fallback', async () => {
    Object.defineProperty(window, 'isSecureContext', { value: false, configurable: true });
    const copied: string[] = [];
    const execCommand = vi.fn((command: string) => {
      // What the fallback put on the page for the browser to copy.
      const area = document.querySelector('textarea');
      if (command === 'copy' && area) copied.push(area.value.slice(area.selectionStart, area.selectionEnd));
      return true;
    });
    document.execCommand = execCommand as typeof document.execCommand;
    const { user, panel } = await openGeneral();
    const writeText = stubClipboard();
    await user.click(within(field(panel, 'API endpoint')).getByRole('button', { name: 'Copy API endpoint' }));
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(copied).toEqual([ENDPOINT]);
    expect(writeText).not.toHaveBeenCalled();
    expect(await screen.findAllByText('Copied to clipboard.')).not.toHaveLength(0);
  });

  it('says when copying failed, so the user can copy by hand', async () => {
    Object.defineProperty(window, 'isSecureContext', { value: false, configurable: true });
    document.execCommand = vi.fn(() => false) as typeof document.execCommand;
    const { user, panel } = await openGeneral();
    await user.click(within(field(panel, 'API endpoint')).getByRole('button', { name: 'Copy API endpoint' }));
    expect(
      await screen.findAllByText('Copying failed. Select the text and copy it by hand.'),
    ).not.toHaveLength(0);
  });

  it('explains that the token value is shown once, and shows its non-secret prefix (default API)', async () => {
    const { panel, token } = await openGeneral();
    const value = field(panel, 'API token');
    expect(await within(value).findByText(/shown only once, when the token is created/)).toBeInTheDocument();
    expect(within(value).getByText(`idt:${token.id}:…`)).toBeInTheDocument();
    expect(within(value).queryByRole('button', { name: 'Show API token' })).not.toBeInTheDocument();
    expect(value).not.toHaveTextContent(mockBackend.db.getSecret(token.id) as string);
  });

  describe('when the API returns the token value on GET', () => {
    it('masks it, shows and hides it on demand, and forgets it when the page is left', async () => {
      mockBackend.setScenario({ tokenOnGet: true });
      const { user, panel, token, queryClient, currentLocation } = await openGeneral();
      const secret = mockBackend.db.getSecret(token.id) as string;
      expect(secret).toMatch(/^idt:TKN-/);
      const value = field(panel, 'API token');

      const toggle = await within(value).findByRole('button', { name: 'Show API token' });
      expect(toggle).toHaveAttribute('aria-pressed', 'false');
      expect(within(value).getByRole('img', { name: 'API token, hidden' })).toBeInTheDocument();
      expect(document.body).not.toHaveTextContent(secret);

      await user.click(toggle);
      expect(toggle).toHaveAttribute('aria-pressed', 'true');
      expect(within(value).getByText(secret)).toBeInTheDocument();
      await user.click(toggle);
      expect(toggle).toHaveAttribute('aria-pressed', 'false');
      expect(document.body).not.toHaveTextContent(secret);

      // Revealed, then away to another tab and back: hidden again.
      await user.click(toggle);
      await user.click(screen.getByRole('tab', { name: 'Modules' }));
      expect(document.body).not.toHaveTextContent(secret);
      await user.click(screen.getByRole('tab', { name: 'General' }));
      const again = await screen.findByRole('button', { name: 'Show API token' });
      expect(again).toHaveAttribute('aria-pressed', 'false');
      expect(document.body).not.toHaveTextContent(secret);

      // Never in the URL.
      expect(JSON.stringify(currentLocation())).not.toContain(secret);
      expect(queryClient).toBeDefined();
    });

    it('copies the value without revealing it', async () => {
      Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
      mockBackend.setScenario({ tokenOnGet: true });
      const { user, panel, token } = await openGeneral();
      const value = field(panel, 'API token');
      const writeText = stubClipboard();
      await user.click(await within(value).findByRole('button', { name: 'Copy API token' }));
      expect(writeText).toHaveBeenCalledWith(mockBackend.db.getSecret(token.id));
      expect(document.body).not.toHaveTextContent(mockBackend.db.getSecret(token.id) as string);
      await waitFor(() => expect(screen.getAllByText('Copied to clipboard.')).not.toHaveLength(0));
    });
  });
});

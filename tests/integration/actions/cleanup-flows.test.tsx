// Cleaning up many tokens at once: "Select all N matching" across pages, and a bulk delete that says what it
// is about to remove (status, last access, and a warning for tokens still active).
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, onTestFinished } from 'vitest';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { createFormatters } from '../../../src/lib/format';
import { createQueryClient } from '../../../src/lib/query-client';
import { freezeDate } from '../hygiene/hygiene-support';
import { renderModule } from '../../support/render-module';
import { expectMessage, findDialog, findRow, firstPageTokens, seededTokens } from './action-helpers';

const TOKENS = `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`;
const selectionBar = () => screen.getByRole('region', { name: 'Selected tokens' });

/** A promise the test resolves when it is ready for the mock to answer; released at the end in any case. */
function hold() {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  onTestFinished(() => release());
  return { held, release };
}

describe('select all matching', () => {
  it('reads a page again that failed in passing, as the grid’s reads do, before asking', async () => {
    const actives = seededTokens('Active');
    let failed = false;
    server.use(
      // The selection's first page of 100 meets one 503 whose Retry-After asks for no wait.
      http.get(TOKENS, ({ request }) => {
        if (failed || new URL(request.url).searchParams.get('limit') !== '100') return undefined;
        failed = true;
        return new HttpResponse(null, { status: 503, headers: { 'Retry-After': '0' } });
      }),
    );
    // The module's own retry policy (the test's client retries nothing).
    const { user } = renderModule({ search: '?status=Active', queryClient: createQueryClient() });
    await findRow(actives[0]?.name ?? '');
    await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }));
    await user.click(
      within(selectionBar()).getByRole('button', { name: `Select all ${actives.length} matching tokens` }),
    );
    await user.click(within(selectionBar()).getByRole('button', { name: 'Disable' }));
    const dialog = await findDialog(`Disable ${actives.length} tokens?`);
    expect(failed).toBe(true);
    expect(
      within(within(dialog).getByRole('list', { name: 'Tokens this applies to' })).getAllByRole('listitem'),
    ).toHaveLength(actives.length);
    expect(screen.queryByText(/^The selected tokens could not be read/)).toBeNull();
  });

  it(
    'selects the whole filtered set, reads it with progress, and reports a partial failure per token',
    {
      timeout: 40_000,
    },
    async () => {
      const actives = seededTokens('Active');
      expect(actives.length).toBeGreaterThan(10);
      // The last active token (newest first) sits on a later page, out of sight: the server refuses it.
      const failing = actives[actives.length - 1];
      if (!failing) throw new Error('seed');
      const reading = hold();
      const disabling = hold();
      const readRequests: URL[] = [];
      server.use(
        // The selection is read in pages of 100, apart from the grid's own pages of 10.
        http.get(TOKENS, async ({ request }) => {
          const url = new URL(request.url);
          if (url.searchParams.get('limit') !== '100') return undefined;
          readRequests.push(url);
          await reading.held;
          return undefined;
        }),
        http.post(`${TOKENS}/:id/disable`, async ({ params }) => {
          await disabling.held;
          return params.id === failing.id
            ? HttpResponse.json(
                { title: 'Conflict', status: 409, detail: 'The token is locked.', traceId: '00-all-00' },
                { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
              )
            : undefined;
        }),
      );
      const { user } = renderModule({ search: '?status=Active' });
      await findRow(actives[0]?.name ?? '');
      const total = String(actives.length);

      // Checking the page offers the rest; nothing more is selected until the admin says so.
      await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }));
      expect(within(selectionBar()).getByText('10 selected')).toBeInTheDocument();
      await user.click(
        within(selectionBar()).getByRole('button', { name: `Select all ${total} matching tokens` }),
      );
      expect(within(selectionBar()).getByText(`All ${total} matching tokens selected`)).toBeInTheDocument();
      // The same button, so focus stays put, now goes back to the page.
      expect(within(selectionBar()).getByRole('button', { name: 'Select only this page' })).toHaveFocus();

      // Disable: the matching tokens are read from the server first, with progress; the buttons wait meanwhile.
      await user.click(within(selectionBar()).getByRole('button', { name: 'Disable' }));
      const progress = await within(selectionBar()).findByRole('status');
      expect(progress).toHaveTextContent(`Reading the selected tokens: 0 of ${total}…`);
      expect(
        within(progress).getByRole('progressbar', { name: 'Reading the selected tokens' }),
      ).toBeInTheDocument();
      // The button pressed waits, busy, and keeps focus; the others say they are unavailable.
      const disable = within(selectionBar()).getByRole('button', { name: 'Disable' });
      expect(disable).toHaveAttribute('aria-busy', 'true');
      expect(disable).toHaveFocus();
      expect(within(selectionBar()).getByRole('button', { name: 'Delete' })).toHaveAttribute(
        'aria-disabled',
        'true',
      );
      reading.release();

      const dialog = await screen.findByRole('alertdialog', { name: `Disable ${total} tokens?` });
      expect(readRequests).toHaveLength(1);
      expect(readRequests[0]?.search).toContain('eq(status,%22Active%22)');
      const items = within(within(dialog).getByRole('list', { name: 'Tokens this applies to' })).getAllByRole(
        'listitem',
      );
      expect(items).toHaveLength(actives.length);
      expect(dialog).toHaveTextContent(failing.id);

      await user.click(within(dialog).getByRole('button', { name: `Disable ${total} tokens` }));
      // The run reports its progress while the server holds the answers.
      expect(await within(dialog).findByText(`0 of ${total} done…`)).toBeInTheDocument();
      disabling.release();

      // Forty-odd requests, three at a time: room for a loaded machine.
      const result = await screen.findByRole(
        'alertdialog',
        { name: '1 token could not be disabled' },
        { timeout: 20_000 },
      );
      expect(result).toHaveTextContent(`${actives.length - 1} tokens disabled.`);
      const failures = within(within(result).getByRole('list', { name: 'Tokens that failed' })).getAllByRole(
        'listitem',
      );
      expect(failures).toHaveLength(1);
      expect(failures[0]).toHaveTextContent(failing.id);
      expect(failures[0]).toHaveTextContent('The token is locked.');
      expect(mockBackend.db.getToken(failing.id)?.status).toBe('Active');
      expect(actives.filter((t) => mockBackend.db.getToken(t.id)?.status === 'Disabled')).toHaveLength(
        actives.length - 1,
      );
    },
  );

  it('keeps Enable and Disable, whose tokens it reads only then, and says when none of them can take it', async () => {
    const actives = seededTokens('Active');
    const calls: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST') calls.push(new URL(request.url).pathname);
    });
    const { user } = renderModule({ search: '?status=Active' });
    await findRow(actives[0]?.name ?? '');
    await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }));
    // Every row of this page is active: Enable is not offered for them…
    expect(within(selectionBar()).queryByRole('button', { name: 'Enable' })).toBeNull();
    await user.click(
      within(selectionBar()).getByRole('button', { name: `Select all ${actives.length} matching tokens` }),
    );
    // …but for every match it is, and reading them finds nothing to enable.
    await user.click(within(selectionBar()).getByRole('button', { name: 'Enable' }));
    await expectMessage('None of the selected tokens is disabled, so there is nothing to enable.');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(calls).toEqual([]);
  });

  it('is not offered when the page already holds every match', async () => {
    const { user } = renderModule({ search: '?status=Disabled&size=25' });
    const disabled = seededTokens('Disabled');
    expect(disabled.length).toBeLessThanOrEqual(25);
    await findRow(disabled[0]?.name ?? '');
    await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }));
    expect(within(selectionBar()).getByText(`${disabled.length} selected`)).toBeInTheDocument();
    expect(within(selectionBar()).queryByRole('button', { name: /matching/ })).not.toBeInTheDocument();
  });

  it('"Select only this page" and unchecking a row go back to the rows of the page', async () => {
    const { user } = renderModule();
    const [first] = firstPageTokens();
    await findRow(first?.name ?? '');
    await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }));
    await user.click(
      within(selectionBar()).getByRole('button', { name: /^Select all \d+ matching tokens$/ }),
    );
    expect(within(selectionBar()).getByText(/^All \d+ matching tokens selected$/)).toBeInTheDocument();
    await user.click(within(selectionBar()).getByRole('button', { name: 'Select only this page' }));
    expect(within(selectionBar()).getByText('10 selected')).toBeInTheDocument();
    await user.click(
      within(selectionBar()).getByRole('button', { name: /^Select all \d+ matching tokens$/ }),
    );
    await user.click(screen.getByRole('checkbox', { name: `Select ${first?.name}` }));
    expect(within(selectionBar()).getByText('9 selected')).toBeInTheDocument();
  });

  it('Cancel stops reading, leaves the selection as it was and hands focus back to the button pressed', async () => {
    const reading = hold();
    server.use(
      http.get(TOKENS, async ({ request }) => {
        if (new URL(request.url).searchParams.get('limit') === '100') await reading.held;
        return undefined;
      }),
    );
    const { user } = renderModule();
    await findRow(firstPageTokens()[0]?.name ?? '');
    await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }));
    await user.click(
      within(selectionBar()).getByRole('button', { name: /^Select all \d+ matching tokens$/ }),
    );
    await user.click(within(selectionBar()).getByRole('button', { name: 'Delete' }));
    // Pressed again while it reads: nothing more happens.
    await user.click(within(selectionBar()).getByRole('button', { name: 'Delete' }));
    await user.click(await within(selectionBar()).findByRole('button', { name: 'Cancel' }));
    expect(within(selectionBar()).queryByRole('status')).not.toBeInTheDocument();
    // Cancel went with the progress: focus is back where the admin started, not at the page's top.
    expect(within(selectionBar()).getByRole('button', { name: 'Delete' })).toHaveFocus();
    reading.release();
    expect(within(selectionBar()).getByRole('button', { name: 'Delete' })).not.toHaveAttribute(
      'aria-disabled',
    );
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('a read that fails says why, and focus on its Cancel goes back to the button pressed', async () => {
    const reading = hold();
    server.use(
      http.get(TOKENS, async ({ request }) => {
        if (new URL(request.url).searchParams.get('limit') !== '100') return undefined;
        await reading.held;
        return HttpResponse.json({ title: 'Bad Gateway', status: 502 }, { status: 502 });
      }),
    );
    const { user } = renderModule();
    await findRow(firstPageTokens()[0]?.name ?? '');
    await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }));
    await user.click(
      within(selectionBar()).getByRole('button', { name: /^Select all \d+ matching tokens$/ }),
    );
    await user.click(within(selectionBar()).getByRole('button', { name: 'Disable' }));
    // The admin moves on to the progress's Cancel, which the failure takes away.
    (await within(selectionBar()).findByRole('button', { name: 'Cancel' })).focus();
    reading.release();
    await expectMessage(/^The selected tokens could not be read: /);
    expect(within(selectionBar()).queryByRole('status')).not.toBeInTheDocument();
    expect(within(selectionBar()).getByRole('button', { name: 'Disable' })).toHaveFocus();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});

describe('bulk delete', () => {
  freezeDate();

  it('lists status and last access, and warns that some are still active', async () => {
    const page = firstPageTokens();
    const active = page.filter((t) => t.status === 'Active').slice(0, 2);
    const disabled = page.find((t) => t.status === 'Disabled');
    if (active.length < 2 || !disabled) throw new Error('the first page has active and disabled tokens');
    const chosen = [...active, disabled];
    const { user } = renderModule();
    for (const token of chosen) {
      await findRow(token.name);
      await user.click(screen.getByRole('checkbox', { name: `Select ${token.name}` }));
    }
    await user.click(within(selectionBar()).getByRole('button', { name: 'Delete' }));
    const dialog = await findDialog('Delete 3 tokens?');
    expect(dialog).toHaveTextContent(
      '2 of these tokens are still active. Integrations using them stop working at once.',
    );

    const relative = createFormatters('en-GB', 'UTC').relative;
    const items = within(within(dialog).getByRole('list', { name: 'Tokens this applies to' })).getAllByRole(
      'listitem',
    );
    // In the grid's order (newest first).
    const inOrder = page.filter((t) => chosen.includes(t));
    expect(items.map((li) => li.textContent)).toEqual(
      inOrder.map(
        (t) =>
          `${t.name} ${t.id}${t.status}${t.lastAccessAt ? `Last used ${relative(t.lastAccessAt)}` : 'Never used'}`,
      ),
    );
  });

  it('does not warn when none of the tokens is active', async () => {
    const disabled = firstPageTokens().filter((t) => t.status === 'Disabled');
    const { user } = renderModule({ search: '?status=Disabled' });
    await findRow(disabled[0]?.name ?? '');
    await user.click(screen.getByRole('checkbox', { name: `Select ${disabled[0]?.name}` }));
    await user.click(within(selectionBar()).getByRole('button', { name: 'Delete' }));
    const dialog = await findDialog('Delete 1 token?');
    expect(dialog).toHaveTextContent('Disabled');
    expect(dialog).not.toHaveTextContent(/still active/);
  });
});

// The wizard's gentle parts: a hint when the name is already taken (not an error), and the new row lit up in
// the grid once the wizard closes.
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { http, HttpResponse } from 'msw';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { speak } from '../../support/language';
import { renderModule } from '../../support/render-module';
import { findRows, grid } from '../grid/grid-helpers';
import { parseRqlQuery } from '../../../mocks/rql/parse';
import type { RqlNode } from '../../../mocks/rql/types';
import {
  API_TOKENS_PATH,
  captureRequests,
  chooseModules,
  currentStep,
  fillGeneral,
  findWizard,
  next,
} from './wizard-support';

const secureContext = Object.getOwnPropertyDescriptor(window, 'isSecureContext');
afterEach(() => {
  if (secureContext) Object.defineProperty(window, 'isSecureContext', secureContext);
  else delete (window as { isSecureContext?: boolean }).isSecureContext;
});

describe('Add wizard: a name that is already taken', () => {
  it('shows a hint under the name, not an error, and lets the admin go on', async () => {
    const existing = mockBackend.db.listTokens()[3];
    if (!existing) throw new Error('seed');
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    const name = within(dialog).getByRole('textbox', { name: 'API token name' });

    // Case does not matter, and the hint waits for a pause in typing.
    await fillGeneral(user, dialog, { name: existing.name.toUpperCase() });
    const hint = await within(dialog).findByText(
      `A token named “${existing.name}” already exists (${existing.id}). You can still use this name; a different one makes the tokens easier to tell apart.`,
    );
    expect(hint).toHaveAttribute('role', 'status');
    expect(name).toHaveAccessibleDescription(expect.stringContaining('already exists'));
    expect(name).not.toHaveAttribute('aria-invalid');

    // A name no token has: the hint goes.
    await fillGeneral(user, dialog, { name: `${existing.name} two` });
    await waitFor(() => expect(within(dialog).queryByText(/already exists/)).not.toBeInTheDocument());
    expect(name).not.toHaveAccessibleDescription(expect.stringContaining('already exists'));

    // Back to the taken name: still only a hint, and Next goes on.
    await fillGeneral(user, dialog, { name: existing.name });
    await within(dialog).findByText(/already exists/);
    await next(user, dialog);
    await waitFor(() => expect(currentStep(dialog)).toContain('Modules'));
  });
});

describe('Add wizard: a name that differs only in its spaces', () => {
  it('is checked as it will be saved, with each run of whitespace one space', async () => {
    const existing = mockBackend.db.listTokens().find((token) => token.name.includes(' '));
    if (!existing) throw new Error('seed');
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await fillGeneral(user, dialog, { name: existing.name.replace(' ', '  \t ') });
    await within(dialog).findByText(
      `A token named “${existing.name}” already exists (${existing.id}). You can still use this name; a different one makes the tokens easier to tell apart.`,
    );
  });
});

describe('Add wizard: names the same-name query cannot spell as typed', () => {
  /** Every value of the name checks' filters, as the server reads them. */
  async function checkedValues(nameChecks: ReturnType<typeof captureRequests>): Promise<string[]> {
    const values: string[] = [];
    const walk = (node: RqlNode | null): void => {
      if (!node) return;
      if ('args' in node) node.args.forEach(walk);
      else if ('arg' in node) walk(node.arg);
      else if ('value' in node) values.push(String(node.value));
    };
    for (const { url } of await nameChecks.all()) {
      const { filter } = parseRqlQuery(url.search);
      if (JSON.stringify(filter).includes('"field":"name"')) walk(filter);
    }
    return values;
  }

  it('finds a name saved with runs of whitespace, from before names were saved with single spaces', async () => {
    const [legacy] = mockBackend.db.listTokens();
    if (!legacy) throw new Error('seed');
    mockBackend.db.updateToken(legacy.id, { name: 'Nightly   export\tjob' });
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await fillGeneral(user, dialog, { name: 'nightly export JOB' });
    await within(dialog).findByText(
      `A token named “Nightly   export\tjob” already exists (${legacy.id}). You can still use this name; a different one makes the tokens easier to tell apart.`,
      { normalizer: (text) => text },
    );
  });

  it('finds the token of that name among many whose names hold the same words', async () => {
    // Every other token's name holds both words, and the one called "Build bot" comes last in the store's order:
    // far more candidates than a page of them.
    const tokens = mockBackend.db.listTokens();
    const same = tokens.at(-1);
    if (!same || tokens.length < 30) throw new Error('seed');
    tokens
      .slice(0, -1)
      .forEach((token, index) => mockBackend.db.updateToken(token.id, { name: `Build bot ${index}` }));
    mockBackend.db.updateToken(same.id, { name: 'Build bot' });
    const nameChecks = captureRequests('GET', API_TOKENS_PATH);
    const { user, queryClient } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await fillGeneral(user, dialog, { name: 'build BOT' });
    await within(dialog).findByText(
      `A token named “Build bot” already exists (${same.id}). You can still use this name; a different one makes the tokens easier to tell apart.`,
    );
    // Found by its name: the tokens that merely share its words were never asked for.
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(await checkedValues(nameChecks)).toEqual(['build BOT']);
  });

  it('checks a name holding both kinds of quotes, sending no double quote, and names only the token of that name', async () => {
    // The first in the store has the same words but another name: it must not be taken for it.
    const [near, same] = mockBackend.db.listTokens();
    if (!near || !same) throw new Error('seed');
    mockBackend.db.updateToken(near.id, { name: `Bob's bot v2` });
    mockBackend.db.updateToken(same.id, { name: `Bob's "bot" v2` });
    const nameChecks = captureRequests('GET', API_TOKENS_PATH);
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();

    await fillGeneral(user, dialog, { name: `bob's "BOT" v2` });
    await within(dialog).findByText(
      `A token named “Bob's "bot" v2” already exists (${same.id}). You can still use this name; a different one makes the tokens easier to tell apart.`,
    );
    expect(within(dialog).queryByText(new RegExp(near.id))).toBeNull();
    const values = await checkedValues(nameChecks);
    expect(values.length).toBeGreaterThan(0);
    expect(values.filter((value) => value.includes('"'))).toEqual([]);
  });

  it('says nothing when only a name with the same words is there', async () => {
    const [near] = mockBackend.db.listTokens();
    if (!near) throw new Error('seed');
    mockBackend.db.updateToken(near.id, { name: 'Say hi bot' });
    const nameChecks = captureRequests('GET', API_TOKENS_PATH);
    const { user, queryClient } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await fillGeneral(user, dialog, { name: 'Say "hi" bot' });
    // Once the check for the whole name has been answered and drawn, a hint would be on screen.
    await waitFor(async () => expect(await checkedValues(nameChecks)).toContain('*bot*'));
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(within(dialog).queryByText(/already exists/)).not.toBeInTheDocument();
  });
});

describe('Add wizard: the new row', () => {
  it('says so when the check could not be made, and Retry makes it again', async () => {
    const existing = mockBackend.db.listTokens()[3];
    if (!existing) throw new Error('seed');
    let failing = true;
    server.use(
      http.get(`${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`, ({ request }) => {
        if (!failing || !decodeURIComponent(new URL(request.url).search).includes('ilike(name'))
          return undefined;
        return HttpResponse.json(
          { title: 'Internal Server Error', status: 500, traceId: '00-name-check-00' },
          { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    const name = within(dialog).getByRole('textbox', { name: 'API token name' });
    await fillGeneral(user, dialog, { name: existing.name });

    // No hint is not "the name is free": the field says the check failed, and why.
    const note = await within(dialog).findByText(/Could not check whether another token has this name/);
    expect(note).toHaveTextContent('Something went wrong on the server.');
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Could not check'));

    failing = false;
    await user.click(within(note).getByRole('button', { name: 'Retry' }));
    await within(dialog).findByText(/already exists/);
    expect(within(dialog).queryByText(/Could not check/)).toBeNull();
  });

  it("says the server's own reason for a failed check in English on a German page, the sentence in German", async () => {
    server.use(
      http.get(`${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`, ({ request }) =>
        decodeURIComponent(new URL(request.url).search).includes('ilike(name')
          ? HttpResponse.json(
              { title: 'Conflict', status: 409, detail: 'The search index is being rebuilt.' },
              { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
            )
          : undefined,
      ),
    );
    await speak('de-DE');
    const { user } = renderModule({ path: '/new', config: { locale: 'de-DE' } });
    const dialog = await screen.findByRole('dialog', { name: 'API-Token hinzufügen' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name des API-Tokens' }), 'Build bot');

    const reason = await within(dialog).findByText(
      'The search index is being rebuilt.',
      {},
      { timeout: 5000 },
    );
    expect(reason).toHaveAttribute('lang', 'en');
    const note = reason.parentElement;
    expect(note).toHaveTextContent(
      'Ob ein anderes API-Token diesen Namen hat, konnte nicht geprüft werden. The search index is being rebuilt.',
    );
    expect(note?.closest('[lang]')).toHaveAttribute('lang', 'de');
  });

  it('is highlighted in the grid after the wizard closes, and only that row', async () => {
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await fillGeneral(user, dialog, { name: 'Freshly added' });
    await next(user, dialog);
    await chooseModules(user, dialog, ['Billing']);
    await next(user, dialog);
    await within(dialog).findByRole('heading', { name: /Overview/ });
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(currentStep(dialog)).toContain('Summary'));
    const created = mockBackend.db.listTokens().find((t) => t.name === 'Freshly added');
    if (!created) throw new Error('the token was not created');

    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
    vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await user.click(within(dialog).getByRole('button', { name: 'Copy API token' }));
    await within(dialog).findByText('Copied');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await findRows();
    const link = await within(grid()).findByRole('link', { name: 'Freshly added' });
    const row = link.closest('tr') as HTMLElement;
    expect(row).toHaveClass('highlighted');
    expect(grid().querySelectorAll('tbody tr.highlighted')).toHaveLength(1);
    expect(within(row).getByText(created.id)).toBeInTheDocument();
  });

  it('is not highlighted when the wizard closes without adding a token', async () => {
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await findRows();
    expect(grid().querySelectorAll('tbody tr.highlighted')).toHaveLength(0);
  });
});

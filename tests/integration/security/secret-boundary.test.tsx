// One secret boundary: whatever the API puts into an answer, a token's `token` field never reaches a query or
// mutation cache. Here the API misbehaves on purpose and adds the secret to every answer about a token (lists,
// one token, enable, disable, update); the admin then does their usual work and the caches are searched for it.
import { screen, waitFor, within } from '@testing-library/react';
import { getResponse, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../mocks/handlers';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { renderModule } from '../../support/render-module';
import {
  chooseFromRowMenu,
  findDialog,
  findRow,
  firstPageTokens,
  rowStatus,
} from '../actions/action-helpers';
import { serializedQueryCache } from '../wizard/wizard-support';

const LEAK = 'LEAKED-SECRET-VALUE';
const TOKENS = `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`;

/** The mock's own answers, with the secret added to every token in them. */
function leakSecretsEverywhere() {
  const honest = createHandlers(TEST_API_BASE_URL, mockBackend);
  const leaked: string[] = [];
  const withSecret = (token: Record<string, unknown>) => ({
    ...token,
    token: `idt:${String(token.id)}:${LEAK}`,
  });
  server.use(
    http.all(`${TOKENS}*`, async ({ request }) => {
      const response = await getResponse(honest, request);
      if (!response || !response.headers.get('Content-Type')?.includes('json') || !response.ok)
        return response;
      const body = (await response.json()) as Record<string, unknown>;
      const leaky = Array.isArray(body.data)
        ? { ...body, data: (body.data as Array<Record<string, unknown>>).map(withSecret) }
        : withSecret(body);
      leaked.push(`${request.method} ${new URL(request.url).pathname}`);
      return HttpResponse.json(leaky, { status: response.status });
    }),
  );
  return leaked;
}

function firstOnPage(status: 'Active' | 'Disabled') {
  const token = firstPageTokens().find((t) => t.status === status);
  if (!token) throw new Error(`the first page has no ${status} token`);
  return token;
}

describe('the secret boundary', () => {
  it('keeps a secret the API sends with lists, one token, enable, disable and update out of every cache', async () => {
    const leaked = leakSecretsEverywhere();
    const active = firstOnPage('Active');
    const disabled = firstOnPage('Disabled');
    const { user, queryClient } = renderModule();

    await findRow(active.name);
    await chooseFromRowMenu(user, active.name, 'Disable');
    await user.click(
      within(await findDialog('Disable API token?')).getByRole('button', { name: 'Disable token' }),
    );
    await waitFor(async () => expect(rowStatus(await findRow(active.name))).toBe('Disabled'));

    await chooseFromRowMenu(user, disabled.name, 'Enable');
    await user.click(
      within(await findDialog('Enable API token?')).getByRole('button', { name: 'Enable token' }),
    );
    await waitFor(async () => expect(rowStatus(await findRow(disabled.name))).toBe('Active'));

    await chooseFromRowMenu(user, disabled.name, 'Edit');
    const name = await screen.findByRole('textbox', { name: 'API token name' });
    await user.clear(name);
    await user.type(name, 'Renamed integration');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await findRow('Renamed integration');

    await user.click(screen.getByRole('link', { name: 'Renamed integration' }));
    await screen.findByRole('heading', { level: 1, name: 'Renamed integration' });

    const methods = new Set(leaked.map((call) => call.split(' ')[0]));
    expect(methods).toEqual(new Set(['GET', 'POST', 'PUT']));
    expect(leaked.some((call) => call.endsWith('/disable'))).toBe(true);
    expect(leaked.some((call) => call.endsWith('/enable'))).toBe(true);
    expect(serializedQueryCache(queryClient)).not.toContain(LEAK);
  });
});

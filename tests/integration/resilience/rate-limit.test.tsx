// A 429 from the API's rate limit, on a read and on a write: our own sentence in the page's language (the API's
// detail is English and may name the limit's key), and a way to try again once the moment has passed.
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server, TEST_API_BASE_URL } from '../../../mocks/node';
import { common as germanCommon } from '../../../src/messages/de/common';
import { commonMessages } from '../../../src/messages/common';
import { renderModule } from '../../support/render-module';
import { speak } from '../../support/language';
import { findRow, firstPageTokens } from '../actions/action-helpers';

const TOKENS_URL = `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`;
const SERVER_DETAIL = 'Rate limit of 100 requests per minute exceeded for key idt:TKN-0000-0001.';

function rateLimited() {
  return HttpResponse.json(
    { title: 'Too Many Requests', status: 429, detail: SERVER_DETAIL },
    { status: 429, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '30' } },
  );
}

describe('the API’s rate limit (429)', () => {
  it('on the grid’s read: says so in our words, and Retry brings the rows', async () => {
    let limited = true;
    server.use(
      http.get(TOKENS_URL, ({ request }) =>
        limited && request.url.includes('select=') ? rateLimited() : undefined,
      ),
    );
    const { user } = renderModule();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(commonMessages.errors.tooManyRequests);
    expect(alert).not.toHaveTextContent(SERVER_DETAIL);
    limited = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await findRow(firstPageTokens()[0]?.name ?? '');
  });

  it('on a write, in German: says so in German and offers to try again', async () => {
    await speak('de-DE');
    const token = firstPageTokens().find((t) => t.status === 'Active')!;
    server.use(http.post(`${TOKENS_URL}/${token.id}/disable`, rateLimited));
    const { user } = renderModule({ config: { locale: 'de-DE' } });
    await user.click(await screen.findByRole('button', { name: `Aktionen für ${token.name}` }));
    await user.click(within(await screen.findByRole('menu')).getByRole('menuitem', { name: 'Deaktivieren' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'API-Token deaktivieren?' });
    await user.click(within(dialog).getByRole('button', { name: 'API-Token deaktivieren' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(germanCommon.errors.tooManyRequests);
    expect(alert).not.toHaveTextContent(SERVER_DETAIL);
    expect(within(dialog).getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
  });
});

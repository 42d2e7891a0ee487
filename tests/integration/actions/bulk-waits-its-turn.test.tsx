import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it, onTestFinished } from 'vitest';
import { server, TEST_API_BASE_URL } from '../../../mocks/node';
import { renderModule } from '../../support/render-module';
import { findCreateNewToken } from '../rotate/rotate-support';
import { installNodeFileApis } from '../wizard/wizard-support';
import { chooseFromRowMenu, findRow, firstPageTokens } from './action-helpers';

// "Select all N matching" → Disable reads the tokens first, and the grid stays usable meanwhile. When the read ends
// while the user has another dialog open (Rotate with its new secret, Edit with typed input), the bulk confirmation
// waits until that dialog closes instead of taking its place (docs/product-rules.md, 'Token states and actions').

installNodeFileApis();
const TOKENS = `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`;
const SLOW = { timeout: 20_000 };
const selectionBar = () => screen.getByRole('region', { name: 'Selected tokens', hidden: true });

/** "Select all N matching" → Disable, with the read of the selection held by the mock until `release()`. */
async function startReadingSelection(user: ReturnType<typeof renderModule>['user']) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  onTestFinished(() => release());
  server.use(
    http.get(TOKENS, async ({ request }) => {
      if (new URL(request.url).searchParams.get('limit') === '100') await held;
      return undefined;
    }),
  );
  await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }));
  await user.click(within(selectionBar()).getByRole('button', { name: /^Select all \d+ matching tokens$/ }));
  await user.click(within(selectionBar()).getByRole('button', { name: 'Disable' }));
  await within(selectionBar()).findByRole('status');
  return async () => {
    release();
    // The read has ended: the bar no longer says it is reading.
    await waitFor(
      () => expect(within(selectionBar()).queryByRole('status', { hidden: true })).toBeNull(),
      SLOW,
    );
  };
}

function currentStep(dialog: HTMLElement): string {
  const list = within(dialog).getByRole('list', { name: 'Steps' });
  return list.querySelector('[aria-current="step"]')?.textContent ?? '';
}

describe('a bulk run whose tokens are read while another dialog opens', { timeout: 60_000 }, () => {
  it('Rotate keeps its new secret on screen; the bulk confirmation comes once Rotate closes', async () => {
    const page = firstPageTokens();
    const old = page.find((token) => token.status === 'Active');
    if (!old) throw new Error('the first page has an active token');
    const { user } = renderModule();
    await findRow(page[0]?.name ?? '');
    const readEnds = await startReadingSelection(user);

    await chooseFromRowMenu(user, old.name, 'Rotate…');
    const dialog = await screen.findByRole('dialog', { name: 'Rotate API token' }, { timeout: 10_000 });
    await within(dialog).findByRole('textbox', { name: 'API token name' }, SLOW);
    await user.click(await findCreateNewToken(dialog));
    await waitFor(() => expect(currentStep(dialog)).toContain('Copy the new token'), SLOW);
    const secret = (within(dialog).getByRole('textbox', { name: 'API token' }) as HTMLTextAreaElement).value;
    expect(secret).toMatch(/^idt:/);

    await readEnds();
    expect(screen.getByRole('dialog', { name: 'Rotate API token' })).toBe(dialog);
    expect(within(dialog).getByRole('textbox', { name: 'API token' })).toHaveValue(secret);
    expect(screen.queryByRole('alertdialog', { name: /^Disable \d[\d,]* tokens\?$/ })).toBeNull();

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    const question = await screen.findByRole('alertdialog', { name: 'Close without copying the API token?' });
    await user.click(within(question).getByRole('button', { name: 'Close anyway' }));
    expect(
      await screen.findByRole('alertdialog', { name: /^Disable \d[\d,]* tokens\?$/ }, SLOW),
    ).toBeInTheDocument();
  });

  it('Edit keeps what was typed', async () => {
    const page = firstPageTokens();
    const token = page[1];
    if (!token) throw new Error('the first page has two tokens');
    const { user } = renderModule();
    await findRow(page[0]?.name ?? '');
    const readEnds = await startReadingSelection(user);

    await chooseFromRowMenu(user, token.name, 'Edit');
    const dialog = await screen.findByRole('dialog', { name: 'Edit API token' }, { timeout: 10_000 });
    const name = await within(dialog).findByRole('textbox', { name: 'API token name' }, SLOW);
    await user.clear(name);
    await user.type(name, 'Typed while the selection was read');

    await readEnds();
    expect(screen.getByRole('dialog', { name: 'Edit API token' })).toBe(dialog);
    expect(within(dialog).getByRole('textbox', { name: 'API token name' })).toHaveValue(
      'Typed while the selection was read',
    );
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockBackend } from '../../../mocks/node';
import { renderModule } from '../../support/render-module';
import { expectInert, expectLiteralText, HOSTILE_ICONS, HOSTILE_STRINGS, RLO } from './hostile-strings';

// Names and descriptions are user input, rendered as text and never as HTML, on every screen that shows
// them. The strings go straight into the mock's store, past the API's length limit, as a careless or older
// backend could return them.

const FSI = '\u2068';
const PDI = '\u2069';

/** Seeds one token per hostile string (name and description), each with a hostile icon, newest last. */
/** A name as sentences and subtitles show it: its first 80 characters, the 80th an ellipsis when it is longer. */
function inSentence(name: string): string {
  const characters = Array.from(name);
  return characters.length <= 80 ? name : `${characters.slice(0, 79).join('').trimEnd()}…`;
}

function seedHostileTokens() {
  mockBackend.reset({ dataset: 'empty' });
  return HOSTILE_STRINGS.map(({ text }, index) => {
    const { token } = mockBackend.db.createToken({
      name: text,
      description: `${text}\n${text}`,
      icon: HOSTILE_ICONS[index % HOSTILE_ICONS.length] ?? null,
      moduleIds: ['MOD-1756'],
    });
    return token;
  });
}

function seedOne(text: string, icon: string | null = null) {
  const { token } = mockBackend.db.createToken({
    name: text,
    description: text,
    icon,
    moduleIds: ['MOD-1756', 'MOD-2131'],
  });
  return token;
}

/** The name exactly as written, inside one element, so assistive technology and copy-paste see it whole. */
function expectExactElement(text: string, root: HTMLElement = document.body) {
  const matches = within(root).getAllByText((_content, element) => element?.textContent === text, {
    ignore: 'script, style',
    normalizer: (value) => value,
  });
  expect(matches.length).toBeGreaterThan(0);
}

describe('hostile names and descriptions', () => {
  it('the grid shows every one as inert text, and no hostile icon URL reaches an image', async () => {
    const tokens = seedHostileTokens();
    renderModule({ search: '?size=25' });
    const table = await screen.findByRole('table', { name: 'API tokens' });
    await waitFor(() => expect(table.querySelectorAll('tbody a')).toHaveLength(tokens.length));

    const names = [...table.querySelectorAll('tbody a')].map((link) => link.textContent);
    for (const { text } of HOSTILE_STRINGS) expect(names).toContain(text);
    expectInert();
    // Hostile icons fall back to initials. The only images left are paths the API itself made absolute.
    for (const img of table.querySelectorAll('img'))
      expect(new URL(img.getAttribute('src') ?? '').host).toBe('api.example.test');
    // The links lead to the token's page by its ID, whatever its name.
    for (const link of table.querySelectorAll('tbody a'))
      expect(link.getAttribute('href')).toMatch(/^\/portal\/settings\/api-tokens\/TKN-\d{4}-\d{4}$/);
  });

  it('a search for a hostile string is sent as data and finds it', async () => {
    seedHostileTokens();
    const { user } = renderModule();
    const box = await screen.findByRole('textbox', { name: 'Search by name or ID' });
    await user.type(box, '<svg onload');
    const table = screen.getByRole('table', { name: 'API tokens' });
    await waitFor(() =>
      expect([...table.querySelectorAll('tbody a')].map((a) => a.textContent)).toEqual([
        '<svg onload=alert(1)>',
      ]),
    );
    expectInert();
  });

  describe.each(HOSTILE_STRINGS)('$label', ({ text }) => {
    it('the detail page (all tabs), edit dialog, confirmations and messages show it as inert text', async () => {
      const token = seedOne(text, HOSTILE_ICONS[0]);
      const { user } = renderModule({ path: `/${token.id}/general` });

      const heading = await screen.findByRole('heading', { level: 1 });
      await waitFor(() => expect(heading.textContent).toBe(text));
      await waitFor(() => expectExactElement(text, screen.getByRole('tabpanel')));
      expectInert();

      for (const tab of ['Modules', 'Details', 'Audit trail', 'General']) {
        await user.click(screen.getByRole('tab', { name: tab }));
        await waitFor(() =>
          expect(screen.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true'),
        );
        // Each tab's content has loaded (no labelled loading indicator left) before it is checked.
        await waitFor(() =>
          expect(screen.getByRole('tabpanel').querySelectorAll('[role="status"][aria-label]')).toHaveLength(
            0,
          ),
        );
        expectInert();
      }
      // The audit trail names the token it is about.
      await user.click(screen.getByRole('tab', { name: 'Audit trail' }));
      await waitFor(() => expectLiteralText(text, screen.getByRole('tabpanel')));
      expectInert();

      // Edit: the fields hold the value exactly.
      await user.click(screen.getByRole('button', { name: 'Edit' }));
      const nameField = await screen.findByRole('textbox', { name: 'API token name' });
      const edit = screen.getByRole('dialog', { name: 'Edit API token' });
      expect(nameField).toHaveValue(text);
      expect(within(edit).getByRole('textbox', { name: 'Description' })).toHaveValue(text);
      expectLiteralText(inSentence(text), edit);
      expectInert();
      await user.click(within(edit).getAllByRole('button', { name: 'Close' })[0] as HTMLElement);
      await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit API token' })).toBeNull());

      // A confirmation, its success message, and a second confirmation.
      await user.click(screen.getByRole('button', { name: 'More actions' }));
      await user.click(await screen.findByRole('menuitem', { name: 'Disable' }));
      const disable = await screen.findByRole('alertdialog', { name: 'Disable API token?' });
      expectLiteralText(inSentence(text), disable);
      expectInert();
      await user.click(within(disable).getByRole('button', { name: 'Disable token' }));
      await waitFor(() =>
        expect(screen.getAllByText(/^API token “.*” disabled\.$/s).length).toBeGreaterThan(0),
      );
      const message = screen.getAllByText(/^API token “.*” disabled\.$/s)[0] as HTMLElement;
      expectLiteralText(inSentence(text), message);
      expectInert();

      await user.click(screen.getByRole('button', { name: 'More actions' }));
      await user.click(await screen.findByRole('menuitem', { name: 'Delete' }));
      const remove = await screen.findByRole('alertdialog', { name: 'Delete API token?' });
      expectLiteralText(inSentence(text), remove);
      expectInert();
    });
  });

  it('a right-to-left override in a name does not reverse the sentence around it', async () => {
    // “invoice‮gnp.exe” would otherwise turn the ID and the rest of the sentence around (“…ELBISSIV”).
    const text = `invoice${RLO}gnp.exe`;
    const token = seedOne(text);
    const { user } = renderModule({ path: `/${token.id}/general` });
    await screen.findByRole('heading', { level: 1, name: text });

    await user.click(screen.getByRole('button', { name: 'Edit' }));
    await screen.findByRole('textbox', { name: 'API token name' });
    const edit = screen.getByRole('dialog', { name: 'Edit API token' });
    // The dialog's description names the token, then its ID: the name is isolated from what follows.
    expect(edit.textContent).toContain(`${FSI}${text}${PDI}`);
    await user.click(within(edit).getAllByRole('button', { name: 'Close' })[0] as HTMLElement);

    await user.click(screen.getByRole('button', { name: 'More actions' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Disable' }));
    const disable = await screen.findByRole('alertdialog', { name: 'Disable API token?' });
    expect(disable.textContent).toContain(`“${FSI}${text}${PDI}” (${token.id})`);
    await user.click(within(disable).getByRole('button', { name: 'Disable token' }));
    expect(await screen.findByText(`API token “${FSI}${text}${PDI}” disabled.`)).toBeInTheDocument();
  });

  it('the Add wizard and its Summary show typed hostile input as text', async () => {
    mockBackend.reset({ dataset: 'empty' });
    const { user } = renderModule({ path: '/new' });
    const wizard = await screen.findByRole('dialog', { name: 'Add API token' }, { timeout: 10_000 });
    const name = '<img src=x onerror=alert(1)> {{7*7}}';
    const description = '"><svg onload=alert(1)> javascript:alert(1)';
    await user.click(within(wizard).getByRole('textbox', { name: 'API token name' }));
    await user.paste(name);
    await user.click(within(wizard).getByRole('textbox', { name: 'Description' }));
    await user.paste(description);
    await user.click(within(wizard).getByRole('button', { name: 'Next' }));
    await user.click(await within(wizard).findByRole('checkbox', { name: 'Billing' }));
    await user.click(within(wizard).getByRole('button', { name: 'Next' }));
    await within(wizard).findByRole('heading', { name: /Overview/ });
    expectLiteralText(name, wizard);
    expectLiteralText(description, wizard);
    expectInert();

    await user.click(within(wizard).getByRole('button', { name: 'Add' }));
    await within(wizard).findByRole('heading', { name: /API token added/ });
    expectLiteralText(name, wizard);
    expectInert();
    const created = mockBackend.db.listTokens().find((t) => t.name === name);
    expect(created?.description).toBe(description);
  });
});

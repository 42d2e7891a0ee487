// The module in German, end to end: every word from the German catalogue, dates and numbers in German beside
// them, plurals by German rules, and English for a language without a catalogue.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import type { ApiTokenRecord } from '../../../mocks/db/types';
import { ApiTokensModule as PackageEntry } from '../../../src/embed';
import { createFormatters } from '../../../src/lib/format';
import { englishWordsIn, ENGLISH_ONLY_WORDS, speak } from '../../support/language';
import {
  createTestQueryClient,
  MOUNT_PATH,
  renderModule,
  TEST_ACCESS_TOKEN,
} from '../../support/render-module';

const TIME_ZONE = 'UTC';

function newestFirst(): ApiTokenRecord[] {
  return [...mockBackend.db.listTokens()].sort((a, b) =>
    b.audit.created.at.localeCompare(a.audit.created.at),
  );
}

/** The module as a portal mounts it: the package's entry, which loads the page's code and its language. */
async function renderPackage(locale: string, path = '') {
  const user = userEvent.setup();
  // The entry suspends while the page's code and its catalogue load, as React.lazy does.
  await act(async () => {
    render(
      <MemoryRouter initialEntries={[`${MOUNT_PATH}${path}`]}>
        <Routes>
          <Route
            path={`${MOUNT_PATH}/*`}
            element={
              <PackageEntry
                config={{
                  apiBaseUrl: TEST_API_BASE_URL,
                  getAccessToken: () => TEST_ACCESS_TOKEN,
                  queryClient: createTestQueryClient(),
                  locale,
                  timeZone: TIME_ZONE,
                }}
              />
            }
          />
        </Routes>
      </MemoryRouter>,
    );
  });
  return { user };
}

function rowOf(name: string): HTMLElement {
  const row = screen.getByRole('link', { name }).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

describe('German: the check itself', () => {
  it('knows the English words to look for, and finds them in English text', () => {
    for (const word of ['created', 'never', 'used', 'rows', 'selected', 'modules']) {
      expect(ENGLISH_ONLY_WORDS.has(word)).toBe(true);
    }
    const p = document.createElement('p');
    p.textContent = 'API-Token erstellt';
    p.setAttribute('aria-label', 'Last access');
    expect(englishWordsIn(p)).toEqual(['last', 'access']);
  });
});

describe('German: the grid', () => {
  it('from the module’s locale: German words, German dates beside them, German plurals, no English', async () => {
    const [newest] = newestFirst();
    await renderPackage('de-DE');
    expect(
      await screen.findByRole('heading', { name: 'API-Tokens' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    await screen.findByRole('link', { name: newest!.name }, { timeout: 10_000 });
    // The deferred parts (hygiene counts, menus) have drawn their words too.
    await screen.findByRole('button', { name: `Aktionen für ${newest!.name}` });

    expect(screen.getByRole('columnheader', { name: /Erstellt am/ })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Letzter Zugriff/ })).toBeInTheDocument();

    // "erstellt vor 3 Tagen": the German relative time inside a German phrase, the date in German beside it.
    const de = createFormatters('de-DE', TIME_ZONE);
    const at = newest!.audit.created.at;
    const created = within(rowOf(newest!.name)).getAllByRole('cell')[4]!;
    expect(created).toHaveTextContent(de.dateParts(at)!.date);
    expect(created).toHaveTextContent(`erstellt ${de.relative(at)!}`);

    // Plurals: the total and the range say "Zeilen"; a token with one module says "Modul".
    const total = mockBackend.db.tokenCount();
    expect(
      within(screen.getByRole('navigation', { name: 'Seitennavigation' })).getByText(
        `1–10 von ${de.number(total)} Zeilen`,
      ),
    ).toBeInTheDocument();

    await waitFor(() => expect(englishWordsIn(document.body)).toEqual([]));
  });

  it('one and many: a single selected token and several use their own forms', async () => {
    await speak('de-DE');
    const [first, second] = newestFirst();
    const { user } = renderModule({ config: { locale: 'de-DE', timeZone: TIME_ZONE } });
    await screen.findByRole('link', { name: first!.name });

    await user.click(screen.getByRole('checkbox', { name: `${first!.name} auswählen` }));
    const bar = await screen.findByRole('region', { name: 'Ausgewählte API-Tokens' });
    await user.click(within(bar).getByRole('button', { name: 'Deaktivieren' }));
    let dialog = await screen.findByRole('alertdialog', { name: /API-Token/ });
    expect(dialog).toHaveAccessibleName('1 API-Token deaktivieren?');
    expect(englishWordsIn(dialog)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));

    await user.click(screen.getByRole('checkbox', { name: `${second!.name} auswählen` }));
    await user.click(within(bar).getByRole('button', { name: 'Deaktivieren' }));
    dialog = await screen.findByRole('alertdialog', { name: /API-Tokens/ });
    expect(dialog).toHaveAccessibleName('2 API-Tokens deaktivieren?');
    expect(within(dialog).getByRole('button', { name: '2 API-Tokens deaktivieren' })).toBeInTheDocument();
    expect(englishWordsIn(dialog)).toEqual([]);
  });
});

describe('German: the detail page, the wizard and the dialogs', () => {
  it('a token’s Details tab: German labels, German dates', async () => {
    await speak('de-DE');
    const [token] = newestFirst();
    renderModule({ path: `/${token!.id}/details`, config: { locale: 'de-DE', timeZone: TIME_ZONE } });
    const details = await screen.findByRole('region', { name: 'Details' });
    const created = within(details).getByText('Erstellt', { selector: 'dt' })
      .nextElementSibling as HTMLElement;
    await waitFor(() => expect(created.querySelector('time')).not.toBeNull());
    const de = createFormatters('de-DE', TIME_ZONE);
    expect(created).toHaveTextContent(de.dateParts(token!.audit.created.at)!.date);
    expect(screen.getByRole('tab', { name: 'Änderungsprotokoll' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Zurück zu den API-Tokens/ })).toBeInTheDocument();
    await waitFor(() => expect(englishWordsIn(document.body)).toEqual([]));
  });

  it('the Activity and Audit trail tabs: the API’s object types, actions and countries in German, unknown ones as sent', async () => {
    await speak('de-DE');
    const [token] = newestFirst();
    const record = (n: number, objectType: string, event: string, countryCode = 'US') => ({
      id: `AUD-0000-000${n}`,
      timestamp: `2030-01-01T09:0${n}:00Z`,
      event,
      summary: `Record ${n}`,
      object: { id: `OBJ-000${n}`, name: `Object ${n}`, objectType },
      actor: { id: token!.id, name: token!.name },
      request: {
        api: {
          ip: '192.0.2.1',
          geolocation: { countryCode, countryName: 'United States', region: 'Virginia' },
        },
      },
    });
    const records = [
      record(3, 'Order', 'platform.commerce.order.created'),
      record(2, 'User', 'platform.accounts.user.invited'),
      record(1, 'Widget', 'platform.things.widget.polished'),
      // Words that every object has a property for are words like any other.
      record(0, 'toString', 'platform.things.widget.constructor', 'ZZZ'),
    ];
    server.use(
      http.get(`${TEST_API_BASE_URL}/public/v1/audit/records`, () =>
        HttpResponse.json({ $meta: { pagination: { offset: 0, limit: 10, total: 4 } }, data: records }),
      ),
    );
    const { user } = renderModule({
      path: `/${token!.id}/activity`,
      config: { locale: 'de-DE', timeZone: TIME_ZONE },
    });
    const table = await screen.findByRole('table', { name: 'Anfragen mit diesem API-Token' });
    const objects = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[2]);
    expect(objects[0]).toHaveTextContent(/Bestellung$/);
    expect(objects[1]).toHaveTextContent(/Benutzer$/);
    expect(objects[2]).toHaveTextContent(/Widget$/);
    expect(objects[3]).toHaveTextContent(/toString$/);
    const places = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[4]);
    expect(places[0]).toHaveTextContent(/Virginia, Vereinigte Staaten$/);
    // A code the browser does not know keeps the API's own name.
    expect(places[3]).toHaveTextContent(/Virginia, United States$/);
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Zusammenfassung der Aktivität' })).toHaveTextContent(
        /in Virginia, Vereinigte Staaten\.$/,
      ),
    );

    await user.click(screen.getByRole('tab', { name: 'Änderungsprotokoll' }));
    const trail = await screen.findByRole('list', { name: 'Änderungsprotokoll' });
    const items = within(trail).getAllByRole('listitem');
    ['Erstellt', 'Eingeladen', 'polished', 'constructor'].forEach((action, index) =>
      expect(within(items[index]!).getByText(action)).toBeInTheDocument(),
    );
  });

  it('the summary: an account the API calls Enabled is “Aktiviert”', async () => {
    await speak('de-DE');
    const [token] = newestFirst();
    server.use(
      http.get(`${TEST_API_BASE_URL}/public/v1/accounts/api-tokens/${token!.id}`, () =>
        HttpResponse.json({
          id: token!.id,
          name: token!.name,
          description: token!.description,
          icon: null,
          status: token!.status,
          account: { ...token!.account, status: 'Enabled' },
          modules: token!.modules,
          lastAccessAt: token!.lastAccessAt,
          audit: token!.audit,
        }),
      ),
    );
    renderModule({ path: `/${token!.id}/general`, config: { locale: 'de-DE', timeZone: TIME_ZONE } });
    const summary = await screen.findByRole('region', { name: 'Übersicht' });
    const account = within(summary).getByText('Konto', { selector: 'dt' }).nextElementSibling as HTMLElement;
    await waitFor(() => expect(within(account).getByText('Aktiviert')).toBeInTheDocument());
    expect(account).not.toHaveTextContent('Enabled');
  });

  it('the Add wizard, step by step, and its discard question', async () => {
    await speak('de-CH');
    const { user } = renderModule({ path: '/new', config: { locale: 'de-CH', timeZone: TIME_ZONE } });
    const dialog = await screen.findByRole('dialog', { name: 'API-Token hinzufügen' });
    expect(within(dialog).getByRole('list', { name: 'Schritte' })).toHaveTextContent(
      /Allgemein.*Module.*Überblick/,
    );
    expect(englishWordsIn(dialog)).toEqual([]);

    // An empty name is refused in German.
    await user.click(within(dialog).getByRole('button', { name: 'Weiter' }));
    expect(
      await within(dialog).findByText('Geben Sie einen Namen für das API-Token ein.'),
    ).toBeInTheDocument();
    // So is a name holding a character that cannot be seen, which the message names.
    const name = within(dialog).getByRole('textbox', { name: /Name des API-Tokens/ });
    await user.type(name, 'Nächtlicher\u200BExport');
    await user.click(within(dialog).getByRole('button', { name: 'Weiter' }));
    expect(
      await within(dialog).findByText(
        'Entfernen Sie das unsichtbare Zeichen (Leerzeichen ohne Breite) aus dem Namen.',
      ),
    ).toBeInTheDocument();
    await user.clear(name);
    await user.type(name, 'Nächtlicher Export');
    await user.click(within(dialog).getByRole('button', { name: 'Weiter' }));
    await within(dialog).findByText('Wählen Sie die Module, auf die dieses API-Token zugreifen kann.');
    await waitFor(() => expect(within(dialog).queryByText('Module werden geladen…')).not.toBeInTheDocument());
    expect(englishWordsIn(dialog, ['Nächtlicher Export'])).toEqual([]);

    await user.keyboard('{Escape}');
    const discard = await screen.findByRole('alertdialog', { name: 'Änderungen verwerfen?' });
    expect(within(discard).getByRole('button', { name: 'Weiter bearbeiten' })).toBeInTheDocument();
    expect(englishWordsIn(discard)).toEqual([]);
  });

  it('the row menu and the disable confirmation, then the result in German', async () => {
    await speak('de-DE');
    const token = newestFirst().find((t) => t.status === 'Active')!;
    const { user } = renderModule({ config: { locale: 'de-DE', timeZone: TIME_ZONE } });
    await user.click(await screen.findByRole('button', { name: `Aktionen für ${token.name}` }));
    const menu = await screen.findByRole('menu');
    expect(englishWordsIn(menu)).toEqual([]);
    await user.click(within(menu).getByRole('menuitem', { name: 'Deaktivieren' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'API-Token deaktivieren?' });
    expect(dialog).toHaveTextContent(`„${token.name}“ (${token.id}) wird deaktiviert.`);
    expect(englishWordsIn(dialog)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'API-Token deaktivieren' }));
    expect(await screen.findAllByText(`API-Token „${token.name}“ deaktiviert.`)).not.toHaveLength(0);
    expect(mockBackend.db.getToken(token.id)?.status).toBe('Disabled');
    // The notifications' region is named in German too (the browser's own name for it would be English).
    expect(screen.getByRole('region', { name: 'Benachrichtigungen (F8)' })).toBeInTheDocument();
  });
});

describe('the language the markup names', () => {
  it('is the one the words are in: German for the page and for its menus, which portal out of it', async () => {
    const [newest] = newestFirst();
    await renderPackage('de-DE');
    const link = await screen.findByRole('link', { name: newest!.name }, { timeout: 10_000 });
    // A screen reader picks its voice from the nearest lang: the host's page may well be English.
    expect(link.closest('[lang]')).toHaveAttribute('lang', 'de');
    await userEvent.click(screen.getByRole('button', { name: `Aktionen für ${newest!.name}` }));
    const menu = await screen.findByRole('menu');
    expect(menu.closest('[lang]')).toHaveAttribute('lang', 'de');
  });

  it('fr-FR: the words are English, and so is the lang', async () => {
    const [newest] = newestFirst();
    await renderPackage('fr-FR');
    const link = await screen.findByRole('link', { name: newest!.name }, { timeout: 10_000 });
    expect(link.closest('[lang]')).toHaveAttribute('lang', 'en');
  });
});

describe('a language without a catalogue', () => {
  it('fr-FR: English words, and dates in English too, never French', async () => {
    const [newest] = newestFirst();
    await renderPackage('fr-FR');
    expect(
      await screen.findByRole('heading', { name: 'API tokens' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    await screen.findByRole('link', { name: newest!.name }, { timeout: 10_000 });
    const at = newest!.audit.created.at;
    const en = createFormatters('en', TIME_ZONE);
    const fr = createFormatters('fr-FR', TIME_ZONE);
    expect(en.dateParts(at)!.date).not.toBe(fr.dateParts(at)!.date);
    const created = within(rowOf(newest!.name)).getAllByRole('cell')[4]!;
    expect(created).toHaveTextContent(en.dateParts(at)!.date);
    expect(created).toHaveTextContent(`created ${en.relative(at)!}`);
    expect(created).not.toHaveTextContent(fr.dateParts(at)!.date);
  });
});

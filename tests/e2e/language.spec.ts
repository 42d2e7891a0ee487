import { expect, test, type Locator, type Page } from '@playwright/test';
import { GERMAN_BUILD_URL } from '../../playwright.config';
import { GRID, openGrid } from './support/app';
import { expectNoAxeViolations, settle } from './support/axe';
import { expectNoSideScroll, keepScreenshot, linesOfText } from './support/layout';

// The built standalone app in German, twice: the usual build (VITE_LOCALE unset) in a browser whose language is
// German, and a build with VITE_LOCALE=de-DE (playwright.config.ts serves it) in an English browser, whose
// language the build's locale overrides. The exhaustive "no English word left" checks are the integration tests
// (tests/integration/i18n/german.test.tsx); here the real bundle, its lazy catalogue and the static shell are
// proven in a browser.

test.describe.configure({ timeout: 120_000 });

/** English words the German page must not show anywhere (the page's text and its accessible names). */
const ENGLISH = [
  /\bLast access\b/,
  /\bDate created\b/,
  /\bNever used\b/,
  /\brows\b/,
  /\bSearch by\b/,
  /\bcreated\b/,
];

async function expectNoEnglish(page: Page, where: string) {
  const text = await page.evaluate(() => {
    const parts = [document.body.innerText];
    for (const el of document.querySelectorAll('[aria-label],[title],[placeholder]'))
      for (const name of ['aria-label', 'title', 'placeholder']) parts.push(el.getAttribute(name) ?? '');
    return parts.join('\n');
  });
  for (const english of ENGLISH) expect(text, `${where}: ${english}`).not.toMatch(english);
}

async function openGerman(page: Page, search = '') {
  await page.goto(`${GRID}${search}`);
  await expect(page.getByRole('heading', { name: 'API-Tokens', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Tabelle der API-Tokens' })).not.toHaveAttribute(
    'aria-busy',
    'true',
  );
  await expect(page.getByRole('button', { name: /^Aktionen für / }).first()).toBeVisible();
}

/** How each build shows its shell before the app draws. */
type Shell = 'hidden' | 'German';

function germanJourneys(how: string, shell: Shell) {
  test(`${how}: the grid in German: words, dates, plurals; no English shell`, async ({ page }, testInfo) => {
    // What the static shell showed before the app drew: hidden from a German browser in the usual build (its
    // words are English); drawn in German by the build for German.
    const shellSeen: string[] = [];
    await page.exposeFunction('reportShell', (text: string) => shellSeen.push(text));
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const shell = document.querySelector('[data-static-shell]');
        if (shell && getComputedStyle(shell).visibility !== 'hidden')
          (window as unknown as { reportShell(t: string): void }).reportShell(shell.textContent ?? '');
      });
    });
    await openGerman(page);
    if (shell === 'hidden') expect(shellSeen).toEqual([]);
    else {
      expect(shellSeen).toHaveLength(1);
      expect(shellSeen[0]).toContain('API-Tokens');
      expect(shellSeen[0]).toContain('Letzter Zugriff');
      expect(shellSeen[0]).not.toMatch(/Last access|Date created/);
    }

    await expect(page.getByRole('columnheader', { name: /Erstellt am/ })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: /Letzter Zugriff/ })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Seitennavigation' }).getByText(/^1–10 von \d[\d.]* Zeilen$/),
    ).toBeVisible();
    // A German date ("3. Dez. 2026") in the created column.
    await expect(
      page
        .getByRole('cell')
        .filter({ hasText: /\d{1,2}\. \S+ \d{4}/ })
        .first(),
    ).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Bereiche der Einstellungen' })).toBeVisible();
    // The document says it is German, so a screen reader reads it with a German voice.
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    // The window's title too, for the tab, the history and bookmarks.
    await expect(page).toHaveTitle('API-Tokens · SoftwareOne Marketplace');
    await expectNoEnglish(page, 'grid');
    await settle(page);
    await keepScreenshot(page, testInfo, 'de-grid-1440');
    await expectNoAxeViolations(page, 'German grid');

    await page.setViewportSize({ width: 360, height: 740 });
    await expectNoSideScroll(page, 'German grid at 360 px');
    await keepScreenshot(page, testInfo, 'de-grid-360');
  });

  test(`${how}: a token’s Details tab in German`, async ({ page }, testInfo) => {
    await openGerman(page);
    await page
      .getByRole('button', { name: /^Aktionen für / })
      .first()
      .waitFor();
    const link = page.getByRole('table', { name: 'API-Tokens' }).getByRole('link').first();
    const name = (await link.textContent())!;
    await link.click();
    await expect(page).toHaveTitle(`${name} · API-Tokens · SoftwareOne Marketplace`);
    const tabs = page.getByRole('tablist', { name: 'Bereiche des API-Tokens' });
    await tabs.getByRole('tab', { name: 'Details' }).click();
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.getByText('Token-ID')).toBeVisible();
    await expect(details.getByText('Erstellt von')).toBeVisible();
    await expect(tabs.getByRole('tab', { name: 'Änderungsprotokoll' })).toBeVisible();
    await expectNoEnglish(page, 'details');
    await keepScreenshot(page, testInfo, 'de-details-1440');
  });

  test(`${how}: the Add wizard in German`, async ({ page }, testInfo) => {
    await openGerman(page);
    await page.getByRole('link', { name: 'Hinzufügen' }).click();
    const dialog = page.getByRole('dialog', { name: 'API-Token hinzufügen' });
    await expect(dialog).toBeVisible();
    await expect(page).toHaveTitle('API-Token hinzufügen · API-Tokens · SoftwareOne Marketplace');
    await dialog.getByRole('button', { name: 'Weiter' }).click();
    await expect(dialog.getByText('Geben Sie einen Namen für das API-Token ein.')).toBeVisible();
    await dialog.getByRole('textbox', { name: /Name des API-Tokens/ }).fill('Nächtlicher Export');
    await dialog.getByRole('button', { name: 'Weiter' }).click();
    await expect(
      dialog.getByText('Wählen Sie die Module, auf die dieses API-Token zugreifen kann.'),
    ).toBeVisible();
    await expectNoEnglish(page, 'wizard');
    await keepScreenshot(page, testInfo, 'de-wizard-1440');
  });
}

test.describe('the usual build, in a browser whose language is German', () => {
  test.use({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  germanJourneys('browser language', 'hidden');

  test('when the German words cannot load, the page comes in English rather than staying blank', async ({
    page,
  }) => {
    await page
      .context()
      .route(/\/assets\/language-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
    await openGrid(page);
    await expect(page.getByRole('heading', { name: 'API tokens', level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('at 1280 px, Rotate’s steps keep “API-Token” whole and take two lines at most', async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openGerman(page);
    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('button', { name: 'Weitere Aktionen' }).click();
    await page.getByRole('menuitem', { name: 'Rotieren…' }).click();
    const steps = page.getByRole('dialog', { name: 'API-Token rotieren' }).getByRole('listitem');
    await expect(steps).toHaveCount(3);
    for (const step of await steps.all()) {
      const label = step.getByText(/API-Token/);
      const { lines, tokenBreaks } = await label.evaluate((element) => {
        const lineHeight = parseFloat(getComputedStyle(element).lineHeight);
        // Where "API-Token" sits: one line box for the whole word, or two when it breaks at its hyphen.
        const text = element.firstChild as Text;
        const start = (text.textContent ?? '').indexOf('API-Token');
        const range = document.createRange();
        range.setStart(text, start);
        range.setEnd(text, start + 'API-Token'.length);
        const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        return { lines: element.getBoundingClientRect().height / lineHeight, tokenBreaks: tops.size > 1 };
      });
      const name = await label.textContent();
      expect(tokenBreaks, `“API-Token” whole in “${name}”`).toBe(false);
      expect(lines, `“${name}” in two lines at most`).toBeLessThan(2.5);
    }
    await keepScreenshot(page, testInfo, 'de-rotate-1280');
  });

  test('on a 360 px phone, Rotate keeps “API-Token” whole in its steps and its footer on one row', async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await openGerman(page);
    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('button', { name: 'Weitere Aktionen' }).click();
    await page.getByRole('menuitem', { name: 'Rotieren…' }).click();
    const dialog = page.getByRole('dialog', { name: 'API-Token rotieren' });
    const steps = dialog.getByRole('listitem');
    await expect(steps).toHaveCount(3);
    for (const step of await steps.all()) {
      const lines = await linesOfText(step.getByText(/API-Token/), 'API-Token');
      expect(lines, `“API-Token” whole in “${await step.textContent()}”`).toBe(1);
    }
    const middles = await Promise.all(
      ['Schließen', 'Neues Token erstellen'].map(async (name) => {
        const found = await dialog.getByRole('button', { name, exact: true }).boundingBox();
        expect(found, `${name} has a box`).not.toBeNull();
        return Math.round(found!.y + found!.height / 2);
      }),
    );
    expect(new Set(middles).size, `footer buttons centred at ${middles.join(', ')}`).toBe(1);
    await keepScreenshot(page, testInfo, 'de-rotate-360');
  });

  test('on a 360 px phone, the Add wizard keeps its footer on one row, also while it adds', async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 360, height: 740 });
    // The mock's latency runs on the page's clock, which the test stops to hold the create's answer.
    await page.clock.install();
    await openGerman(page, '?scenario=latency:300');
    await page.getByRole('link', { name: 'Hinzufügen' }).click();
    const dialog = page.getByRole('dialog', { name: 'API-Token hinzufügen' });
    await dialog.getByRole('textbox', { name: /Name des API-Tokens/ }).fill('Nächtlicher Export');
    await dialog.getByRole('button', { name: 'Weiter' }).click();
    await dialog.getByRole('checkbox').first().check();
    await dialog.getByRole('button', { name: 'Weiter' }).click();
    await expect(dialog.getByRole('heading', { name: 'Überblick' })).toBeVisible();
    const middles = await Promise.all(
      ['Schließen', 'Zurück', 'Hinzufügen'].map(async (name) => {
        const found = await dialog.getByRole('button', { name, exact: true }).boundingBox();
        expect(found, `${name} has a box`).not.toBeNull();
        return Math.round(found!.y + found!.height / 2);
      }),
    );
    expect(new Set(middles).size, `footer buttons centred at ${middles.join(', ')}`).toBe(1);
    await expectNoSideScroll(page, 'the wizard at 360 px');
    await keepScreenshot(page, testInfo, 'de-wizard-360');

    // While it adds: the spinner in Hinzufügen shows it, the note is for screen readers, and the wider Abbrechen
    // takes the place of Schließen and the disabled Zurück: one row still, and Hinzufügen where it was.
    const add = dialog.getByRole('button', { name: 'Hinzufügen', exact: true });
    const before = await add.boundingBox();
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
    await add.click();
    await expect(
      dialog.getByRole('status').filter({ hasText: 'Das API-Token wird hinzugefügt' }),
    ).toBeAttached();
    const cancel = dialog.getByRole('button', { name: 'Abbrechen', exact: true });
    await expect(cancel).toBeVisible();
    const busy = await Promise.all([cancel, add].map((button) => button.boundingBox()));
    expect(busy[0] && busy[1], 'Abbrechen and Hinzufügen have boxes').toBeTruthy();
    expect(Math.round(busy[0]!.y + busy[0]!.height / 2), 'Abbrechen beside Hinzufügen').toBe(
      Math.round(busy[1]!.y + busy[1]!.height / 2),
    );
    // Its spinner widens it to the left; its right edge and its row stay.
    expect(busy[1]!.x + busy[1]!.width, 'Hinzufügen ends where it did').toBeCloseTo(
      before!.x + before!.width,
      1,
    );
    expect(busy[1]!.y, 'Hinzufügen on the row it was on').toBeCloseTo(before!.y, 1);
    await expectNoSideScroll(page, 'the wizard at 360 px, adding');
    await keepScreenshot(page, testInfo, 'de-wizard-360-adding');
    await page.clock.resume();
    await expect(dialog.getByRole('heading', { name: /hinzugefügt/ })).toBeVisible();
  });
});

test.describe('German words that fit', () => {
  test.use({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });

  /** How much wider a field's placeholder is than the room for text inside it (0 or less: it fits). */
  async function placeholderOverflow(field: Locator): Promise<number> {
    return field.evaluate((input) => {
      const element = input as HTMLInputElement;
      const style = getComputedStyle(element);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return context.measureText(element.placeholder).width - room;
    });
  }

  test('placeholders fit their fields; the Edit dialog keeps the token’s ID whole', async ({ page }) => {
    await page.setViewportSize({ width: 768, height: 900 });
    await openGerman(page);
    const search = page.getByRole('textbox', { name: 'Nach Name oder ID suchen' });
    expect(await placeholderOverflow(search), 'the grid’s search at 768 px').toBeLessThanOrEqual(0);

    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByRole('link', { name: 'Hinzufügen' }).click();
    const wizard = page.getByRole('dialog', { name: 'API-Token hinzufügen' });
    await wizard.getByRole('textbox', { name: /Name des API-Tokens/ }).fill('Nächtlicher Export');
    await wizard.getByRole('button', { name: 'Weiter' }).click();
    const modules = wizard.getByRole('searchbox', { name: 'Module durchsuchen' });
    expect(await placeholderOverflow(modules), 'the modules’ search at 360 px').toBeLessThanOrEqual(0);
    await wizard.getByRole('button', { name: 'Schließen' }).click();
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: /verwerfen/i })
      .click();
    await expect(wizard).toBeHidden();

    // Under a long name the ID comes to the end of a line: it must not break at a hyphen there.
    const row = page
      .getByRole('table')
      .getByRole('row')
      .filter({ has: page.getByRole('link') })
      .first();
    const name = ((await row.getByRole('link').first().textContent()) ?? '').trim();
    await row.getByRole('button', { name: `Aktionen für ${name}` }).click();
    await page.getByRole('menuitem', { name: 'Bearbeiten' }).click();
    const edit = page.getByRole('dialog', { name: 'API-Token bearbeiten' });
    const id = edit.getByText(/^TKN-\d{4}-\d{4}$/);
    await expect(id).toBeVisible();
    expect(await id.evaluate((element) => getComputedStyle(element).whiteSpace)).toBe('nowrap');
  });
});

test.describe('the build with VITE_LOCALE=de-DE, in an English browser', () => {
  test.use({ baseURL: GERMAN_BUILD_URL, locale: 'en-US', timezoneId: 'Europe/Berlin' });
  germanJourneys('VITE_LOCALE=de-DE', 'German');
});

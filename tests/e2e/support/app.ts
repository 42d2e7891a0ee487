import { expect, type Locator, type Page, type Route } from '@playwright/test';

// Shared ways to reach the module's screens in e2e specs, by role and name like a user.

export const GRID = '/settings/api-tokens';

export function grid(page: Page): Locator {
  return page.getByRole('table', { name: 'API tokens' });
}

/** Body rows only: the header row has no row menu. */
export function dataRows(page: Page): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('button', { name: /^Actions for / }) });
}

export function rowByName(page: Page, name: string): Locator {
  return dataRows(page).filter({ has: page.getByRole('link', { name, exact: true }) });
}

/** Opens the Actions menu of the row of the token called `name` and picks `action` (e.g. 'Disable'). */
export async function pickRowAction(page: Page, name: string, action: string): Promise<void> {
  await rowByName(page, name)
    .getByRole('button', { name: `Actions for ${name}` })
    .click();
  await page.getByRole('menuitem', { name: action }).click();
}

/** Waits until the grid shows real rows, not skeletons or a half-loaded page. */
export async function waitForRows(page: Page): Promise<void> {
  await expect(dataRows(page).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'API tokens table' })).not.toHaveAttribute(
    'aria-busy',
    'true',
  );
}

export async function openGrid(page: Page, search = ''): Promise<void> {
  await page.goto(`${GRID}${search}`);
  await expect(page.getByRole('heading', { name: 'API tokens', level: 1 })).toBeVisible();
  await waitForRows(page);
}

export function detailTab(page: Page, name: string): Locator {
  return page.getByRole('tablist', { name: 'API token sections' }).getByRole('tab', { name });
}

/**
 * A toast or inline message with the text, whichever live region announces it. A toast is also found by its own
 * item in the notifications' region ("Notifications (F8)"), where it stays for its seconds on screen: the live
 * region that announces it holds its words for about a second only, which a busy machine can miss.
 */
export function notice(page: Page, text: string | RegExp): Locator {
  return page
    .getByRole('status')
    .filter({ hasText: text })
    .or(page.getByRole('alert').filter({ hasText: text }))
    .or(notificationItem(page, text))
    .first();
}

/** A notification as drawn: its item in the notifications' region, for as long as it is on screen. */
export function notificationItem(page: Page, text: string | RegExp): Locator {
  return page
    .getByRole('region', { name: /\(F8\)$/ })
    .getByRole('listitem')
    .filter({ hasText: text });
}

/** Names of the first `count` Active rows on screen. */
export async function activeRowNames(page: Page, count: number): Promise<string[]> {
  const rows = dataRows(page).filter({ has: page.getByText('Active', { exact: true }) });
  await expect(rows.first()).toBeVisible();
  const names: string[] = [];
  for (let i = 0; i < count; i++)
    names.push((await rows.nth(i).getByRole('link').first().textContent())?.trim() ?? '');
  return names;
}

/** Opens the wizard from the grid and brings it to the Overview of a token with one module. */
export async function fillWizard(page: Page, name: string) {
  await page.getByRole('link', { name: 'Add', exact: true }).click();
  const wizard = page.getByRole('dialog', { name: 'Add API token' });
  await wizard.getByRole('textbox', { name: 'API token name' }).fill(name);
  await wizard.getByRole('button', { name: 'Next' }).click();
  await wizard.getByRole('checkbox', { name: 'Billing' }).check();
  await wizard.getByRole('button', { name: 'Next' }).click();
  await expect(wizard.getByRole('region', { name: 'General' })).toContainText(name);
  return wizard;
}

/** Holds back the grid's deferred chunk until `release` is called. */
export async function holdGridExtras(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let requested = false;
  // On the context, so a chunk fetched through the mock service worker is held as well.
  await page.context().route(/\/assets\/grid-extras-[^/]*\.js$/, async (route: Route) => {
    requested = true;
    await released;
    await route.continue();
  });
  return { release, requested: () => requested };
}

import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { SHELL_HEAD_SCRIPT_HASH } from '../../scripts/content-security-policy';

// The built app runs under a strict Content-Security-Policy (vite.config.ts, sent by `vite preview`)
// and its main journeys break none of it. Every `securitypolicyviolation` event and every console error counts.

const GRID = '/settings/api-tokens';

const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

declare global {
  interface Window {
    __cspViolations: Violation[];
  }
}

/** Collects violations from the first script on, and console errors / uncaught errors on the Node side. */
async function watch(page: Page): Promise<{ errors: string[] }> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        source: `${event.sourceFile}:${event.lineNumber}`,
      });
    });
  });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { errors };
}

async function violations(page: Page): Promise<Violation[]> {
  return page.evaluate(() => window.__cspViolations);
}

function grid(page: Page): Locator {
  return page.getByRole('table', { name: 'API tokens' });
}

function rowByName(page: Page, name: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
}

async function waitForRows(page: Page) {
  await expect(grid(page).locator('tbody a').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'API tokens table' })).not.toHaveAttribute(
    'aria-busy',
    'true',
  );
}

async function rowAction(page: Page, name: string, item: string) {
  await rowByName(page, name)
    .getByRole('button', { name: `Actions for ${name}` })
    .click();
  await page.getByRole('menuitem', { name: item }).click();
}

test.describe('Content-Security-Policy', () => {
  test('the document is served with the strict policy', async ({ page }) => {
    const response = await page.goto(GRID);
    const policy = response?.headers()['content-security-policy'] ?? '';
    const directives = new Map(
      policy
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .filter((words) => words[0])
        .map(([name = '', ...values]) => [name, values]),
    );
    // Our files, and the page head's one inline script by the hash of its text (none other runs).
    expect(directives.get('script-src')).toEqual(["'self'", `'${SHELL_HEAD_SCRIPT_HASH}'`]);
    // Styles: our stylesheet, plus <style> elements carrying this response's nonce (Radix's scroll lock).
    const [self, nonceSource = '', ...more] = directives.get('style-src') ?? [];
    expect(self).toBe("'self'");
    expect(nonceSource).toMatch(/^'nonce-[A-Za-z0-9+/]{22}=='$/);
    expect(more).toEqual([]);
    const nonce = nonceSource.slice("'nonce-".length, -1);
    expect(
      await page.evaluate(() => document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce),
    ).toBe(nonce);
    // A fresh one per response: a nonce that never changes would be as good as 'unsafe-inline'.
    const again = await page.request.get(GRID, { headers: { Accept: 'text/html' } });
    expect(again.headers()['content-security-policy']).toContain("style-src 'self' 'nonce-");
    expect(again.headers()['content-security-policy']).not.toContain(nonce);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('strict-dynamic');
    // Images: same origin, local previews (blob:) and logos on the API's https CDN; nothing else.
    expect(directives.get('img-src')).toEqual(["'self'", 'blob:', 'https:']);
  });

  test('the date and number warm-up script loads from our origin, as a module, without violations', async ({
    page,
  }) => {
    await watch(page);
    const warmup = page.waitForResponse((response) => response.url().endsWith('/intl-warmup.js'));
    await page.goto(GRID);
    const response = await warmup;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/javascript/);
    await waitForRows(page);
    expect(await violations(page)).toEqual([]);
  });

  test('the policy is enforced: inline script, eval and parsed style attributes are blocked, CSSOM is not', async ({
    page,
  }) => {
    // Proves the collector sees violations, and settles what React's inline styles (CSSOM) may do under it.
    await watch(page);
    await page.goto(GRID);
    await waitForRows(page);
    const outcome = await page.evaluate(async () => {
      const probe = document.createElement('div');
      document.body.append(probe);
      // Parsed markup: the attribute is dropped and reported.
      probe.innerHTML = '<span id="parsed" style="color: rgb(255, 0, 0)">x</span>';
      // CSSOM, the way React writes `style={{…}}`: allowed.
      const cssom = document.createElement('span');
      cssom.style.color = 'rgb(0, 128, 0)';
      probe.append(cssom);
      // Outside the DevTools evaluation itself, which may always eval: a timer runs as page code.
      const evalBlocked = await new Promise<boolean>((resolve) =>
        setTimeout(() => {
          try {
            (0, eval)('1 + 1');
            resolve(false);
          } catch {
            resolve(true);
          }
        }),
      );
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const parsed = getComputedStyle(probe.querySelector('#parsed') as Element).color;
      const result = {
        parsed,
        cssom: getComputedStyle(cssom).color,
        evalBlocked,
        inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
      };
      probe.remove();
      script.remove();
      return result;
    });
    expect(outcome.parsed).not.toBe('rgb(255, 0, 0)');
    expect(outcome.cssom).toBe('rgb(0, 128, 0)');
    expect(outcome.evalBlocked).toBe(true);
    expect(outcome.inlineRan).toBe(false);
    const directives = (await violations(page)).map((v) => v.directive).sort();
    expect(directives).toEqual(['script-src-elem', 'script-src', 'style-src-attr'].sort());
  });

  test('the main journeys cause no violation and no console error', async ({ page }) => {
    test.setTimeout(90_000);
    const { errors } = await watch(page);
    const name = `CSP probe ${Date.now()}`;

    // Grid: filter, search, sort, page.
    await page.goto(GRID);
    await waitForRows(page);
    await page.getByRole('radio', { name: 'Disabled' }).click();
    await waitForRows(page);
    await grid(page).getByRole('button', { name: 'API token' }).click();
    await waitForRows(page);
    await page.getByRole('button', { name: 'Next' }).click();
    await waitForRows(page);
    await page.getByRole('button', { name: 'Reset view' }).click();
    await expect(page).toHaveURL(/\/settings\/api-tokens$/);
    await waitForRows(page);

    // Detail: every tab, then back.
    const first = grid(page).locator('tbody a').first();
    const firstName = ((await first.textContent()) ?? '').trim();
    await first.click();
    await expect(page.getByRole('heading', { name: firstName, level: 1 })).toBeVisible();
    for (const tab of ['Modules', 'Details', 'Audit trail', 'General']) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await expect(page.getByRole('tab', { name: tab, exact: true })).toHaveAttribute(
        'aria-selected',
        'true',
      );
      await expect(page.getByRole('tabpanel')).toBeVisible();
    }
    await page.getByRole('link', { name: 'Back to API tokens' }).click();
    await waitForRows(page);

    // Wizard: a logo preview (an object URL), then create.
    await page.getByRole('link', { name: 'Add', exact: true }).click();
    const wizard = page.getByRole('dialog', { name: 'Add API token' });
    await expect(wizard).toBeVisible();
    // The scroll lock's nonce'd <style> applies: the page behind the dialog does not scroll.
    expect(await page.evaluate(() => getComputedStyle(document.body).overflow)).toBe('hidden');
    await wizard
      .getByLabel('Add logo')
      .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG_1X1 });
    const preview = wizard.getByRole('img', { name: 'Logo preview' }).locator('img');
    await expect(preview).toHaveJSProperty('complete', true);
    expect(await preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
    await wizard.getByRole('textbox', { name: 'API token name' }).fill(name);
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByRole('checkbox', { name: 'Billing' }).check();
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByRole('button', { name: 'Add' }).click();
    await expect(wizard.getByRole('heading', { name: /API token added/ })).toBeVisible();
    await wizard.getByRole('button', { name: 'Close' }).click();
    // Not copied: Close asks first.
    await page.getByRole('alertdialog').getByRole('button', { name: 'Close anyway' }).click();
    await expect(wizard).toBeHidden();
    await expect(rowByName(page, name)).toBeVisible();
    // The stored logo comes back from the API as an image URL and loads under img-src.
    const avatar = rowByName(page, name).locator('img');
    await expect(avatar).toHaveJSProperty('complete', true);
    expect(await avatar.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

    // Edit.
    const renamed = `${name} edited`;
    await rowAction(page, name, 'Edit');
    const edit = page.getByRole('dialog', { name: 'Edit API token' });
    await edit.getByRole('textbox', { name: 'API token name' }).fill(renamed);
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(edit).toBeHidden();
    await expect(rowByName(page, renamed)).toBeVisible();

    // Disable, enable, delete.
    await rowAction(page, renamed, 'Disable');
    await page
      .getByRole('alertdialog', { name: 'Disable API token?' })
      .getByRole('button', { name: 'Disable token' })
      .click();
    await expect(rowByName(page, renamed).getByText('Disabled', { exact: true })).toBeVisible();
    await rowAction(page, renamed, 'Enable');
    await page
      .getByRole('alertdialog', { name: 'Enable API token?' })
      .getByRole('button', { name: 'Enable token' })
      .click();
    await expect(rowByName(page, renamed).getByText('Active', { exact: true })).toBeVisible();

    // Export, while the token still exists.
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csv = await readFile(await (await downloadPromise).path(), 'utf8');
    expect(csv).toContain(renamed);

    await rowAction(page, renamed, 'Delete');
    await page
      .getByRole('alertdialog', { name: 'Delete API token?' })
      .getByRole('button', { name: 'Delete token' })
      .click();
    await expect(rowByName(page, renamed)).toHaveCount(0);

    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

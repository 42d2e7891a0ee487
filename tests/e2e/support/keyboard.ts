import { expect, type Locator, type Page } from '@playwright/test';

// Keyboard-only helpers: they read the page to know where focus is, but act only through page.keyboard.

async function isFocused(page: Page, target: Locator): Promise<boolean> {
  const handle = await target.elementHandle({ timeout: 5_000 });
  return page.evaluate((el) => el === document.activeElement, handle);
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, max = 80 }: { backwards?: boolean; max?: number } = {},
): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i <= max; i++) {
    if (await isFocused(page, target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target.toString()} in ${max} presses`);
}

/** Presses an arrow key inside a menu until the item has focus. */
export async function arrowTo(page: Page, item: Locator, max = 10): Promise<void> {
  await expect(item).toBeVisible();
  for (let i = 0; i <= max; i++) {
    if (await isFocused(page, item)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`ArrowDown never reached ${item.toString()}`);
}

/**
 * The focused element shows a focus indicator: an outline on itself, or on the visible element drawn for it
 * (a visually hidden radio, checkbox or file input is drawn by its label or next sibling), or a focus ring
 * drawn as a box-shadow on a text field.
 */
export async function expectFocusVisible(page: Page, step: string): Promise<void> {
  const info = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { ok: false, what: 'nothing focused' };
    const hasOutline = (node: Element | null) => {
      if (!node) return false;
      const style = getComputedStyle(node);
      return style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    };
    const field = /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) && getComputedStyle(el).boxShadow !== 'none';
    const ok =
      hasOutline(el) || hasOutline(el.nextElementSibling) || hasOutline(el.closest('label')) || field;
    const what = `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}”`;
    return { ok, what, focusVisible: el.matches(':focus-visible') };
  });
  expect(info.ok, `${step}: focus is not visible on ${info.what}`).toBe(true);
}

/** Tab and Shift+Tab both stay inside `container`, however often they are pressed (a focus trap). */
export async function expectFocusTrapped(page: Page, container: Locator, presses = 12): Promise<void> {
  const handle = await container.elementHandle();
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < presses; i++) {
      await page.keyboard.press(key);
      const inside = await page.evaluate((el) => !!el && el.contains(document.activeElement), handle);
      expect(inside, `${key} #${i + 1} moved focus out of the dialog`).toBe(true);
    }
  }
}

/** Every button on screen has an accessible name, icon-only ones included. */
export async function expectAllButtonsNamed(page: Page, step: string): Promise<void> {
  const all = page.getByRole('button');
  const named = page.getByRole('button', { name: /\S/ });
  const total = await all.count();
  expect(total, `${step}: no buttons found`).toBeGreaterThan(0);
  expect(await named.count(), `${step}: ${total - (await named.count())} button(s) without a name`).toBe(
    total,
  );
}

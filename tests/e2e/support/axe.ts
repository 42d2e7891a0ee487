import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

// One definition of "accessible" for every e2e spec: WCAG 2.0/2.1 A and AA plus axe's best practices.
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export type ColorScheme = 'light' | 'dark';

/**
 * Waits until every finite CSS animation and transition has finished, so axe never judges the contrast of a
 * dialog halfway through fading in. Endless ones (skeleton shimmer, spinners) are left alone.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => {
      const iterations = animation.effect?.getTiming().iterations;
      return iterations === Infinity || animation.playState !== 'running';
    }),
  );
}

function describe(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
  return violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n` +
      v.nodes
        .map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
        .join('\n'),
  );
}

/**
 * Runs axe on the page as it is now, in each colour scheme asked for, and fails with a readable list of every
 * violation. `state` names the screen in the failure message.
 */
export async function expectNoAxeViolations(
  page: Page,
  state: string,
  options: { schemes?: readonly ColorScheme[]; disableRules?: string[] } = {},
): Promise<void> {
  const schemes = options.schemes ?? ['light'];
  const before: ColorScheme = (await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches))
    ? 'dark'
    : 'light';
  const found: string[] = [];
  for (const colorScheme of schemes) {
    await page.emulateMedia({ colorScheme });
    await settle(page);
    let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
    if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
    const { violations } = await builder.analyze();
    found.push(...describe(violations).map((text) => `[${state}, ${colorScheme}] ${text}`));
  }
  // Leave the page in the scheme it was in, as the next step of the test expects.
  await page.emulateMedia({ colorScheme: before });
  expect(found, `axe violations on ${state}`).toEqual([]);
}

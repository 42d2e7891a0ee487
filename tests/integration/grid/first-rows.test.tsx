import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { prefetchApiTokensGrid } from '../../../src/embed';
import { createTestQueryClient, renderModule, TEST_ACCESS_TOKEN } from '../../support/render-module';
import { mockBackend, TEST_API_BASE_URL } from '../../../mocks/node';
import { findRows, tokensNewestFirst, visibleNames } from './grid-helpers';

/**
 * Records how many token rows the grid holds after each change of the page once its first row is another than
 * when this started, leaving out repeats.
 */
function recordRowCounts() {
  const firstBefore = document.querySelector('table tbody a')?.textContent;
  const counts: number[] = [];
  const observer = new MutationObserver(() => {
    const links = document.querySelectorAll('table tbody a');
    if (links.length > 0 && links[0]!.textContent === firstBefore) return;
    if (counts.at(-1) === links.length) return;
    counts.push(links.length);
  });
  observer.observe(document.body, { subtree: true, childList: true });
  return { counts, stop: () => observer.disconnect() };
}

/**
 * jsdom lays nothing out: this IntersectionObserver tells the grid that each row it watches is where the test says
 * (under the screen, on it, or above it, scrolled past), as a browser would, a moment after it is watched.
 */
function rowsAre(where: 'under the screen' | 'on the screen' | 'above the screen') {
  class PlacedObserver {
    // A root margin that stretches the screen upwards takes in rows above it, as in a browser.
    private readonly takesInAbove: boolean;
    constructor(
      private readonly report: IntersectionObserverCallback,
      options?: IntersectionObserverInit,
    ) {
      this.takesInAbove = parseFloat(options?.rootMargin ?? '0') > 100_000;
    }
    observe(target: Element) {
      const entry = {
        target,
        isIntersecting: where === 'on the screen' || (where === 'above the screen' && this.takesInAbove),
      } as IntersectionObserverEntry;
      setTimeout(() => this.report([entry], this as unknown as IntersectionObserver));
    }
    disconnect() {}
  }
  vi.stubGlobal('IntersectionObserver', PlacedObserver);
  onTestFinished(() => void vi.unstubAllGlobals());
}

/** Shows the next page of 25 and waits for all of its rows. */
async function nextPageOf25(user: { click(element: Element): Promise<void> }) {
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await waitFor(() =>
    expect(visibleNames()).toEqual(
      tokensNewestFirst()
        .slice(25, 50)
        .map((t) => t.name),
    ),
  );
}

describe('tokens grid: the first rows of a long page', () => {
  it('draws a screenful first and the rest right after, in order', async () => {
    expect(tokensNewestFirst().length).toBeGreaterThanOrEqual(50);
    const rows = recordRowCounts();
    renderModule({ search: '?size=25' });
    await findRows();
    await waitFor(() => expect(visibleNames()).toHaveLength(25));
    rows.stop();
    expect(rows.counts.filter((count) => count > 0)).toEqual([10, 25]);
    expect(visibleNames()).toEqual(
      tokensNewestFirst()
        .slice(0, 25)
        .map((token) => token.name),
    );
  });

  it('draws a screenful first also when the rows were fetched before the page rendered', async () => {
    const queryClient = createTestQueryClient();
    await prefetchApiTokensGrid(
      {
        apiBaseUrl: TEST_API_BASE_URL,
        getAccessToken: () => TEST_ACCESS_TOKEN,
        queryClient,
        timeZone: 'UTC',
      },
      '?size=25',
    );
    const rows = recordRowCounts();
    renderModule({ search: '?size=25', queryClient });
    await waitFor(() => expect(visibleNames()).toHaveLength(25));
    rows.stop();
    expect(rows.counts.filter((count) => count > 0)).toEqual([10, 25]);
  });

  it('draws the hygiene counts only after the first rows, never in the same paint', async () => {
    // What the page holds the moment the first rows appear.
    let stripWithFirstRows: boolean | undefined;
    const observer = new MutationObserver(() => {
      if (stripWithFirstRows === undefined && document.querySelector('table tbody a'))
        stripWithFirstRows = document.querySelector('ul[aria-label="Token hygiene"]') !== null;
    });
    observer.observe(document.body, { subtree: true, childList: true });
    renderModule({ search: '?size=25' });
    await findRows();
    expect(await screen.findByRole('list', { name: 'Token hygiene' })).toBeInTheDocument();
    observer.disconnect();
    expect(stripWithFirstRows).toBe(false);
  });

  it('draws a new view a screenful first when the rows after it are under the screen', async () => {
    rowsAre('under the screen');
    const { user } = renderModule({ search: '?size=25' });
    await waitFor(() => expect(visibleNames()).toHaveLength(25));
    const rows = recordRowCounts();
    await nextPageOf25(user);
    rows.stop();
    expect(rows.counts).toEqual([10, 25]);
  });

  it.each(['on the screen', 'above the screen'] as const)(
    'draws a new view all at once when the rows after the first screenful are %s',
    async (where) => {
      rowsAre(where);
      const { user } = renderModule({ search: '?size=25' });
      await waitFor(() => expect(visibleNames()).toHaveLength(25));
      // The grid has heard where they are.
      await new Promise((resolve) => setTimeout(resolve));
      const rows = recordRowCounts();
      await nextPageOf25(user);
      rows.stop();
      expect(rows.counts).toEqual([25]);
    },
  );

  it('redraws rows that stay all at once, also when those after the first screenful are under the screen', async () => {
    rowsAre('under the screen');
    const { user } = renderModule({ search: '?size=25' });
    await waitFor(() => expect(visibleNames()).toHaveLength(25));
    // The first row goes: the rows after it move up one, and the next page's first joins at the end.
    const gone = tokensNewestFirst()[0]!;
    mockBackend.db.deleteToken(gone.id);
    const rows = recordRowCounts();
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(visibleNames()).not.toContain(gone.name));
    rows.stop();
    expect(visibleNames()).toHaveLength(25);
    expect(rows.counts).toEqual([25]);
  });
});

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
 * jsdom lays nothing out: the rows' boxes are placed where the test says, under the screen (jsdom's window is 768
 * px high), on it, or above it, scrolled past. Returns a way to move them.
 */
function rowsAre(where: Place) {
  let place = where;
  const spy = vi
    .spyOn(HTMLTableRowElement.prototype, 'getBoundingClientRect')
    .mockImplementation(() => ({ top: TOPS[place] }) as DOMRect);
  onTestFinished(() => spy.mockRestore());
  return (to: Place) => (place = to);
}
type Place = 'under the screen' | 'on the screen' | 'above the screen';
const TOPS: Record<Place, number> = {
  'under the screen': 2000,
  'on the screen': 300,
  'above the screen': -500,
};

/** The screen the page opened on, as the grid reads it (jsdom's is 0 by 0). */
function screenIs(width: number, height: number) {
  const widthSpy = vi.spyOn(window.screen, 'width', 'get').mockReturnValue(width);
  const heightSpy = vi.spyOn(window.screen, 'height', 'get').mockReturnValue(height);
  onTestFinished(() => {
    widthSpy.mockRestore();
    heightSpy.mockRestore();
  });
}

/** The frame after the rows were drawn has passed, in which the grid reads where they are. */
const aFrameLater = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

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

/** Opens the grid on a page of 25 and, once it has read where its rows are, shows the next page: how it came. */
async function rowCountsOfNextPage(): Promise<number[]> {
  const { user } = renderModule({ search: '?size=25' });
  await waitFor(() => expect(visibleNames()).toHaveLength(25));
  await aFrameLater();
  const rows = recordRowCounts();
  await nextPageOf25(user);
  rows.stop();
  return rows.counts;
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

  it.each([
    ['a phone (390 x 844)', 390, 844, 5],
    ['a small phone (360 x 640)', 360, 640, 4],
    ['a desktop (1920 x 1080)', 1920, 1080, 10],
  ])('on %s, the first screenful is the rows its screen holds', async (_, width, height, first) => {
    screenIs(width, height);
    const rows = recordRowCounts();
    renderModule({ search: '?size=25' });
    await waitFor(() => expect(visibleNames()).toHaveLength(25));
    rows.stop();
    expect(rows.counts.filter((count) => count > 0)).toEqual([first, 25]);
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

  it.each([
    // Cards 140 px apart from 200 px down: the sixth (the first after a phone's five) starts at 900, under jsdom's
    // 768 px high window.
    ['under the screen', 200, [5, 25]],
    // From the top: the sixth starts at 700, in sight, while the eleventh (at 1,400) is still under the screen.
    ['in sight', 0, [25]],
  ] as const)(
    "on a phone, the card after the screen's five decides: with it %s (cards from %i px down), a new view comes as %j",
    async (_, offset, counts) => {
      screenIs(390, 844);
      const spy = vi
        .spyOn(HTMLTableRowElement.prototype, 'getBoundingClientRect')
        .mockImplementation(function (this: HTMLTableRowElement) {
          return { top: offset + this.sectionRowIndex * 140 } as DOMRect;
        });
      onTestFinished(() => spy.mockRestore());
      expect(await rowCountsOfNextPage()).toEqual(counts);
    },
  );

  it.each(['on the screen', 'above the screen'] as const)(
    'draws a new view all at once when the rows after the first screenful are %s',
    async (where) => {
      rowsAre(where);
      expect(await rowCountsOfNextPage()).toEqual([25]);
    },
  );

  it('draws a new view all at once once the rows were scrolled into sight, in a box of the host or in the page', async () => {
    const moveRows = rowsAre('under the screen');
    const { user } = renderModule({ search: '?size=25' });
    await waitFor(() => expect(visibleNames()).toHaveLength(25));
    await aFrameLater();
    // The host scrolls the module inside a box of its own: that scroll does not bubble, and is heard all the same.
    moveRows('above the screen');
    const box = document.querySelector('table')!.parentElement!;
    box.dispatchEvent(new Event('scroll'));
    const rows = recordRowCounts();
    await nextPageOf25(user);
    rows.stop();
    expect(rows.counts).toEqual([25]);
  });

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

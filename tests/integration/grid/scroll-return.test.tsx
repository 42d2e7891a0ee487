import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderModule } from '../../support/render-module';
import { findRows, visibleNames } from './grid-helpers';

// The page's scroll position, as the grid reads it, with the row count at each read. Reading it makes a browser
// lay the page out on the spot, so when the grid reads it matters as much as what it reads.
let scrollY = 0;
let readsAtRowCount: number[] = [];
const scrollTo = vi.fn();

beforeEach(() => {
  scrollY = 0;
  readsAtRowCount = [];
  Object.defineProperty(window, 'scrollY', {
    configurable: true,
    get: () => {
      readsAtRowCount.push(visibleNames().length);
      return scrollY;
    },
  });
  vi.spyOn(window, 'scrollTo').mockImplementation(scrollTo);
});

afterEach(() => {
  // jsdom's own accessor lives on the window object itself; deleting ours would leave none.
  Object.defineProperty(window, 'scrollY', { configurable: true, get: () => 0 });
  scrollTo.mockReset();
  vi.restoreAllMocks();
});

describe('tokens grid: the scroll position kept for Back', () => {
  it('reads the page’s scroll position only once its rows are drawn, never in between placeholder and rows', async () => {
    renderModule({ search: '?size=25' });
    await findRows();
    await waitFor(() => expect(readsAtRowCount).not.toHaveLength(0));
    expect(readsAtRowCount.every((rows) => rows === 25)).toBe(true);
  });

  it('returns on Back to where a grid that arrived scrolled was, when the user left it without scrolling', async () => {
    scrollY = 640;
    const { user, goBack } = renderModule({ search: '?size=25' });
    await findRows();
    await waitFor(() => expect(readsAtRowCount).not.toHaveLength(0));

    const first = visibleNames()[0]!;
    await user.click(screen.getByRole('link', { name: first }));
    expect(await screen.findByRole('heading', { level: 1, name: first })).toBeInTheDocument();
    // The token's page starts at the top; nothing scrolls there in this test.
    scrollY = 0;
    await goBack();

    await waitFor(() => expect(visibleNames()[0]).toBe(first));
    await waitFor(() => expect(scrollTo).toHaveBeenCalledWith(0, 640));
  });

  it('returns on Back to where a host’s scrolling box was, and a box inside the grid does not count', async () => {
    // The portal scrolls the module in a box of its own (here the box the module is rendered into); the page itself
    // does not move.
    const { user, goBack, container } = renderModule({ search: '?size=25' });
    await findRows();
    await waitFor(() => expect(readsAtRowCount).not.toHaveLength(0));
    container.scrollTop = 480;
    container.dispatchEvent(new Event('scroll'));
    // The table's own box scrolls sideways on a narrow screen: not where the grid is.
    const table = screen.getByRole('region', { name: 'API tokens table' });
    table.scrollTop = 30;
    table.dispatchEvent(new Event('scroll'));

    const first = visibleNames()[0]!;
    await user.click(screen.getByRole('link', { name: first }));
    expect(await screen.findByRole('heading', { level: 1, name: first })).toBeInTheDocument();
    // The host shows the token's page from the top of its box.
    container.scrollTop = 0;
    await goBack();

    await waitFor(() => expect(visibleNames()[0]).toBe(first));
    await waitFor(() => expect(container.scrollTop).toBe(480));
    expect(scrollTo).not.toHaveBeenCalled();
  });
});

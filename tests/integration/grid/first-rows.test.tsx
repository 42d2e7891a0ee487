import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { prefetchApiTokensGrid } from '../../../src/embed';
import { createTestQueryClient, renderModule, TEST_ACCESS_TOKEN } from '../../support/render-module';
import { TEST_API_BASE_URL } from '../../../mocks/node';
import { findRows, tokensNewestFirst, visibleNames } from './grid-helpers';

/** Records how many token rows the grid holds after each change of the page, leaving out repeats. */
function recordRowCounts() {
  const counts: number[] = [];
  const observer = new MutationObserver(() => {
    const count = document.querySelectorAll('table tbody a').length;
    if (counts.at(-1) !== count) counts.push(count);
  });
  observer.observe(document.body, { subtree: true, childList: true });
  return { counts, stop: () => observer.disconnect() };
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

  it('replaces a later page all at once, so the table never shrinks under the reader', async () => {
    const { user } = renderModule({ search: '?size=25' });
    await waitFor(() => expect(visibleNames()).toHaveLength(25));
    const rows = recordRowCounts();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() =>
      expect(visibleNames()).toEqual(
        tokensNewestFirst()
          .slice(25, 50)
          .map((t) => t.name),
      ),
    );
    rows.stop();
    expect(rows.counts.filter((count) => count > 0)).toEqual([25]);
  });
});

import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';

export interface ShownPage<T> {
  /** What the list draws: the page asked for, or the page drawn before it while that one failed. */
  data: T | undefined;
  /** 1-based number of the page `data` is. */
  page: number;
  /** The page asked for failed and `data` is the one shown before it. */
  held: boolean;
}

/**
 * A paged list of records keeps the rows it showed when the next page fails to load: they stay readable, and the
 * failure is said beside them instead of in their place. `listKey` names the list apart from its page (the token,
 * the date range, the page size): rows of another list are never held, as they would answer another question.
 */
export function useShownPage<T>(query: UseQueryResult<T>, listKey: string, page: number): ShownPage<T> {
  const [last, setLast] = useState<{ key: string; page: number; data: T } | null>(null);
  // Remembered while rendering, as React's docs advise for state derived from what changed.
  if (
    query.isSuccess &&
    !query.isPlaceholderData &&
    (last?.data !== query.data || last.key !== listKey || last.page !== page)
  ) {
    setLast({ key: listKey, page, data: query.data });
  }
  if (query.data !== undefined) return { data: query.data, page, held: false };
  if (query.isError && last?.key === listKey && last.page !== page) {
    return { data: last.data, page: last.page, held: true };
  }
  return { data: undefined, page, held: false };
}

import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';

export interface PageFailureState {
  /** Why the page asked for could not be loaded: the last failure, also while it is read again. */
  error: unknown;
  /** Counts the failures of that page: a new one is a new failure, to be said again. */
  count: number;
  /** The page failed again after it was read again (Retry, or Next onto it). */
  again: boolean;
}

export interface ShownPage<T> {
  /** What the list draws: the page asked for, or the page drawn before it while that one failed. */
  data: T | undefined;
  /** 1-based number of the page `data` is. */
  page: number;
  /** The page asked for failed and `data` is the one shown before it. */
  held: boolean;
  /** While `held`: the failure, which stays while the page is read again, so its Retry keeps focus. */
  failure: PageFailureState | null;
}

interface Failed {
  key: string;
  page: number;
  /** `errorUpdateCount` at the page's first failure. */
  first: number;
  error: unknown;
}

/**
 * A paged list (the grid, a token's records) keeps the rows it showed when the next page fails to load: they stay readable, and the
 * failure is said beside them instead of in their place. `listKey` names the list apart from its page (the token,
 * the date range, the page size): rows of another list are never held, as they would answer another question.
 * Reading the failed page again keeps both, the rows and the failure, until it answers: a query without data
 * is pending again while it is read again, which would otherwise take the failure, and its Retry, away meanwhile.
 */
export function useShownPage<T>(query: UseQueryResult<T>, listKey: string, page: number): ShownPage<T> {
  // Taken from the first render's data, so a list that mounts with its rows does not draw itself twice.
  const [last, setLast] = useState<{ key: string; page: number; data: T } | null>(() =>
    query.isSuccess && !query.isPlaceholderData ? { key: listKey, page, data: query.data } : null,
  );
  const [failed, setFailed] = useState<Failed | null>(null);
  const sameFailed = failed?.key === listKey && failed.page === page;
  // Remembered while rendering, as React's docs advise for state derived from what changed.
  if (
    query.isSuccess &&
    !query.isPlaceholderData &&
    (last?.data !== query.data || last.key !== listKey || last.page !== page)
  ) {
    setLast({ key: listKey, page, data: query.data });
  }
  let failure: Failed | null = null;
  if (query.isError) {
    failure = sameFailed
      ? { ...failed, error: query.error }
      : { key: listKey, page, first: query.errorUpdateCount, error: query.error };
  } else if (sameFailed && query.isFetching) {
    failure = failed;
  }
  if (failure?.key !== failed?.key || failure?.page !== failed?.page || failure?.error !== failed?.error) {
    setFailed(failure);
  }

  const said = failure && {
    error: failure.error,
    count: query.errorUpdateCount,
    again: query.errorUpdateCount !== failure.first,
  };
  if (said && last?.key === listKey && last.page !== page) {
    return { data: last.data, page: last.page, held: true, failure: said };
  }
  if (query.data !== undefined) {
    return { data: query.data, page, held: false, failure: query.isError ? said : null };
  }
  return { data: undefined, page, held: false, failure: null };
}

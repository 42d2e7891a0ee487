import { useEffect, useRef } from 'react';

/**
 * One Retry on a token's page whose own read failed: a detail read beside it (the token's value, "Replaced by")
 * that failed too offers no Retry of its own, and is read again once the page's Retry brings the token back. Two
 * Retry buttons for one outage would leave the user guessing which one to press.
 *
 * `retryDetail` is the detail's Retry while its read has failed (`undefined` otherwise). Returns the Retry the
 * detail should show itself: none while the page's read is failing.
 */
export function useRetryWithPage(
  pageReadFailed: boolean,
  retryDetail: (() => void) | undefined,
): (() => void) | undefined {
  const pageFailedBefore = useRef(pageReadFailed);
  useEffect(() => {
    if (pageFailedBefore.current && !pageReadFailed) retryDetail?.();
    pageFailedBefore.current = pageReadFailed;
  }, [pageReadFailed, retryDetail]);
  return pageReadFailed ? undefined : retryDetail;
}

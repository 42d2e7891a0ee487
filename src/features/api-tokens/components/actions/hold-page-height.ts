import type { QueryClient, QueryKey } from '@tanstack/react-query';

/** Longest the page keeps its height for a list that does not come back (offline, a slow server). */
const LONGEST_HOLD_MS = 15_000;

/** After the screen has drawn what the cache just got: the cache tells React in a task, React draws in a frame. */
function afterRender(callback: () => void) {
  window.setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(callback)), 0);
}

/**
 * Keeps the page at least as tall as it is now until the lists under `queryKey` have been read again. A delete
 * takes its row away at once, before the server's next row fills the page: without this, a page scrolled to its
 * end would get shorter and the window would jump up by a row (docs/product-rules.md, 'Token states and actions').
 * Returns `release(afterRefetch)`: `true` waits for the lists' refetch, `false` lets go at once (a failed request
 * has put the row back already).
 */
export function holdPageHeight(queryClient: QueryClient, queryKey: QueryKey) {
  const root = document.documentElement;
  const previous = root.style.minHeight;
  root.style.minHeight = `${root.scrollHeight}px`;
  let done = false;
  let unsubscribe = () => {};
  let timer: number | undefined;
  const letGo = () => {
    if (done) return;
    done = true;
    unsubscribe();
    window.clearTimeout(timer);
    root.style.minHeight = previous;
  };
  return (afterRefetch: boolean) => {
    if (!afterRefetch) return letGo();
    timer = window.setTimeout(letGo, LONGEST_HOLD_MS);
    // The refetch may start a moment after the mutation has settled: wait for it to start, then to end.
    let started = queryClient.isFetching({ queryKey }) > 0;
    unsubscribe = queryClient.getQueryCache().subscribe(() => {
      const fetching = queryClient.isFetching({ queryKey }) > 0;
      if (fetching) started = true;
      else if (started) afterRender(letGo);
    });
  };
}

import { createElement, lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A component whose code is not needed for the first paint (menus, popovers, dialogs, toasts): it loads in its
 * own chunk, either when first rendered or earlier through `preload()`. Unlike a bare `React.lazy`, once the
 * chunk is in, the first render is synchronous: the component never flashes its fallback after a preload.
 */
export interface Deferred<P extends object> {
  Component: ComponentType<P>;
  /** Starts loading (once); resolves when the component can render without suspending. */
  preload: () => Promise<void>;
  readonly loaded: boolean;
  /** Calls `listener` once the code is in; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
}

const all = new Set<Deferred<never>>();

/** How to ask again for each lazy component whose load failed; emptied by `retryFailedLoads`. */
const failed = new Set<() => void>();
/** The errors those loads failed with, so a message can say what happened instead of "something went wrong". */
const loadErrors = new WeakSet<object>();

/** Says that `error` is code of the app's failing to load, for an import made outside `retryableLazy`. */
export function noteLoadFailure(error: unknown): void {
  if (typeof error === 'object' && error !== null) loadErrors.add(error);
}

/** Whether `error` is a lazy component's code failing to load (offline, or a new deployment removed it). */
export function isLoadFailure(error: unknown): boolean {
  return typeof error === 'object' && error !== null && loadErrors.has(error);
}

/**
 * `React.lazy` that can try again. A bare lazy component keeps a failed import for the life of the page, so an
 * error boundary's Retry would only show the same failure. Here the failure stays on screen (React's own
 * re-render after the rejection must not quietly load again, or a dead network would loop) until
 * `retryFailedLoads()` swaps in a fresh lazy component; `ErrorBoundary`'s Retry calls it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same constraint as React.lazy's
export function retryableLazy<C extends ComponentType<any>>(load: () => Promise<{ default: C }>): C {
  const fresh = (): LazyExoticComponent<C> =>
    lazy(() => {
      const loading = load();
      // Watched on the side, so the thenable React reads stays the one `load` returned.
      loading.then(undefined, (error: unknown) => {
        noteLoadFailure(error);
        failed.add(() => (current = fresh()));
      });
      return loading;
    });
  let current = fresh();
  const Retryable = (props: object) => createElement(current as unknown as ComponentType<object>, props);
  return Retryable as unknown as C;
}

/** Lets every lazy component whose code failed to load ask for it again on its next render. */
export function retryFailedLoads(): void {
  for (const renew of failed) renew();
  failed.clear();
}

export function deferred<P extends object>(load: () => Promise<ComponentType<P>>): Deferred<P> {
  let component: ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  const listeners = new Set<() => void>();
  const preload = () =>
    (pending ??= load().then(
      (loaded) => {
        component = loaded;
        for (const listener of listeners) listener();
      },
      (error: unknown) => {
        // A failed chunk request (offline, a new deployment) may succeed next time.
        pending = undefined;
        throw error;
      },
    ));
  const Component = retryableLazy<ComponentType<P>>(() => {
    if (component) {
      const ready = component;
      // React reads a thenable that settles synchronously as already resolved, so nothing suspends.
      return {
        then: (resolve?: (value: { default: ComponentType<P> }) => void) => resolve?.({ default: ready }),
      } as unknown as Promise<{ default: ComponentType<P> }>;
    }
    return preload().then(() => ({ default: component! }));
  });
  const entry: Deferred<P> = {
    Component,
    preload,
    get loaded() {
      return component !== undefined;
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  all.add(entry as Deferred<never>);
  return entry;
}

/** Loads every deferred component created so far; for tests that want the app fully loaded up front. */
export function preloadAllDeferred(): Promise<void> {
  return Promise.all([...all].map((entry) => entry.preload())).then(() => undefined);
}

/** Runs `task` when the browser is idle (or soon, where it cannot tell), after the first paint has had its turn. */
export function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout: 1000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 50);
  return () => window.clearTimeout(handle);
}

/**
 * Runs `task` once the browser has painted what is on screen now: a frame callback fires just before the paint,
 * and a task queued from it runs after. (A hidden tab draws no frames; it runs when the tab is shown.)
 */
export function afterNextPaint(task: () => void): () => void {
  let timer: number | undefined;
  const frame = requestAnimationFrame(() => (timer = window.setTimeout(task)));
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

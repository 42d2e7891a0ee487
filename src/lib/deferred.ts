import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A component whose code is not needed for the first paint (menus, popovers, dialogs, toasts): it loads in its
 * own chunk, either when first rendered or earlier through `preload()`. Unlike a bare `React.lazy`, once the
 * chunk is in, the first render is synchronous: the component never flashes its fallback after a preload.
 */
export interface Deferred<P> {
  Component: LazyExoticComponent<ComponentType<P>>;
  /** Starts loading (once); resolves when the component can render without suspending. */
  preload: () => Promise<void>;
  readonly loaded: boolean;
  /** Calls `listener` once the code is in; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
}

const all = new Set<Deferred<never>>();

export function deferred<P>(load: () => Promise<ComponentType<P>>): Deferred<P> {
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
  const Component = lazy<ComponentType<P>>(() => {
    if (component) {
      const ready = component;
      // React reads a thenable that settles synchronously as already resolved, so nothing suspends.
      return {
        then: (resolve: (value: { default: ComponentType<P> }) => void) => resolve({ default: ready }),
      } as Promise<{
        default: ComponentType<P>;
      }>;
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

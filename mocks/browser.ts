// The mock API in the browser, through the service worker in public/mockServiceWorker.js. Only the
// standalone dev entry loads this (dynamically), so none of it reaches the production bundle.
import { setupWorker } from 'msw/browser';
import { createMockBackend, type MockBackend } from './backend';
import { createHandlers } from './handlers';
import type { MockScenario } from './scenarios';

export { parseScenario, formatScenario } from './scenarios';
export type { MockScenario } from './scenarios';

export interface StartMockWorkerOptions {
  /** Where the app believes the API is, usually the page's origin. */
  baseUrl: string;
  /** Read by the caller from `?scenario=…` or localStorage `mock-scenario` (see parseScenario). */
  scenario?: MockScenario;
  seed?: number;
  /** Where the worker script is served; the default suits an app served from the origin's root. */
  serviceWorkerUrl?: string;
}

/** Starts the worker; resolves once it intercepts requests. Returns the backend to let a scenario switcher change it live. */
export async function startMockWorker(options: StartMockWorkerOptions): Promise<MockBackend> {
  const backend = createMockBackend({ seed: options.seed, scenario: options.scenario });
  const worker = setupWorker(...createHandlers(options.baseUrl, backend));
  const startOptions = {
    quiet: true,
    onUnhandledRequest: 'bypass' as const,
    ...(options.serviceWorkerUrl ? { serviceWorker: { url: options.serviceWorkerUrl } } : {}),
  };
  await worker.start(startOptions);
  keepMockingAfterStaying(worker, startOptions);
  return backend;
}

/**
 * MSW stops mocking on `beforeunload` (and its worker unregisters itself) as if the page were gone. When the page
 * asked first (a create in flight, a secret not copied) and the admin chose to stay, the page lives on with every
 * request going to the server, which has no API: start the worker again. A timer runs only once the question is
 * answered, and only in a page still there.
 */
function keepMockingAfterStaying(
  worker: ReturnType<typeof setupWorker>,
  startOptions: Parameters<ReturnType<typeof setupWorker>['start']>[0],
) {
  window.addEventListener('beforeunload', (event) => {
    window.setTimeout(() => {
      if (!event.defaultPrevented) return;
      worker.stop();
      void worker.start(startOptions);
    }, 0);
  });
}

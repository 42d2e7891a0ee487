import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from './lib/query-client';
import { MockNotStarted, StandaloneApp, startLandingRequest } from './standalone/app';
import { notifyManager } from '@tanstack/react-query';
import { languageOf } from './lib/language';
import { noteLoadFailure } from './lib/deferred';

declare global {
  // get-nonce (behind Radix's scroll lock) reads the page's CSP nonce from here for the <style> it adds.
  var __webpack_nonce__: string | undefined;
}

/** How long the first render waits for the grid's first page before drawing the page without it. */
const LANDING_WAIT_MS = 200;

async function start() {
  // An answer reaches the screen in the task it arrived in, not one timer (and often one frame) later. The page's
  // own choice: a portal embedding the module keeps its own scheduler, so this is not done in the module.
  notifyManager.setScheduler(queueMicrotask);
  // The server puts a fresh nonce into this meta tag and the policy header (vite.config.ts).
  const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce;
  if (nonce && nonce !== '__CSP_NONCE__') globalThis.__webpack_nonce__ = nonce;
  const root = createRoot(document.getElementById('root')!);
  // Parsed and validated from the environment by vite.config.ts (src/standalone/env.ts) at dev/build start.
  const env = __STANDALONE_ENV__;
  let requestTimeoutMs: number | undefined;
  // A language other than English is in before the first render (the module's words and the shell's); English
  // costs the first paint nothing more than this check. Its code failing to load leaves the page in English, as a
  // catalogue that fails to load does: without a render the page would stay blank (its English shell is hidden).
  const locale = env.VITE_LOCALE ?? navigator.language;
  const language =
    languageOf(locale) !== 'en' &&
    import('./standalone/language').then(
      (language) => language.speak(locale),
      () => undefined,
    );
  if (env.VITE_API_MODE === 'mock') {
    try {
      // The mock layer is a separate chunk: real-API builds and the grid's first paint never download more than this check.
      const { startMockWorker, parseScenario } = await import('../mocks/browser').catch((error: unknown) => {
        noteLoadFailure(error);
        throw error;
      });
      const params = new URLSearchParams(window.location.search);
      const stored = window.localStorage.getItem('mock-scenario');
      const scenarioText = params.get('scenario') ?? stored;
      const scenario = scenarioText
        ? parseScenario(new URLSearchParams({ scenario: scenarioText }))
        : undefined;
      // The demo's request deadline travels with the scenario, so a hanging answer can be seen to time out.
      requestTimeoutMs = scenario?.deadline;
      await startMockWorker({ baseUrl: window.location.origin, scenario });
    } catch (error) {
      // Without the mock there is no API: said in the page, rather than leaving its shell there with nothing behind it.
      console.error('The mock API could not start', error);
      await language;
      root.render(<MockNotStarted error={error} />);
      return;
    }
  }
  const queryClient = createQueryClient();
  // The grid's rows are asked for now, and the first render waits a moment for them: one render and one layout
  // with rows beats drawing an empty page and then drawing it again. A slow answer holds it up no longer than that.
  const landing = startLandingRequest(env, queryClient, new URL(window.location.href), requestTimeoutMs);
  await Promise.race([landing, new Promise((resolve) => setTimeout(resolve, LANDING_WAIT_MS))]);
  await language;
  root.render(
    <StrictMode>
      <StandaloneApp env={env} queryClient={queryClient} requestTimeoutMs={requestTimeoutMs} />
    </StrictMode>,
  );
}

void start();

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StandaloneApp } from './standalone/app';

declare global {
  // get-nonce (behind Radix's scroll lock) reads the page's CSP nonce from here for the <style> it adds.
  var __webpack_nonce__: string | undefined;
}

async function start() {
  // The server puts a fresh nonce into this meta tag and the policy header (vite.config.ts).
  const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce;
  if (nonce && nonce !== '__CSP_NONCE__') globalThis.__webpack_nonce__ = nonce;
  const root = createRoot(document.getElementById('root')!);
  // Parsed and validated from the environment by vite.config.ts (src/standalone/env.ts) at dev/build start.
  const env = __STANDALONE_ENV__;
  if (env.VITE_API_MODE === 'mock') {
    // The mock layer is a separate chunk: real-API builds and the grid's first paint never download more than this check.
    const { startMockWorker, parseScenario } = await import('../mocks/browser');
    const params = new URLSearchParams(window.location.search);
    const stored = window.localStorage.getItem('mock-scenario');
    const scenarioText = params.get('scenario') ?? stored;
    await startMockWorker({
      baseUrl: window.location.origin,
      scenario: scenarioText ? parseScenario(new URLSearchParams({ scenario: scenarioText })) : undefined,
    });
  }
  root.render(
    <StrictMode>
      <StandaloneApp env={env} />
    </StrictMode>,
  );
}

void start();

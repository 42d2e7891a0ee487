import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EnvError, parseEnv } from './standalone/env';
import { StandaloneApp } from './standalone/app';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  let env;
  try {
    env = parseEnv(import.meta.env);
  } catch (error) {
    // A readable list of bad keys beats a blank page.
    const pre = document.createElement('pre');
    pre.textContent = error instanceof EnvError ? error.message : String(error);
    document.body.replaceChildren(pre);
    throw error;
  }
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

// Build-time only: scripts/static-shell.ts renders this module in Node and writes its markup into the built
// index.html. Nothing in the app imports it, so none of it (react-dom/server included) reaches the browser's bundle.
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { catalogue as moduleGerman } from '../features/api-tokens/messages/de';
import { applyCatalogue, type CataloguePair } from '../lib/catalogue';
import { languageOf, pageLanguage } from '../lib/language';
import { createQueryClient } from '../lib/query-client';
import { catalogue as shellGerman } from './messages/de';
import { StandaloneApp } from './app';
import { MODULE_PATH } from './module-path';
import type { StandaloneEnv } from './env';

/** What the shell can be drawn in besides English. */
const CATALOGUES: Partial<Record<string, readonly CataloguePair[]>> = {
  de: [...moduleGerman, ...shellGerman],
};

/** The only page the shell shows; the document marks every other page of the module (see `SHELL_ROUTE_SCRIPT`). */
function GridAddress({ children }: { children: ReactNode }) {
  return <StaticRouter location={MODULE_PATH}>{children}</StaticRouter>;
}

/**
 * The standalone page as its first client render draws it before the grid's rows are in: the portal's frame, and
 * in the mock modes the grid in its loading state (heading, hygiene placeholder, toolbar, column headers, an empty
 * table body where the rows appear). Real-API mode starts signed out, so its shell is the frame alone.
 */
export function renderStaticShell(env: StandaloneEnv): string {
  // A build for one language (VITE_LOCALE) draws its shell in it; otherwise the shell is English, and the head
  // script hides it for a browser in another language (see `SHELL_ROUTE_SCRIPT`).
  const language = languageOf(env.VITE_LOCALE ?? 'en');
  const catalogue = CATALOGUES[language];
  applyCatalogue(catalogue ?? []);
  // The markup names the language its words are in, as the app's own render will (catalogues.apply sets it there).
  pageLanguage.tag = catalogue ? language : 'en';
  const queryClient = createQueryClient();
  // No network at build time: the grid's request is started while rendering, and fails only after this returns.
  const realFetch = globalThis.fetch;
  globalThis.fetch = () => Promise.reject(new Error('No requests while the shell is prerendered.'));
  try {
    return renderToString(<StandaloneApp env={env} queryClient={queryClient} router={GridAddress} />);
  } finally {
    globalThis.fetch = realFetch;
    queryClient.clear();
    applyCatalogue([]);
    pageLanguage.tag = 'en';
  }
}

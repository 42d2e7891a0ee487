// Build-time only: scripts/static-shell.ts renders this module in Node and writes its markup into the built
// index.html. Nothing in the app imports it, so none of it (react-dom/server included) reaches the browser's bundle.
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { catalogue as moduleGerman } from '../features/api-tokens/messages/de';
import { applyCatalogue, type CataloguePair } from '../lib/catalogue';
import { LANGUAGES, languageOf } from '../lib/language';
import { createQueryClient } from '../lib/query-client';
import { catalogue as shellGerman } from './messages/de';
import { MODULE_PATH, StandaloneApp } from './app';
import type { StandaloneEnv } from './env';

/** What the shell can be drawn in besides English. */
const CATALOGUES: Partial<Record<string, readonly CataloguePair[]>> = {
  de: [...moduleGerman, ...shellGerman],
};

/** The only page the shell shows; the document marks every other page of the module (see `shellRouteScript`). */
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
  // script hides it for a browser in another language (see `shellRouteScript`).
  applyCatalogue(CATALOGUES[languageOf(env.VITE_LOCALE ?? 'en')] ?? []);
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
  }
}

/**
 * A classic script for the document's head: it runs before the body is parsed, so on a page of the module that is
 * not the grid (a token's page) the grid's shell is never shown, only the frame around it (the attribute is read
 * by shell.module.css). The Add dialog's address draws the grid under the dialog, and addresses outside the module
 * lead to the grid. Without VITE_LOCALE the shell is English: a browser whose language has another catalogue gets
 * no shell at all (its box is kept, its English words are never shown), the app draws the page in its language.
 */
export function shellRouteScript(env: StandaloneEnv): string {
  const prefix = JSON.stringify(`${MODULE_PATH}/`);
  const language = env.VITE_LOCALE
    ? ''
    : `var m=/${LANGUAGES.source}/i.exec(navigator.language||"");if(m&&m[1].toLowerCase()!=="en")d.setAttribute("data-shell-hidden","");`;
  return `(function(){var d=document.documentElement;var p=location.pathname.replace(/\\/+$/,"");var r=${prefix};if(p.indexOf(r)===0&&p.slice(r.length)!=="new")d.setAttribute("data-shell-frame","");${language}})();\n`;
}

import { within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { StandaloneEnv } from '../../src/standalone/env';
import { SHELL_ROUTE_SCRIPT } from '../../src/standalone/shell-route-script';
import { renderStaticShell } from '../../src/standalone/static-shell';

// What the build writes into index.html (scripts/static-shell.ts): the standalone page before its first rows, drawn
// by the app's own components. The built page itself is tested in tests/e2e/static-shell.spec.ts.

/** The shell as the browser parses it from the HTML. */
function parse(env: StandaloneEnv): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = renderStaticShell(env);
  document.body.append(root);
  return root;
}

afterEach(() => document.body.replaceChildren());

describe('the static shell', () => {
  for (const mode of ['mock', 'mock-server'] as const) {
    it(`draws the frame and the grid before its rows (${mode})`, () => {
      const shell = within(parse({ VITE_API_MODE: mode }));
      expect(shell.getByText('Mock API')).toBeInTheDocument();
      expect(shell.getByRole('navigation', { name: 'Settings sections' })).toBeInTheDocument();
      expect(shell.getByRole('heading', { name: 'API tokens', level: 1 })).toBeInTheDocument();
      expect(shell.getByRole('group', { name: 'Grid view' })).toBeInTheDocument();
      const table = within(shell.getByRole('table', { name: 'API tokens' }));
      for (const column of ['API token', 'Status', 'Date created', 'Last access'])
        expect(table.getByRole('columnheader', { name: column })).toBeInTheDocument();
      // Only the header row: the rows come with the app.
      expect(table.getAllByRole('row')).toHaveLength(1);
      expect(shell.getByRole('status')).toHaveTextContent('Loading');
    });
  }

  it('is only the frame in real-API mode, which starts signed out', () => {
    const shell = within(parse({ VITE_API_MODE: 'real' }));
    expect(shell.getByText('Settings')).toBeInTheDocument();
    expect(shell.queryByText('Mock API')).not.toBeInTheDocument();
    expect(shell.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
    expect(shell.queryByRole('heading', { name: 'API tokens' })).not.toBeInTheDocument();
    expect(shell.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('is drawn in the language of VITE_LOCALE, and leaves the words English for the next render', () => {
    const german = parse({ VITE_API_MODE: 'mock', VITE_LOCALE: 'de-DE' });
    const heading = within(german).getByRole('heading', { name: 'API-Tokens' });
    expect(within(german).getByRole('columnheader', { name: /Erstellt am/ })).toBeInTheDocument();
    // Named German, as the app's render names it: screen readers and the layout's per-language rules read it.
    expect(heading.closest('[lang]')).toHaveAttribute('lang', 'de');
    document.body.replaceChildren();
    const english = parse({ VITE_API_MODE: 'mock' });
    expect(within(english).getByRole('heading', { name: 'API tokens' }).closest('[lang]')).toHaveAttribute(
      'lang',
      'en',
    );
  });

  it('has no style attribute and no script, which the page’s policy would block', () => {
    for (const mode of ['mock', 'real'] as const) {
      const html = renderStaticShell({ VITE_API_MODE: mode });
      expect(html).not.toMatch(/\sstyle=/);
      expect(html).not.toMatch(/<script/i);
    }
  });
});

describe("the shell's route script", () => {
  /** Runs the script for `pathname`: whether it marks the document to show the frame only. */
  function marksFrameOnly(pathname: string, search = ''): boolean {
    const html = document.createElement('html');
    new Function('location', 'document', 'navigator', SHELL_ROUTE_SCRIPT)(
      { pathname, search },
      { documentElement: html },
      { language: 'en-GB' },
    );
    return html.hasAttribute('data-shell-frame');
  }

  /**
   * Runs the script for a browser language: whether it hides the (English) shell. A build without VITE_LOCALE
   * marks its page for that check (`data-shell-auto` on the html element, see scripts/static-shell.ts).
   */
  function hidesShell(language: string, env: StandaloneEnv = { VITE_API_MODE: 'mock' }): boolean {
    const html = document.createElement('html');
    if (!env.VITE_LOCALE) html.setAttribute('data-shell-auto', '');
    new Function('location', 'document', 'navigator', SHELL_ROUTE_SCRIPT)(
      { pathname: '/settings/api-tokens' },
      { documentElement: html },
      { language },
    );
    return html.hasAttribute('data-shell-hidden');
  }

  it('hides the English shell from a browser whose language has another catalogue, until the app draws', () => {
    expect(hidesShell('de-DE')).toBe(true);
    expect(hidesShell('de-CH')).toBe(true);
    expect(hidesShell('en-US')).toBe(false);
    // No catalogue: the page is English, so is the shell.
    expect(hidesShell('fr-FR')).toBe(false);
    // The pseudo-locale is a language of its own: its shell would be English.
    expect(hidesShell('en-XA')).toBe(true);
    // A build for one language draws its shell in it, whatever the browser's language.
    expect(hidesShell('en-US', { VITE_API_MODE: 'mock', VITE_LOCALE: 'de-DE' })).toBe(false);
  });

  it("shows the grid's shell on the grid, the Add dialog and addresses that lead to the grid", () => {
    for (const path of [
      '/settings/api-tokens',
      '/settings/api-tokens/',
      '/settings/api-tokens/new',
      '/',
      '/x',
    ])
      expect(marksFrameOnly(path), path).toBe(false);
  });

  it('shows only the frame for an address with a view of its own, which the shell (the default view) would not show', () => {
    for (const search of [
      '?status=Disabled',
      '?q=erp',
      '?size=25&sort=name',
      '?module=MOD-1756',
      '?createdBy=USR-0000-0001',
      '?createdFrom=2026-01-01',
      '?createdTo=2026-02-01',
      '?lastAccess=90d',
    ]) {
      expect(marksFrameOnly('/settings/api-tokens', search), search).toBe(true);
      expect(marksFrameOnly('/settings/api-tokens/new', search), search).toBe(true);
    }
    // The page and its size change only the rows and the pager, which the shell does not draw; other parameters
    // (a host's own, the mock's scenario) change nothing of it.
    for (const search of ['?size=25', '?page=3&size=50', '?scenario=slow', '?xstatus=1', '?qq=1'])
      expect(marksFrameOnly('/settings/api-tokens', search), search).toBe(false);
    // Outside the module an address leads to the grid's default view.
    expect(marksFrameOnly('/', '?status=Disabled')).toBe(false);
  });

  it("shows only the frame on a token's page and its tabs", () => {
    for (const path of [
      '/settings/api-tokens/TKN-0000-0001',
      '/settings/api-tokens/TKN-0000-0001/audit-trail',
    ])
      expect(marksFrameOnly(path), path).toBe(true);
  });
});

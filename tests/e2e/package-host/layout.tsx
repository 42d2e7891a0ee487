import { version } from 'react';
import { NavLink, Outlet } from 'react-router';
import './host.css';

/**
 * The portal's theme is its own choice (`?theme=dark`), declared the CSS way: `color-scheme` on <html>; or dark for
 * its content area only (`?theme=content-dark`), where the module is mounted. Its content area scrolls in a box of
 * its own under a fixed sidebar with `?layout=box`; otherwise the page scrolls.
 */
export function startHost(): void {
  // Served under a strict policy, the portal hands the page's nonce to the dialogs' scroll lock, as the
  // package's README asks: without it the lock's <style> is blocked.
  const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce;
  if (nonce && nonce !== '__CSP_NONCE__')
    (globalThis as { __webpack_nonce__?: string }).__webpack_nonce__ = nonce;
  const theme = new URLSearchParams(window.location.search).get('theme');
  document.documentElement.dataset['theme'] = theme === 'dark' ? 'dark' : 'light';
  if (theme === 'content-dark') document.documentElement.dataset['contentTheme'] = 'dark';
  if (new URLSearchParams(window.location.search).get('layout') === 'box')
    document.documentElement.dataset['layout'] = 'box';
}

export function Layout({ withModule }: { withModule: boolean }) {
  return (
    <div className="host">
      <nav className="sidebar" aria-label="Portal">
        <NavLink to="/">Home</NavLink>
        {withModule ? (
          <>
            <NavLink to="/settings/api-tokens">API tokens</NavLink>
            <NavLink to="/component/settings/api-tokens">API tokens (component)</NavLink>
          </>
        ) : null}
      </nav>
      <main className="content">
        <Outlet />
      </main>
    </div>
  );
}

export function Home() {
  return (
    <>
      <h1>Portal home</h1>
      <p data-react-version={version}>Welcome to the portal.</p>
    </>
  );
}

import { createHash } from 'node:crypto';
import { SHELL_HEAD_SCRIPT } from '../src/standalone/shell-route-script.ts';

/** The CSP source that allows the inline script scripts/static-shell.ts puts into the page's head. */
export const SHELL_HEAD_SCRIPT_HASH = `sha256-${createHash('sha256').update(SHELL_HEAD_SCRIPT).digest('base64')}`;

// The strict policy the built app must run under, shared by `vite preview` (vite.config.ts) and the mock
// server's `--static` mode, so the app meets the same rules whichever of them serves it.
export const contentSecurityPolicy = [
  "default-src 'self'",
  // Our files, and the one inline script of the standalone page's head, by the hash of its exact text.
  `script-src 'self' '${SHELL_HEAD_SCRIPT_HASH}'`,
  "style-src 'self'",
  // blob: for the logo preview of a picked file; https: for logos the API serves from elsewhere. No data: (unused,
  // and it would let injected markup draw arbitrary images).
  "img-src 'self' blob: https:",
  "connect-src 'self'",
  "worker-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** Written into the built index.html by Vite (html.cspNonce); replaced with a fresh value in every response. */
export const CSP_NONCE_PLACEHOLDER = '__CSP_NONCE__';

/**
 * The policy for one HTML response. Radix's dialogs and menus lock page scrolling with a `<style>` element whose
 * rules depend on the scrollbar's width, so no hash can allow it; the response's nonce does (the app hands it to
 * that library, see src/main.tsx). Scripts stay 'self' plus that one hash, and style attributes from markup stay blocked.
 */
export function documentContentSecurityPolicy(nonce: string): string {
  return contentSecurityPolicy.replace("style-src 'self'", `style-src 'self' 'nonce-${nonce}'`);
}

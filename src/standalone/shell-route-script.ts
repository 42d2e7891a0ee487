// No imports beyond the module's address: the build (scripts/static-shell.ts) inlines this script into the page's
// head, and the page's policy (scripts/content-security-policy.ts) allows exactly this text by its hash.

/** Where the standalone app mounts the module. */
export const MODULE_PATH = '/settings/api-tokens';

/**
 * An inline script for the document's head: it runs before the body is parsed, so on a page of the module that is
 * not the grid (a token's page) the grid's shell is never shown, only the frame around it (the attribute is read by
 * shell.module.css). Inline rather than a file of its own: a script file in the head holds up the first paint until
 * it has arrived. The Add dialog's address draws the grid under the dialog, and addresses outside the module lead
 * to the grid.
 */
export const SHELL_ROUTE_SCRIPT = `(function(){var p=location.pathname.replace(/\\/+$/,"");var r=${JSON.stringify(`${MODULE_PATH}/`)};if(p.indexOf(r)===0&&p.slice(r.length)!=="new")document.documentElement.setAttribute("data-shell-frame","")})();`;

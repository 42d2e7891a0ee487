// The build (scripts/static-shell.ts) inlines this script into the page's head, and the page's policy
// (scripts/content-security-policy.ts) allows exactly this text by its hash: it is the same for every build, and
// what differs between builds is read from the html element (`data-shell-auto`).
// With its extension: the build's configuration loads this file too (through the policy), outside the bundler.
import { LANGUAGES } from '../lib/language.ts';
import { MODULE_PATH } from './module-path.ts';
import { SHELL_CARRY_OVER_SCRIPT } from './shell-carry-over.ts';

/**
 * An inline script for the document's head: it runs before the body is parsed, so on a page of the module that is
 * not the grid (a token's page) the grid's shell is never shown, only the frame around it (the attribute is read by
 * shell.module.css). Inline rather than a file of its own: a script file in the head holds up the first paint until
 * it has arrived. The Add dialog's address draws the grid under the dialog, and addresses outside the module lead
 * to the grid. A build without VITE_LOCALE has an English shell and marks the html element `data-shell-auto`: a
 * browser whose language has another catalogue then gets no shell at all (its box is kept, its English words are
 * never shown), and the app draws the page in its language.
 */
export const SHELL_ROUTE_SCRIPT = `(function(){var d=document.documentElement;var p=location.pathname.replace(/\\/+$/,"");var r=${JSON.stringify(`${MODULE_PATH}/`)};if(p.indexOf(r)===0&&p.slice(r.length)!=="new")d.setAttribute("data-shell-frame","");if(d.hasAttribute("data-shell-auto")){var m=/${LANGUAGES.source}/i.exec(navigator.language||"");if(m&&m[1].toLowerCase()!=="en")d.setAttribute("data-shell-hidden","")}})();`;

/** The page's whole inline head script: the route's marks, then the carry-over of what is done on the shell. */
export const SHELL_HEAD_SCRIPT = SHELL_ROUTE_SCRIPT + SHELL_CARRY_OVER_SCRIPT;

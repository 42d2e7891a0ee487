// The build (scripts/static-shell.ts) inlines this script into the page's head, and the page's policy
// (scripts/content-security-policy.ts) allows exactly this text by its hash: it is the same for every build, and
// what differs between builds is read from the html element (`data-shell-auto`).
// With its extension: the build's configuration loads this file too (through the policy), outside the bundler.
import { LANGUAGES } from '../lib/language.ts';
import { VIEW_PARAMS } from '../features/api-tokens/model/view-params.ts';
import { MODULE_PATH } from './module-path.ts';
import { SHELL_CARRY_OVER_SCRIPT } from './shell-carry-over.ts';

/** A parameter of the view that changes what the grid's first screen draws, in a URL's search. */
const VIEW_IN_SEARCH = new RegExp(
  `[?&](${Object.values(VIEW_PARAMS)
    .filter((name) => name !== VIEW_PARAMS.page && name !== VIEW_PARAMS.size)
    .join('|')})=`,
);

/**
 * An inline script for the document's head: it runs before the body is parsed, so on a page of the module that is
 * not the grid (a token's page) the grid's shell is never shown, only the frame around it (the attribute is read by
 * shell.module.css). Inline rather than a file of its own: a script file in the head holds up the first paint until
 * it has arrived. The Add dialog's address draws the grid under the dialog, and addresses outside the module lead
 * to the grid. The shell is drawn for the grid's default view: an address with a view of its own (a status, a
 * search, a sort or a filter; the page and its size change only the rows and the pager, which the shell has not)
 * shows the frame only too, so no control shows a choice the app is about to undo. A build without VITE_LOCALE
 * has an English shell and marks the html element `data-shell-auto`: a browser whose language has another
 * catalogue then gets no shell at all (its box is kept, its English words are never shown), and the app draws the
 * page in its language.
 */
export const SHELL_ROUTE_SCRIPT = `(function(){var d=document.documentElement;var p=location.pathname.replace(/\\/+$/,"");var r=${JSON.stringify(`${MODULE_PATH}/`)};if(p.indexOf(r)===0&&p.slice(r.length)!=="new"||(p+"/").indexOf(r)===0&&/${VIEW_IN_SEARCH.source}/.test(location.search||""))d.setAttribute("data-shell-frame","");if(d.hasAttribute("data-shell-auto")){var m=/${LANGUAGES.source}/i.exec(navigator.language||"");if(m&&m[1].toLowerCase()!=="en")d.setAttribute("data-shell-hidden","")}})();`;

/** The page's whole inline head script: the route's marks, then the carry-over of what is done on the shell. */
export const SHELL_HEAD_SCRIPT = SHELL_ROUTE_SCRIPT + SHELL_CARRY_OVER_SCRIPT;

// Part of the standalone page's inline head script (see shell-route-script.ts, which joins the two): plain text, the
// same for every build, allowed by the policy through its hash. No imports: the build's configuration loads it too.

/**
 * What someone does on the page's shell before React takes over is carried over to the app. The shell is plain HTML
 * (scripts/static-shell.ts), and React replaces it in one commit, so without this a status picked, a search typed or
 * a button pressed in that moment would be undone or lost: on a slow phone the moment is a second or more.
 *
 * While the shell is up, this records clicks on its buttons, radios and checkboxes, what is typed into its text
 * fields, and which control has focus. Once React has removed the shell (a mutation observer on its parent, so
 * before the browser paints the app) it finds each control's counterpart in the app (same element, type, value,
 * label and text, the n-th of those) and replays: the typed text (through the input's native setter and an input
 * event, as a browser's typing is seen by React), the focus, then the clicks in their order. Links need none of
 * this: the browser follows them itself.
 *
 * A control React removes while it has focus loses it with a focusout of its own, fired while it is still in the
 * document; focus is forgotten only when, a moment later, the control is still there (the user moved on).
 */
// One piece per line for reading; every statement ends in `;` or `}`.
export const SHELL_CARRY_OVER_SCRIPT =
  `(function(){var acts=[],shell,focused;` +
  `function typed(e){return /^(text|search)$/.test(e.type)}` +
  `function sig(e){return [e.tagName,e.type,typed(e)?"":e.value,e.getAttribute("aria-label"),e.title,e.textContent.trim()].join("|")}` +
  `function key(e){var s=sig(e),n=0,a=shell.querySelectorAll(e.tagName);for(var i=0;i<a.length&&a[i]!==e;i++)if(sig(a[i])===s)n++;return{s:s,n:n}}` +
  `function find(root,k){var a=root.querySelectorAll(k.s.split("|")[0]),n=k.n;for(var i=0;i<a.length;i++)if(sig(a[i])===k.s&&!n--)return a[i]}` +
  `function replay(root){var set=Object.getOwnPropertyDescriptor(HTMLInputElement.prototype,"value").set,e,i;` +
  `for(i=0;i<acts.length;i++)if("v" in acts[i]&&(e=find(root,acts[i]))){set.call(e,acts[i].v);e.dispatchEvent(new Event("input",{bubbles:true}))}` +
  `if(focused&&(e=find(root,focused))){e.focus();if(e.setSelectionRange&&typed(e))e.setSelectionRange(e.value.length,e.value.length)}` +
  `for(i=0;i<acts.length;i++)if(!("v" in acts[i])&&(e=find(root,acts[i])))e.click()}` +
  `function record(ev){var t=ev.target,s=t instanceof Element&&t.closest("[data-static-shell]");if(!s)return;` +
  `if(!shell){shell=s;var root=s.parentNode;new MutationObserver(function(m,o){if(shell.isConnected)return;o.disconnect();replay(root)}).observe(root,{childList:true})}` +
  `var c=t.closest("a,button,input");` +
  `if(ev.type==="focusin")focused=c?key(c):undefined;` +
  `else if(!c)return;` +
  `else if(ev.type==="input"){if(typed(c))acts.push(Object.assign(key(c),{v:c.value}))}` +
  `else if(c.tagName==="BUTTON"||/^(radio|checkbox)$/.test(c.type))acts.push(key(c))}` +
  `function blur(ev){var t=ev.target,to=ev.relatedTarget;if(shell)queueMicrotask(function(){if(t.isConnected&&!(to&&shell.contains(to)))focused=undefined})}` +
  `document.addEventListener("click",record,true);document.addEventListener("input",record,true);document.addEventListener("focusin",record,true);document.addEventListener("focusout",blur,true)})();`;

/**
 * Copies text. The Clipboard API exists only in secure contexts, so over plain HTTP (a common intranet
 * setup) a hidden textarea and execCommand('copy') take over. Resolves true when the text was copied.
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  const nav = doc.defaultView?.navigator;
  if (nav?.clipboard && doc.defaultView?.isSecureContext) {
    try {
      await nav.clipboard.writeText(text);
      return true;
    } catch {
      // Permission denied or unfocused document: try the fallback below.
    }
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  area.style.pointerEvents = 'none';
  const active = doc.activeElement as HTMLElement | null;
  // Beside what has focus, not at the end of the body: a modal dialog's focus trap pulls focus back from anything
  // outside it, and "copy" would then copy nothing while the browser still reports success.
  (active && active !== doc.body ? active.parentElement : doc.body)?.appendChild(area);
  area.focus({ preventScroll: true });
  area.select();
  let ok: boolean;
  try {
    // Whatever took focus back meanwhile, what would be copied is not the text: that is no success.
    ok = doc.activeElement === area && typeof doc.execCommand === 'function' && doc.execCommand('copy');
  } catch {
    ok = false;
  } finally {
    area.remove();
    active?.focus?.();
  }
  return ok;
}

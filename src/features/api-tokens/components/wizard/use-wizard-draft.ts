import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useServices } from '../../../../lib/services';
import { hasUnsavedInput, type TokenFormValues } from '../token-form/token-form-schema';

// docs/product-rules.md, 'Add a token': the browser's Back (or a link, or the host navigating) closes the wizard
// without the "Discard changes?" question, which only the wizard's own Close and Escape can ask: nothing can hold
// a navigation under the host's routes. So what was typed is kept instead, in memory and for this module only,
// and the wizard opened again (for the same source: blank, or the same token to duplicate) starts from it.

/** Kept input per module mount, then per source ('' for a blank wizard, else the duplicated token's ID). */
const perModule = new WeakMap<object, Map<string, TokenFormValues>>();

/**
 * The wizard's draft for `source`: returns what was kept for it (null if nothing), drops it from the store while
 * the wizard shows it, and keeps the input again when the wizard unmounts with unsaved input, unless the user
 * closed it on purpose (`leftOnPurpose`: Close, Escape, a discard confirmed) or Add was sent (`sent`).
 */
export function useWizardDraft({
  source,
  initial,
  current,
  leftOnPurpose,
  sent,
}: {
  source: string;
  initial: TokenFormValues;
  current: () => TokenFormValues;
  leftOnPurpose: () => boolean;
  sent: () => boolean;
}): TokenFormValues | null {
  const { mount } = useServices();
  const [store] = useState(() => {
    if (!mount) return null;
    const existing = perModule.get(mount);
    if (existing) return existing;
    const created = new Map<string, TokenFormValues>();
    perModule.set(mount, created);
    return created;
  });
  // Read, not taken: StrictMode runs this twice; the effect below removes it.
  const [restored] = useState(() => store?.get(source) ?? null);
  const latest = useRef({ current, leftOnPurpose, sent });
  useLayoutEffect(() => {
    latest.current = { current, leftOnPurpose, sent };
  });

  useEffect(() => {
    store?.delete(source);
    return () => {
      const { current: values, leftOnPurpose: onPurpose, sent: wasSent } = latest.current;
      if (!store || wasSent() || onPurpose()) return;
      const typed = values();
      if (hasUnsavedInput(initial, typed)) store.set(source, typed);
    };
    // The source, the store and the starting values are fixed for the wizard's life (it is keyed by the source).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return restored;
}

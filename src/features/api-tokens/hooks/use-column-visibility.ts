import { useCallback, useState } from 'react';

/** Namespaced so a host page sharing our origin never collides with us; holds column ids only, never data. */
export const COLUMN_VISIBILITY_STORAGE_KEY = 'softwareone.api-tokens-admin.columns';

/** What we stored earlier, or junk another script left: only a short list of short strings is accepted. */
function parseStored(value: unknown): string[] | null {
  if (typeof value !== 'object' || value === null) return null;
  const hidden = (value as { hidden?: unknown }).hidden;
  if (!Array.isArray(hidden) || hidden.length > 32) return null;
  return hidden.every((id) => typeof id === 'string' && id.length <= 64) ? (hidden as string[]) : null;
}

function readHidden(storageKey: string, hideable: readonly string[]): string[] {
  try {
    const raw = window.localStorage.getItem(storageKey);
    if (!raw) return [];
    return (parseStored(JSON.parse(raw)) ?? []).filter((id) => hideable.includes(id));
  } catch {
    // Storage can be unavailable (privacy modes, sandboxed frames) or hold junk: the default is a fine answer.
    return [];
  }
}

function writeHidden(storageKey: string, hidden: readonly string[]) {
  try {
    if (hidden.length === 0) window.localStorage.removeItem(storageKey);
    else window.localStorage.setItem(storageKey, JSON.stringify({ hidden }));
  } catch {
    // Not persisting is acceptable; the choice still applies until the page is left.
  }
}

/** Which optional columns are shown, remembered per browser. */
export function useColumnVisibility(hideable: readonly string[], storageKey = COLUMN_VISIBILITY_STORAGE_KEY) {
  const [hidden, setHiddenState] = useState<string[]>(() => readHidden(storageKey, hideable));

  const setHidden = useCallback(
    (next: string[]) => {
      setHiddenState(next);
      writeHidden(storageKey, next);
    },
    [storageKey],
  );

  // Showing, hiding and resetting are worked out by the columns menu, which loads after the first rows.
  return { hidden, setHidden };
}

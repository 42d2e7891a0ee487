import { useCallback, useState } from 'react';
import { z } from 'zod';

/** Namespaced so a host page sharing our origin never collides with us; holds column ids only, never data. */
export const COLUMN_VISIBILITY_STORAGE_KEY = 'softwareone.api-tokens-admin.columns';

const storedSchema = z.object({ hidden: z.array(z.string().max(64)).max(32) });

function readHidden(storageKey: string, hideable: readonly string[]): string[] {
  try {
    const raw = window.localStorage.getItem(storageKey);
    if (!raw) return [];
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data.hidden.filter((id) => hideable.includes(id)) : [];
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

  const setVisible = useCallback(
    (columnId: string, visible: boolean) => {
      const next = visible ? hidden.filter((id) => id !== columnId) : [...new Set([...hidden, columnId])];
      setHidden(next);
    },
    [hidden, setHidden],
  );

  const reset = useCallback(() => setHidden([]), [setHidden]);

  return { hidden, setVisible, reset };
}

import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { buildQueryString, rql } from '../../../../lib/rql';
import { useServices } from '../../../../lib/services';
import { apiTokenQueries } from '../../api/queries';
import type { ApiToken } from '../../api/types';
import { normalizeName } from '../token-form/token-form-schema';

/** Waits for a pause in typing before asking the server. */
const TYPING_PAUSE_MS = 400;

function sameNameQuery(name: string): string | null {
  try {
    return buildQueryString({ filter: [rql.ilike('name', rql.exactly(name))], limit: 1 });
  } catch {
    // A name the filter cannot carry (the RQL builder refuses it) is simply not checked.
    return null;
  }
}

/**
 * A token of the account already called `name` (case ignored), once the admin stops typing: a hint, not an
 * error, as names need not be unique (docs/product-rules.md, 'Create and edit').
 */
export function useExistingName(name: string | undefined): {
  existing: ApiToken | null;
  /** The check itself failed (after its retries): no hint is then no answer. */
  failure: unknown;
  retry: () => void;
} {
  const { client } = useServices();
  // The name as it would be saved: "Build  bot" is checked as "Build bot".
  const asSaved = normalizeName(name ?? '');
  const [settled, setSettled] = useState(asSaved);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(asSaved), TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [asSaved]);
  const query = settled ? sameNameQuery(settled) : null;
  const result = useQuery({
    ...apiTokenQueries.list(client, query ?? ''),
    enabled: query !== null,
    placeholderData: undefined,
    staleTime: 30_000,
  });
  const retry = () => void result.refetch();
  // Only for the name as it is now: no hint about a name the admin has already changed.
  if (!query || settled !== asSaved) return { existing: null, failure: null, retry };
  return {
    existing: result.data?.data?.[0] ?? null,
    failure: result.isError && !result.isFetching ? result.error : null,
    retry,
  };
}

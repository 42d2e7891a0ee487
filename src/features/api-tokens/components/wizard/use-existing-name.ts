import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { buildQueryString, rql } from '../../../../lib/rql';
import { useServices } from '../../../../lib/services';
import { apiTokenQueries } from '../../api/queries';
import type { ApiToken } from '../../api/types';
import { normalizeName } from '../token-form/token-form-schema';

/** Waits for a pause in typing before asking the server. */
const TYPING_PAUSE_MS = 400;

function sameNameQuery(name: string, exceptId: string | undefined): string | null {
  try {
    const filter = [rql.ilike('name', rql.exactly(name))];
    if (exceptId) filter.push(rql.ne('id', exceptId));
    return buildQueryString({ filter, limit: 1 });
  } catch {
    // A name the filter cannot carry (the RQL builder refuses it) is simply not checked.
    return null;
  }
}

/**
 * A token of the account already called `name` (case ignored), once the admin stops typing: a hint, not an
 * error, as names need not be unique (docs/product-rules.md, 'Create and edit'). When editing, `own` is the token
 * being edited, with the name the dialog opened with: it never counts as the other token, and that name, kept, is
 * not checked at all (the admin did not choose it just now).
 */
export function useExistingName(
  name: string | undefined,
  own?: { id: string; name: string },
): {
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
  const unchanged = own !== undefined && settled === normalizeName(own.name);
  const query = settled && !unchanged ? sameNameQuery(settled, own?.id) : null;
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

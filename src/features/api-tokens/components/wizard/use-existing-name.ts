import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { buildQueryString, rql } from '../../../../lib/rql';
import { useServices } from '../../../../lib/services';
import { apiTokenQueries } from '../../api/queries';
import type { ApiToken } from '../../api/types';
import { normalizeName } from '../token-form/token-form-schema';

/** Waits for a pause in typing before asking the server. */
const TYPING_PAUSE_MS = 400;

/** How many tokens that might have the name are fetched; which of them has it is decided here. */
const CANDIDATES = 20;

/**
 * Where a name is split into the words the query looks for: its spaces (so a name saved before names were
 * normalized, "Build   bot", is found for "Build bot"), its double quotes (which the contract never lets reach a
 * query, as in the grid's search) and lone surrogates (which a query cannot carry).
 */
const SEPARATOR = /[ "]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The tokens whose names hold each word of `name` (normalized), or a name of one word and nothing else exactly; a
 * token called `name` is among them, and `sameName` tells it from the others. Null when the name has no word to
 * look for (quotes only).
 */
function sameNameQuery(name: string, exceptId: string | undefined): string | null {
  const words = name.split(SEPARATOR).filter(Boolean);
  if (words.length === 0) return null;
  const filter =
    words[0] === name
      ? [rql.ilike('name', rql.exactly(name))]
      : words.map((word) => rql.ilike('name', rql.contains(word)));
  if (exceptId) filter.push(rql.ne('id', exceptId));
  return buildQueryString({ filter, limit: CANDIDATES });
}

/** The same name as saved, case ignored: `candidate` may still hold runs of whitespace from before. */
function sameName(candidate: ApiToken, asSaved: string): boolean {
  return normalizeName(candidate.name ?? '').toLowerCase() === asSaved.toLowerCase();
}

/**
 * A token of the account already called `name` (case ignored, both names with each run of whitespace as one
 * space), once the admin stops typing: a hint, not an error, as names need not be unique (docs/product-rules.md, 'Create and edit'). When editing, `own` is the token
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
    existing: result.data?.data?.find((candidate) => sameName(candidate, settled)) ?? null,
    failure: result.isError && !result.isFetching ? result.error : null,
    retry,
  };
}

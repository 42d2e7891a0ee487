import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { buildQueryString, rql } from '../../../../lib/rql';
import { useServices } from '../../../../lib/services';
import { apiTokenQueries } from '../../api/queries';
import type { ApiToken } from '../../api/types';
import { normalizeName } from '../token-form/token-form-schema';

/** Waits for a pause in typing before asking the server. */
const TYPING_PAUSE_MS = 400;

/**
 * How many tokens whose names hold the name's words are fetched, when no token has the name as typed; which of them
 * has it, with other whitespace, is decided here.
 */
const CANDIDATES = 20;

/**
 * Where a name is split into the words the query looks for: its spaces (so a name saved before names were
 * normalized, "Build   bot", is found for "Build bot"), its double quotes (which the contract never lets reach a
 * query, as in the grid's search) and lone surrogates (which a query cannot carry).
 */
const SEPARATOR = /[ "]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The two questions that find a token called `name` (normalized), the first one first: a token with exactly that
 * name, case ignored (null when the name cannot be spelled in a query); then, if none, the tokens whose names hold
 * each of its words (null when that would ask nothing more). Asked in that order, a token of that name is found
 * however many others share its words; the words find one saved with other whitespace, or one whose name holds
 * what no query can spell.
 */
function sameNameQueries(name: string, exceptId: string | undefined) {
  const words = name.split(SEPARATOR).filter(Boolean);
  const except = exceptId ? [rql.ne('id', exceptId)] : [];
  const spelled = words.join(' ') === name;
  return {
    exact: spelled
      ? buildQueryString({ filter: [rql.ilike('name', rql.exactly(name)), ...except], limit: 1 })
      : null,
    words:
      words.length > (spelled ? 1 : 0)
        ? buildQueryString({
            filter: [...words.map((word) => rql.ilike('name', rql.contains(word))), ...except],
            limit: CANDIDATES,
          })
        : null,
  };
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
  const queries = settled && !unchanged ? sameNameQueries(settled, own?.id) : null;
  const exact = useQuery({
    ...apiTokenQueries.list(client, queries?.exact ?? ''),
    enabled: !!queries?.exact,
    placeholderData: undefined,
    staleTime: 30_000,
  });
  const found = exact.data?.data?.find((candidate) => sameName(candidate, settled));
  const byWords = useQuery({
    ...apiTokenQueries.list(client, queries?.words ?? ''),
    // Only once the exact name is known to be no token's (or cannot be asked for).
    enabled: !!queries?.words && (!queries.exact || (exact.isSuccess && !found)),
    placeholderData: undefined,
    staleTime: 30_000,
  });
  const failed = [exact, byWords].find((result) => result.isError && !result.isFetching);
  const retry = () => void failed?.refetch();
  // Only for the name as it is now: no hint about a name the admin has already changed.
  if (!queries || settled !== asSaved) return { existing: null, failure: null, retry };
  return {
    existing: found ?? byWords.data?.data?.find((candidate) => sameName(candidate, settled)) ?? null,
    failure: failed?.error ?? null,
    retry,
  };
}

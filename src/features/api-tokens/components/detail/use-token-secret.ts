import { useEffect, useState } from 'react';
import type { ApiClient } from '../../../../lib/api-client';
import { readApiTokenSecret } from '../../api/write-requests';

export type TokenSecretState =
  { status: 'loading' } | { status: 'available'; value: string } | { status: 'unavailable' };

/**
 * Asks the API whether it returns the token's value on GET (older API versions did). The value lives only in
 * this component's state: never in the query cache, storage or the URL, and it is gone when the page unmounts.
 */
export function useTokenSecret(client: ApiClient, tokenId: string): TokenSecretState {
  const [state, setState] = useState<TokenSecretState>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    readApiTokenSecret(client, tokenId, controller.signal).then(
      (secret) => {
        if (controller.signal.aborted) return;
        setState(secret ? { status: 'available', value: secret } : { status: 'unavailable' });
      },
      () => {
        // The page's own request reports failures; here the field just falls back to the explanation.
        if (!controller.signal.aborted) setState({ status: 'unavailable' });
      },
    );
    return () => controller.abort();
  }, [client, tokenId]);
  return state;
}

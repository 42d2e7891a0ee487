import { useEffect, useState } from 'react';
import type { ApiClient } from '../../../../lib/api-client';
import { readApiTokenSecret } from '../../api/write-requests';

export type TokenSecretState =
  | { status: 'loading' }
  | { status: 'available'; value: string }
  | { status: 'unavailable' }
  | { status: 'failed'; error: unknown; retry: () => void };

/**
 * Asks the API whether it returns the token's value on GET (older API versions did). The value lives only in
 * this component's state: never in the query cache, storage or the URL, and it is gone when the page unmounts.
 */
export function useTokenSecret(client: ApiClient, tokenId: string): TokenSecretState {
  const [state, setState] = useState<TokenSecretState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    readApiTokenSecret(client, tokenId, controller.signal).then(
      (secret) => {
        if (controller.signal.aborted) return;
        setState(secret ? { status: 'available', value: secret } : { status: 'unavailable' });
      },
      (error: unknown) => {
        // Said in the field, with Retry: "shown only once" would otherwise be a guess on an API that returns it.
        if (!controller.signal.aborted)
          setState({
            status: 'failed',
            error,
            retry: () => {
              setState({ status: 'loading' });
              setAttempt((count) => count + 1);
            },
          });
      },
    );
    return () => controller.abort();
  }, [client, tokenId, attempt]);
  return state;
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLayoutEffect, useRef } from 'react';
import { writeOutcomeUnknown } from '../../../lib/write-outcome';
import { useApiClient } from '../../../lib/services';
import { apiTokenQueries } from './queries';
import { createApiToken } from './write-requests';
import { withoutSecret } from './secret';
import type { ApiToken, CreateApiTokenInput } from './types';

export interface UseCreateApiTokenOptions {
  /**
   * The one hand-off of the secret, called once with the value the API returned. The mutation's own result
   * (kept in the QueryClient's mutation cache) and every cache entry only ever hold the token without it.
   */
  onSecret: (secret: string, token: ApiToken) => void;
}

/** What to create, and the signal that stops waiting for the answer (the user's Cancel). */
export type CreateApiTokenVariables = CreateApiTokenInput & { signal?: AbortSignal };

/**
 * Creates a token. Afterwards the new token's detail is primed (without the secret) so "View details" opens
 * at once, and lists and counts are read again (not waited for: the grid behind the summary catches up while the
 * secret is on screen). Never retried: a second POST would create a second token. When the answer never came
 * (cancelled or timed out) the token may exist all the same, so lists and counts are read again then too.
 */
export function useCreateApiToken({ onSecret }: UseCreateApiTokenOptions) {
  const queryClient = useQueryClient();
  const client = useApiClient();
  const onSecretRef = useRef(onSecret);
  useLayoutEffect(() => {
    onSecretRef.current = onSecret;
  });

  const refreshLists = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: apiTokenQueries.lists(client) }),
      queryClient.invalidateQueries({ queryKey: apiTokenQueries.counts(client) }),
    ]);

  return useMutation<ApiToken, unknown, CreateApiTokenVariables>({
    mutationKey: [...apiTokenQueries.all(client), 'create'],
    retry: false,
    mutationFn: async ({ signal, ...input }) => {
      const created = await createApiToken(client, input, signal);
      const token = withoutSecret(created);
      if (typeof created.token === 'string' && created.token) onSecretRef.current(created.token, token);
      return token;
    },
    onSuccess: (token) => {
      if (token.id) queryClient.setQueryData(apiTokenQueries.detail(client, token.id).queryKey, token);
      // Not awaited: the new secret is shown as soon as the answer is in, however slow the lists are to answer.
      void refreshLists();
    },
    onError: (error) => {
      // Not awaited: the dialog says what is known at once, and the grid catches up when the lists answer.
      if (writeOutcomeUnknown(error)) void refreshLists();
    },
  });
}

import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { safeImageUrl } from '../../../../lib/safe-url';
import { shortenTo } from '../../../../lib/shorten';
import { characterCount } from '../../../../lib/text';
import { useApiClient, useServices } from '../../../../lib/services';
import { wizardMessages } from '../../messages/wizard';
import { apiTokenQueries } from '../../api/queries';
import type { ApiToken } from '../../api/types';
import {
  EMPTY_TOKEN_FORM,
  MAX_NAME_LENGTH,
  checkLogoFile,
  normalizeName,
  tokenToFormValues,
  type TokenFormValues,
} from '../token-form/token-form-schema';

/** The copy's name: the original's, marked as a copy, and shortened to leave room for the mark when it is long. */
function copyName(name: string): string {
  const room = MAX_NAME_LENGTH - characterCount(wizardMessages.duplicate.copyName(''));
  return wizardMessages.duplicate.copyName(shortenTo(normalizeName(name), room));
}

/**
 * What the Add wizard starts from: the blank form, or (Duplicate, `fromId` set) a copy of that token, named as
 * a copy and with its own copy of the logo. `ready` is false while the token or its logo loads, or failed to.
 */
export function useDuplicateSource(fromId: string | null) {
  const client = useApiClient();
  const query = useQuery({ ...apiTokenQueries.detail(client, fromId ?? ''), enabled: fromId !== null });
  const token = fromId !== null ? query.data : undefined;
  const logo = useCopiedLogo(token);
  const initialValues: TokenFormValues = token
    ? {
        ...tokenToFormValues(token),
        name: copyName(token.name ?? ''),
        logo: logo.file ? { kind: 'file', file: logo.file } : null,
      }
    : EMPTY_TOKEN_FORM;
  const readyNow = fromId === null || (!query.isError && token !== undefined && !logo.pending);
  // Once the form is shown it stays, with the copy it started from: a later read of the source token that fails
  // (it was deleted meanwhile, the network dropped) must not take the form, and with Rotate a new secret, away.
  const [kept, setKept] = useState<Kept | null>(null);
  if (readyNow && kept?.fromId !== fromId && fromId !== null) {
    setKept({ fromId, token, initialValues, logoCopyFailed: logo.failed });
  }
  if (fromId !== null && kept?.fromId === fromId) return { query, ready: true, ...kept };
  return { query, token, ready: readyNow, initialValues, logoCopyFailed: logo.failed };
}

interface Kept {
  fromId: string;
  token: ApiToken | undefined;
  initialValues: TokenFormValues;
  logoCopyFailed: boolean;
}

/**
 * A duplicated token's logo, fetched and turned into a file so the copy gets its own logo (sent like a logo
 * the user picked) instead of pointing at the original's, which goes away with it.
 */
export type DuplicateSource = ReturnType<typeof useDuplicateSource>;

function useCopiedLogo(token: ApiToken | undefined): {
  pending: boolean;
  file: File | null;
  failed: boolean;
} {
  const { apiBaseUrl, client } = useServices();
  const deadline = client.readTimeoutMs;
  const url = token?.icon ? (safeImageUrl(token.icon, apiBaseUrl) ?? null) : null;
  const [result, setResult] = useState<{ url: string; file: File | null } | null>(null);

  useEffect(() => {
    if (!url) return undefined;
    const controller = new AbortController();
    // As long as any read may take, no longer: a logo that never comes is a logo that could not be copied.
    let timedOut = false;
    const timer =
      deadline > 0
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, deadline)
        : undefined;
    const baseName = (token?.id ?? 'logo').toLowerCase();
    fetch(url, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
        const extension = type === 'image/png' ? '.png' : type === 'image/jpeg' ? '.jpg' : '';
        const file = new File([await response.arrayBuffer()], `${baseName}-logo${extension}`, { type });
        setResult({ url, file: checkLogoFile(file) ? null : file });
      })
      .catch(() => {
        if (timedOut || !controller.signal.aborted) setResult({ url, file: null });
      })
      .finally(() => clearTimeout(timer));
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [url, token?.id, deadline]);

  if (!url) return { pending: false, file: null, failed: false };
  if (result?.url !== url) return { pending: true, file: null, failed: false };
  return { pending: false, file: result.file, failed: result.file === null };
}

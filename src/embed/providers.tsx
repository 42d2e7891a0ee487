import { QueryClientProvider, QueryErrorResetBoundary } from '@tanstack/react-query';
import { useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import styles from './providers.module.css';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { DeferredErrorPanel } from '../components/ui/deferred-error-panel';
import { ThemeRoot } from '../components/ui/theme';
import { ToastProvider, useToast } from '../components/ui/toast';
import { createApiClient } from '../lib/api-client';
import { createQueryClient } from '../lib/query-client';
import { ServicesProvider, type ModuleServices, type Notify } from '../lib/services';
import { formatLocale, pageLanguage } from '../lib/language';
import { commonMessages } from '../messages/common';
import { requestTimeouts, type ApiTokensConfig } from './config';

function Services({ config, children }: { config: ApiTokensConfig; children: ReactNode }) {
  const toast = useToast();
  // The latest config is read at call time, so a host re-rendering with new callbacks never rebuilds the client.
  const latest = useRef(config);
  useLayoutEffect(() => {
    latest.current = config;
  });
  // What a screen leaves at the module's root (`mount` in ModuleServices) stays while the user moves between screens.
  const [lasting, mount] = useState<ReactNode>();

  const { read: readTimeout, write: writeTimeout } = requestTimeouts(config.requestTimeoutMs);
  const client = useMemo(
    () =>
      // eslint-disable-next-line react-hooks/refs -- the client keeps these callbacks and calls them as each request leaves, not while this renders
      createApiClient({
        baseUrl: config.apiBaseUrl,
        getAccessToken: () => latest.current.getAccessToken(),
        onUnauthorized: () => latest.current.onUnauthorized?.(),
        timeouts: { read: readTimeout, write: writeTimeout },
      }),
    [config.apiBaseUrl, readTimeout, writeTimeout],
  );
  const notify = useMemo<Notify>(
    () => (message, options) => (latest.current.notify ?? toast)(message, options),
    [toast],
  );

  const services = useMemo<ModuleServices>(
    () => ({
      client,
      apiBaseUrl: config.apiBaseUrl,
      locale: formatLocale(
        config.locale ?? (typeof navigator !== 'undefined' ? navigator.language : 'en-GB'),
      ),
      timeZone: config.timeZone,
      accountId: config.accountId,
      notify,
      mount,
      // Whatever the host's callback returns stays with the host: a screen calls this from an effect.
      title: (title) => {
        latest.current.onTitleChange?.(title);
      },
    }),
    [client, config.apiBaseUrl, config.locale, config.timeZone, config.accountId, notify],
  );
  return (
    <ServicesProvider value={services}>
      {children}
      {lasting}
    </ServicesProvider>
  );
}

/** Everything a screen of the module needs, scoped to this mount: no globals, nothing shared between mounts. */
export function ApiTokensProviders({ config, children }: { config: ApiTokensConfig; children: ReactNode }) {
  const [ownClient] = useState(() => config.queryClient ?? createQueryClient());
  const queryClient = config.queryClient ?? ownClient;
  // The package's entry reads the host's scheme when the config names none (lazy-module.tsx) and passes it on;
  // the standalone app names its own.
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeRoot colorScheme={config.colorScheme ?? 'light'} lang={pageLanguage.tag}>
        {/* Not the theme's root: a query container would hold the dialogs portalled there to its box. */}
        <div className={styles.layout}>
          <ToastProvider closeLabel={commonMessages.dismissNotification}>
            <Services config={config}>
              <QueryErrorResetBoundary>
                {({ reset }) => (
                  <ErrorBoundary
                    onReset={reset}
                    fallback={({ error, reset: retry }) => (
                      <div style={{ padding: 24 }}>
                        <DeferredErrorPanel
                          error={error}
                          title={commonMessages.errors.unknown}
                          onRetry={retry}
                        />
                      </div>
                    )}
                  >
                    {children}
                  </ErrorBoundary>
                )}
              </QueryErrorResetBoundary>
            </Services>
          </ToastProvider>
        </div>
      </ThemeRoot>
    </QueryClientProvider>
  );
}

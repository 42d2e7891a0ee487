// A host's configuration mistake stops the module where the portal's developer sees it, with what is wrong,
// instead of every request failing as "The server could not be reached".
import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { TEST_API_BASE_URL } from '../../../mocks/node';
import {
  ApiTokensModule,
  createApiTokensRoutes,
  prefetchApiTokensGrid,
  type ApiTokensConfig,
} from '../../../src/embed';

function configWith(apiBaseUrl: unknown): ApiTokensConfig {
  return {
    apiBaseUrl: apiBaseUrl as string,
    getAccessToken: () => 'idt:TKN-0000-0001:portal',
    queryClient: new QueryClient(),
    locale: 'en-GB',
  };
}

/** The host's own error boundary, as a portal would have around its routes. */
class HostBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p role="alert">{this.state.error.message}</p> : this.props.children;
  }
}

describe('a bad apiBaseUrl', () => {
  it.each([
    ['no scheme', 'api.example.com'],
    ['a query', `${TEST_API_BASE_URL}?tenant=1`],
    ['a fragment', `${TEST_API_BASE_URL}#v1`],
    ['protocol-relative', '//api.example.com'],
    ['another scheme', 'ftp://api.example.com'],
    ['not a string', undefined],
  ])('(%s) is refused by every way in, naming the option', async (_, apiBaseUrl) => {
    const config = configWith(apiBaseUrl);
    expect(() => createApiTokensRoutes(config)).toThrow(/ApiTokensConfig\.apiBaseUrl must be/);
    expect(() => prefetchApiTokensGrid({ ...config, queryClient: new QueryClient() })).toThrow(
      /ApiTokensConfig\.apiBaseUrl must be/,
    );

    // React reports an error its boundary caught on the console.
    vi.mocked(console.error).mockImplementation(() => undefined);
    render(
      <MemoryRouter>
        <HostBoundary>
          <ApiTokensModule config={config} />
        </HostBoundary>
      </MemoryRouter>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(/ApiTokensConfig\.apiBaseUrl must be/);
  });
});

describe('a good apiBaseUrl', () => {
  it.each([
    ['the page’s origin', ''],
    ['a path on it', '/gateway/'],
    ['an https URL with a path', 'https://api.example.com/marketplace'],
    ['an http URL', 'http://127.0.0.1:4010'],
  ])('(%s) is taken', (_, apiBaseUrl) => {
    expect(() => createApiTokensRoutes(configWith(apiBaseUrl))).not.toThrow();
  });
});

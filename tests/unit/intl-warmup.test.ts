import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TEST_API_BASE_URL } from '../../mocks/node';
import { createApiTokensRoutes, prefetchApiTokensGrid } from '../../src/embed';
import { warmIntl } from '../../src/lib/intl-warmup';

// The locale's date and number data is loaded ahead of the first rows (the first format of a locale is the slow
// one): when the host is idle after making the module's routes, or while a route change waits for code and rows.

/** Records each formatter made, by kind, locale and zone. */
function recordFormatters(): string[] {
  const made: string[] = [];
  const original = Intl;
  vi.stubGlobal(
    'Intl',
    Object.assign(Object.create(original), {
      DateTimeFormat: class extends original.DateTimeFormat {
        constructor(locale?: string, options?: Intl.DateTimeFormatOptions) {
          super(locale, options);
          made.push(`DateTimeFormat ${locale} ${options?.timeZone}`);
        }
      },
      NumberFormat: class extends original.NumberFormat {
        constructor(locale?: string, options?: Intl.NumberFormatOptions) {
          super(locale, options);
          made.push(`NumberFormat ${locale}`);
        }
      },
      RelativeTimeFormat: class extends original.RelativeTimeFormat {
        constructor(locale?: string, options?: Intl.RelativeTimeFormatOptions) {
          super(locale, options);
          made.push(`RelativeTimeFormat ${locale}`);
        }
      },
    }),
  );
  return made;
}

/** A module configuration in a locale and zone of its own (the warm-up remembers what it has done). */
function configFor(locale: string, timeZone: string) {
  return {
    apiBaseUrl: TEST_API_BASE_URL,
    getAccessToken: () => 'idt:TKN-0000-0001:x',
    queryClient: new QueryClient({ defaultOptions: { queries: { retry: false } } }),
    locale,
    timeZone,
  };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('warming the formatters up', () => {
  it('prefetching the grid formats a date, a number and a relative time in the module’s locale and zone, in a task of its own', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const made = recordFormatters();
    void prefetchApiTokensGrid(configFor('de-CH', 'Europe/Zurich')).catch(() => undefined);
    // Not during the host's own work: after it.
    expect(made).toEqual([]);
    vi.runOnlyPendingTimers();
    expect(made).toEqual([
      'DateTimeFormat de-CH Europe/Zurich',
      'NumberFormat de-CH',
      'RelativeTimeFormat de-CH',
    ]);
  });

  it('the module’s routes load the locale’s data once the browser is idle, not while the host starts, and only once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    const made = recordFormatters();
    const config = configFor('de-AT', 'Europe/Vienna');
    createApiTokensRoutes(config);
    expect(made).toEqual([]);
    expect(idle).toHaveLength(1);
    idle.forEach((callback) => callback());
    expect(made).toEqual([
      'DateTimeFormat de-AT Europe/Vienna',
      'NumberFormat de-AT',
      'RelativeTimeFormat de-AT',
    ]);
    // The route change into the module then finds it done.
    void prefetchApiTokensGrid(config).catch(() => undefined);
    vi.runOnlyPendingTimers();
    expect(made).toHaveLength(3);
  });

  it('a zone the browser does not know is no error (the rows say so themselves)', () => {
    expect(() => warmIntl('en', 'Not/AZone')).not.toThrow();
  });
});

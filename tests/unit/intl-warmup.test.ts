import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TEST_API_BASE_URL } from '../../mocks/node';
import { prefetchApiTokensGrid } from '../../src/embed';
import { warmIntl } from '../../src/lib/intl-warmup';

// While a host's route change waits for the module's code and rows, the locale's date and number data is loaded
// (the first format of a locale is the slow one), so the first rows do not wait for it.

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('warming the formatters up', () => {
  it('prefetching the grid formats a date, a number and a relative time in the module’s locale and zone, in a task of its own', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    // Each formatter made, by kind, locale and zone.
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
    const config = {
      apiBaseUrl: TEST_API_BASE_URL,
      getAccessToken: () => 'idt:TKN-0000-0001:x',
      queryClient: new QueryClient({ defaultOptions: { queries: { retry: false } } }),
      locale: 'de-CH',
      timeZone: 'Europe/Zurich',
    };
    void prefetchApiTokensGrid(config).catch(() => undefined);
    // Not during the host's own work: after it.
    expect(made).toEqual([]);
    vi.runOnlyPendingTimers();
    expect(made).toEqual([
      'DateTimeFormat de-CH Europe/Zurich',
      'NumberFormat de-CH',
      'RelativeTimeFormat de-CH',
    ]);
    vi.unstubAllGlobals();
  });

  it('a zone the browser does not know is no error (the rows say so themselves)', () => {
    expect(() => warmIntl('en', 'Not/AZone')).not.toThrow();
  });
});

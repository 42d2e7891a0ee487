import { vi } from 'vitest';
import { mockBackend } from '../../../mocks/node';

type StoredToken = ReturnType<typeof mockBackend.db.listTokens>[number];

/** A seeded token matching `predicate`; fails loudly when the seed no longer has one. */
export function seededToken(predicate: (token: StoredToken) => boolean = () => true): StoredToken {
  const token = mockBackend.db.listTokens().find(predicate);
  if (!token) throw new Error('No seeded token matches this test’s needs; the mock seed changed.');
  return token;
}

export const UNKNOWN_TOKEN_ID = 'TKN-0000-9999';

/** Writes `count` audit records for the token through the store, as edits would, one second apart. */
export function addAuditRecords(tokenId: string, count: number) {
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    vi.setSystemTime(new Date('2030-01-01T09:00:00Z'));
    for (let i = 0; i < count; i++) {
      vi.advanceTimersByTime(1000);
      mockBackend.db.updateToken(tokenId, { description: `Revision ${i + 1}` });
    }
  } finally {
    vi.useRealTimers();
  }
}

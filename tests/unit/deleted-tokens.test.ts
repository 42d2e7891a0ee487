import { describe, expect, it } from 'vitest';
import {
  deletedToken,
  forgetDeleted,
  rememberDeleted,
} from '../../src/features/api-tokens/api/deleted-tokens';

describe('the tokens a module deleted', () => {
  it('keeps the name and ID only, never the secret an older API sends with a token', () => {
    const mount = {};
    const secret = 'idt:TKN-1111-2222:do-not-keep';
    rememberDeleted(mount, [{ id: 'TKN-1111-2222', name: '  Build bot ', token: secret, status: 'Active' }]);
    const kept = deletedToken(mount, 'TKN-1111-2222');
    expect(kept).toEqual({ name: 'Build bot', at: expect.any(Number) });
    expect(JSON.stringify(kept)).not.toContain(secret);
  });

  it('is per module, and forgets a token the API has after all', () => {
    const mount = {};
    rememberDeleted(mount, [{ id: 'TKN-1111-2222' }]);
    expect(deletedToken(mount, 'TKN-1111-2222')).toEqual({ name: '', at: expect.any(Number) });
    expect(deletedToken({}, 'TKN-1111-2222')).toBeUndefined();
    expect(deletedToken(undefined, 'TKN-1111-2222')).toBeUndefined();
    forgetDeleted(mount, 'TKN-1111-2222');
    expect(deletedToken(mount, 'TKN-1111-2222')).toBeUndefined();
  });
});

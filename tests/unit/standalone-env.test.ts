// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '../../src/standalone/env';

describe('parseEnv', () => {
  it('defaults to the mock backend', () => {
    expect(parseEnv({})).toEqual({ VITE_API_MODE: 'mock' });
  });

  it('treats empty strings as unset', () => {
    expect(parseEnv({ VITE_API_MODE: '', VITE_LOCALE: '' }).VITE_API_MODE).toBe('mock');
  });

  it('accepts real mode with a custom upstream and account', () => {
    const env = parseEnv({
      VITE_API_MODE: 'real',
      VITE_API_UPSTREAM: 'http://127.0.0.1:4010',
      VITE_ACCOUNT_ID: 'ACC-1234-5678',
      VITE_LOCALE: 'de-DE',
    });
    expect(env).toMatchObject({
      VITE_API_MODE: 'real',
      VITE_API_UPSTREAM: 'http://127.0.0.1:4010',
      VITE_LOCALE: 'de-DE',
    });
  });

  it('lists every bad key in one readable error', () => {
    let error: unknown;
    try {
      parseEnv({ VITE_API_MODE: 'staging', VITE_API_UPSTREAM: 'not a url', VITE_ACCOUNT_ID: 'ACC-1' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as EnvError).message;
    expect(message).toMatch(/VITE_API_MODE/);
    expect(message).toMatch(/VITE_API_UPSTREAM/);
    expect(message).toMatch(/VITE_ACCOUNT_ID: must look like ACC-1234-5678/);
    expect((error as EnvError).issues).toHaveLength(3);
  });
});

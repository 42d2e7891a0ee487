// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ACTIVITY_MAX_TOKENS, ACTIVITY_SHARE, BUSY_TOKEN_RECORDS } from './activity';
import { MOCK_CURRENT_USER, MOCK_REFERENCE_NOW } from './fixtures';
import { createRandom } from './random';
import { generateDataset, IdRegistry } from './seed';
import { MockDb } from './store';
import type { AuditRecordEntry } from './types';

const REF = Date.parse(MOCK_REFERENCE_NOW);
const DAY = 86_400_000;

describe('seeded store', () => {
  it('is deterministic: the same seed gives the same data, another seed different data', () => {
    const a = new MockDb({ seed: 7 });
    const b = new MockDb({ seed: 7 });
    const c = new MockDb({ seed: 8 });
    expect(JSON.stringify(a.listTokens())).toBe(JSON.stringify(b.listTokens()));
    expect(JSON.stringify(a.listAuditRecords())).toBe(JSON.stringify(b.listAuditRecords()));
    expect(a.listTokens().map((t) => a.getSecret(t.id))).toEqual(
      b.listTokens().map((t) => b.getSecret(t.id)),
    );
    expect(JSON.stringify(a.listTokens())).not.toBe(JSON.stringify(c.listTokens()));
  });

  it('stays deterministic through mutations when the clock is fixed', () => {
    const now = () => new Date(REF);
    const run = () => {
      const db = new MockDb({ seed: 3, now });
      const { token, secret } = db.createToken({
        name: 'A',
        description: null,
        icon: null,
        moduleIds: ['MOD-1756'],
      });
      db.setTokenStatus(token.id, 'Disabled');
      return { token: db.getToken(token.id), secret, audit: db.listAuditRecords().slice(-2) };
    };
    expect(JSON.stringify(run())).toBe(JSON.stringify(run()));
  });

  it('seeds one client account, thirteen modules, ten users and sixty varied tokens', () => {
    const db = new MockDb();
    expect(db.account).toMatchObject({
      id: 'ACC-0001-0002',
      name: 'Stark Industries',
      type: 'Client',
      status: 'Active',
    });
    expect(db.listModules()).toHaveLength(13);
    // One of them, for vendor accounts only, no token of this client account may have, and no seeded token has it.
    const notForTokens = ['MOD-3287'];
    expect(db.listModules().filter((m) => notForTokens.includes(m.id))).toHaveLength(1);
    expect(db.getModule('MOD-1756')?.name).toBe('Access Management');
    expect(db.users).toHaveLength(10);
    for (const u of db.users) expect(u.id).toMatch(/^USR-\d{4}-\d{4}$/);

    const tokens = db.listTokens();
    expect(tokens).toHaveLength(60);
    expect(new Set(tokens.map((t) => t.id)).size).toBe(60);
    expect(tokens.filter((t) => t.status === 'Disabled')).toHaveLength(15);
    expect(tokens.filter((t) => t.lastAccessAt === null)).toHaveLength(8);
    const idle = tokens.filter((t) => t.lastAccessAt !== null && Date.parse(t.lastAccessAt) < REF - 90 * DAY);
    expect(idle.length).toBeGreaterThanOrEqual(5);
    expect(tokens.filter((t) => t.description === null).length).toBeGreaterThanOrEqual(3);
    expect(tokens.filter((t) => t.icon !== null).length).toBeGreaterThan(0);
    expect(tokens.filter((t) => t.icon === null).length).toBeGreaterThan(45);
    expect(new Set(tokens.map((t) => t.audit.created.by.id)).size).toBeGreaterThan(5);

    for (const t of tokens) {
      expect(t.id).toMatch(/^TKN-\d{4}-\d{4}$/);
      expect(t.modules.length).toBeGreaterThanOrEqual(1);
      expect(t.modules.length).toBeLessThanOrEqual(5);
      for (const m of t.modules) expect(notForTokens).not.toContain(m.id);
      const created = Date.parse(t.audit.created.at);
      expect(created).toBeGreaterThanOrEqual(REF - 3 * 366 * DAY);
      expect(created).toBeLessThan(REF);
      if (t.lastAccessAt) expect(Date.parse(t.lastAccessAt)).toBeGreaterThanOrEqual(created);
      expect(db.getSecret(t.id)).toMatch(new RegExp(`^idt:${t.id}:[A-Za-z0-9]{32,}$`));
    }
    const createdYears = new Set(tokens.map((t) => t.audit.created.at.slice(0, 4)));
    expect(createdYears.size).toBeGreaterThanOrEqual(3);
  });

  it('seeds a creation audit record for every token', () => {
    const db = new MockDb();
    const created = db.listAuditRecords().filter((r) => r.event === 'platform.accounts.api-token.created');
    expect(created).toHaveLength(60);
    for (const r of db.listAuditRecords()) expect(r.id).toMatch(/^AUD-\d{4}-\d{4}-\d{4}-\d{4}$/);
    const token = db.listTokens()[0]!;
    const record = created.find((r) => r.object.id === token.id)!;
    expect(record).toMatchObject({
      timestamp: token.audit.created.at,
      actor: { id: token.audit.created.by.id },
      type: 'Public',
    });
  });

  it('has an empty dataset and a large one', () => {
    expect(new MockDb({ dataset: 'empty' }).listTokens()).toHaveLength(0);
    // How long the large one takes to build is measured by `npm run bench`, not asserted here: its 0.5 to 0.75 s of
    // CPU on a quiet machine passed a second on a busy one.
    const large = new MockDb({ dataset: 'large' });
    expect(large.tokenCount()).toBe(10_000);
    expect(new Set(large.listTokens().map((t) => t.id)).size).toBe(10_000);
    expect(large.listTokens().filter((t) => t.status === 'Disabled')).toHaveLength(2500);
  });

  it('writes one audit record per mutation, attributed to the current user', () => {
    const db = new MockDb({ now: () => new Date(REF + DAY) });
    const before = db.listAuditRecords().length;
    const { token } = db.createToken({
      name: 'Audit me',
      description: null,
      icon: null,
      moduleIds: ['MOD-1756', 'MOD-2131'],
    });
    db.updateToken(token.id, { name: 'Audit me too', moduleIds: ['MOD-1756'] });
    db.setTokenStatus(token.id, 'Disabled');
    db.setTokenStatus(token.id, 'Active');
    db.deleteToken(token.id);
    const records = db.listAuditRecords().slice(before);
    expect(records.map((r) => r.event)).toEqual([
      'platform.accounts.api-token.created',
      'platform.accounts.api-token.updated',
      'platform.accounts.api-token.disabled',
      'platform.accounts.api-token.enabled',
      'platform.accounts.api-token.deleted',
    ]);
    for (const r of records) {
      expect(r.actor.id).toBe(MOCK_CURRENT_USER.id);
      expect(r.object.id).toBe(token.id);
      expect(r.timestamp).toBe(new Date(REF + DAY).toISOString());
    }
    expect(records[1]!.details).toContain('name from “Audit me” to “Audit me too”');
    expect(records[1]!.details).toContain('-Billing');
    expect(JSON.stringify(records)).not.toContain('idt:');
  });

  it('never reuses the id of a deleted token and refuses no-op status changes', () => {
    const db = new MockDb();
    const victim = db.listTokens()[0]!;
    expect(db.deleteToken(victim.id)).toBe(true);
    expect(db.deleteToken(victim.id)).toBe(false);
    expect(db.getToken(victim.id)).toBeUndefined();
    expect(db.getSecret(victim.id)).toBeUndefined();
    const active = db.listTokens().find((t) => t.status === 'Active')!;
    expect(db.setTokenStatus(active.id, 'Active')).toEqual({
      ok: false,
      reason: 'already',
      status: 'Active',
    });
    expect(db.setTokenStatus('TKN-0000-0000', 'Active')).toEqual({ ok: false, reason: 'not-found' });
  });

  it('draws seeded logos as PNG on demand', () => {
    const db = new MockDb();
    const withLogo = db.listTokens().find((t) => t.icon !== null)!;
    const icon = db.getIcon(withLogo.id)!;
    expect(icon.contentType).toBe('image/png');
    expect([...icon.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });
});

describe('seeded audit records', () => {
  it.each(['default', 'large'] as const)(
    'in the %s dataset, a token that did something was used then: never "never used"; every caller from a documentation address',
    (dataset) => {
      const db = new MockDb({ dataset });
      for (const r of db.listAuditRecords()) {
        expect(r.request.api.ip).toMatch(/^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$|^2001:db8:/);
        if (!r.actor.id.startsWith('TKN-')) continue;
        const actor = db.getToken(r.actor.id);
        expect(actor?.lastAccessAt, `${r.actor.id}, actor of ${r.id}`).not.toBeNull();
        expect(r.timestamp <= (actor?.lastAccessAt as string), `${r.id} after its actor's last access`).toBe(
          true,
        );
      }
    },
  );
});

describe('seeded activity', () => {
  const isActivity = (r: AuditRecordEntry) =>
    r.actor.id.startsWith('TKN-') && r.object.objectType !== 'ApiToken';

  it('gives a share of the used tokens a history of calls made with them, ending at their last access', () => {
    const db = new MockDb();
    const activity = db.listAuditRecords().filter(isActivity);
    const byToken = new Map<string, AuditRecordEntry[]>();
    for (const r of activity) byToken.set(r.actor.id, [...(byToken.get(r.actor.id) ?? []), r]);
    const used = db.listTokens().filter((t) => t.lastAccessAt !== null);
    expect(byToken.size).toBe(Math.round(used.length * ACTIVITY_SHARE));

    for (const [tokenId, records] of byToken) {
      const token = db.getToken(tokenId)!;
      expect(token.lastAccessAt).not.toBeNull();
      const newest = records
        .map((r) => r.timestamp)
        .sort()
        .at(-1);
      expect(newest).toBe(token.lastAccessAt);
      for (const r of records) {
        expect(r.actor).toMatchObject({ id: token.id, name: token.name, account: { id: 'ACC-0001-0002' } });
        expect(r.timestamp >= token.audit.created.at).toBe(true);
        expect(r.request.api.ip).toMatch(/^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$|^2001:db8:/);
        expect(r.request.api.userAgent).not.toBe('');
        expect(r.request.api.geolocation.countryCode).toMatch(/^[A-Z]{2}$/);
        expect(r.event).toMatch(/^platform\.[a-z]+\.[a-z-]+\.[a-z]+$/);
        expect(r.summary).toContain(r.object.id);
      }
    }
    // Varied enough to be worth summing up: several addresses and countries, and one token busier than a page.
    const countries = [...byToken.values()].map(
      (records) => new Set(records.map((r) => r.request.api.geolocation.countryCode)).size,
    );
    expect(Math.max(...countries)).toBeGreaterThanOrEqual(3);
    expect(countries.some((n) => n === 1)).toBe(true);
    const busy = [...byToken.values()].find((records) => records.length === BUSY_TOKEN_RECORDS)!;
    const newest = Date.parse(
      busy
        .map((r) => r.timestamp)
        .sort()
        .at(-1)!,
    );
    expect(busy.every((r) => Date.parse(r.timestamp) > newest - 30 * DAY)).toBe(true);
  });

  it('leaves the rest of the seed as it was and is deterministic itself', () => {
    const withActivity = generateDataset(
      createRandom(5),
      'default',
      new IdRegistry(createRandom(99)),
      createRandom(6),
    );
    const without = generateDataset(createRandom(5), 'default', new IdRegistry(createRandom(99)));
    expect(JSON.stringify(withActivity.tokens)).toBe(JSON.stringify(without.tokens));
    expect(JSON.stringify(withActivity.audit.filter((r) => !isActivity(r)))).toBe(
      JSON.stringify(without.audit),
    );
    expect(withActivity.audit.length).toBeGreaterThan(without.audit.length);
    const again = generateDataset(
      createRandom(5),
      'default',
      new IdRegistry(createRandom(99)),
      createRandom(6),
    );
    expect(JSON.stringify(again.audit)).toBe(JSON.stringify(withActivity.audit));
  });

  it('stays bounded on the large dataset', () => {
    const large = new MockDb({ dataset: 'large' });
    const tokens = new Set(
      large
        .listAuditRecords()
        .filter(isActivity)
        .map((r) => r.actor.id),
    );
    expect(tokens.size).toBe(ACTIVITY_MAX_TOKENS);
  });

  it('records a call made with a token, for tests and scenarios', () => {
    const db = new MockDb();
    const token = db.listTokens()[0]!;
    const request = {
      ip: '192.0.2.5',
      userAgent: 'curl/8.10.1',
      geolocation: { countryCode: 'BR', countryName: 'Brazil', region: 'São Paulo' },
    };
    const record = db.recordTokenActivity(token.id, { at: '2026-10-30T08:00:00.000Z', request });
    expect(record).toMatchObject({
      actor: { id: token.id, name: token.name },
      timestamp: '2026-10-30T08:00:00.000Z',
      event: 'platform.commerce.order.created',
      object: { objectType: 'Order' },
      request: { api: request },
    });
    expect(db.getAuditRecord(record.id)).toBe(record);
    // A call is an access; an older one leaves the newer last access as it is.
    expect(db.getToken(token.id)?.lastAccessAt).toBe('2026-10-30T08:00:00.000Z');
    db.recordTokenActivity(token.id, { at: '2026-10-01T08:00:00.000Z', request });
    expect(db.getToken(token.id)?.lastAccessAt).toBe('2026-10-30T08:00:00.000Z');
    // A call without a record (a read): the last access moves, no record is written.
    const records = db.listAuditRecords().length;
    db.recordTokenAccess(token.id, '2026-11-02T08:00:00.000Z');
    expect(db.getToken(token.id)?.lastAccessAt).toBe('2026-11-02T08:00:00.000Z');
    expect(db.listAuditRecords()).toHaveLength(records);
    expect(() => db.recordTokenAccess('TKN-0000-0000', record.timestamp)).toThrow();
    expect(() => db.recordTokenActivity('TKN-0000-0000', { at: record.timestamp, request })).toThrow();
  });
});

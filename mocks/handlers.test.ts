// @vitest-environment node
// The mock API through msw/node, as the app's tests use it (tests/setup.ts listens and resets the backend).
import { http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMockBackend } from './backend';
import { createOpenApiValidator } from './contract/openapi-validator';
import { MOCK_CURRENT_USER } from './db/fixtures';
import { encodeLogoPng } from './db/png';
import { createHandlers } from './handlers';
import { TOKEN_SORTABLE_FIELDS } from './handlers/api-tokens';
import { MAX_HEADER_LATENCY_MS, SORT_CACHE_LIMIT, sortCacheSize } from './handlers/shared';
import { mockBackend, server, TEST_API_BASE_URL } from './node';
import { callApi, jsonInit, multipartInit, TINY_GIF, TINY_JPEG } from './test-utils';

const TOKENS = '/accounts/api-tokens';
const HIDDEN_NAME =
  'Name must not contain hidden characters (zero-width, soft hyphen, filler, invisible operator or text direction controls).';

afterEach(() => {
  vi.useRealTimers();
});
const db = () => mockBackend.db;
const anActive = () =>
  db()
    .listTokens()
    .find((t) => t.status === 'Active')!;
const aDisabled = () =>
  db()
    .listTokens()
    .find((t) => t.status === 'Disabled')!;
const PNG = encodeLogoPng(16, [10, 20, 30], [200, 210, 220]);
const newToken = (overrides: Record<string, unknown> = {}) => ({
  account: { id: 'ACC-0001-0002' },
  name: 'Reporting bot',
  description: 'Pulls statements nightly.',
  modules: [{ id: 'MOD-1756' }, { id: 'MOD-2131' }],
  ...overrides,
});

describe('authorization', () => {
  it('answers 401 in the gateway shape without a bearer token, and accepts any bearer', async () => {
    for (const authorization of ['', 'Basic dXNlcjpwYXNz', 'Bearer ']) {
      const res = await callApi(TOKENS, { headers: { Authorization: authorization } });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ statusCode: 401, message: expect.any(String) });
    }
    expect((await callApi(TOKENS, { headers: { Authorization: 'Bearer anything-at-all' } })).status).toBe(
      200,
    );
  });
});

describe('GET /accounts/api-tokens', () => {
  it('pages by 10 by default and omits audit and modules', async () => {
    const res = await callApi(TOKENS);
    expect(res.status).toBe(200);
    expect(res.body.$meta).toEqual({
      pagination: { offset: 0, limit: 10, total: 60 },
      omitted: ['audit', 'modules'],
    });
    expect(res.body.data).toHaveLength(10);
    for (const t of res.body.data) {
      expect(t).not.toHaveProperty('audit');
      expect(t).not.toHaveProperty('modules');
      expect(t).not.toHaveProperty('token');
      expect(t.account.id).toBe('ACC-0001-0002');
    }
  });

  it('filters with RQL, sorts and limits (the README curl example)', async () => {
    const res = await callApi(`${TOKENS}?eq(status,%22Disabled%22)&order=-name&limit=5`);
    const disabled = db()
      .listTokens()
      .filter((t) => t.status === 'Disabled');
    expect(res.body.$meta.pagination).toEqual({ offset: 0, limit: 5, total: disabled.length });
    expect(res.body.data).toHaveLength(5);
    const names = res.body.data.map((t: { name: string }) => t.name);
    expect(res.body.data.every((t: { status: string }) => t.status === 'Disabled')).toBe(true);
    expect(names).toEqual(
      [...names].sort((a, b) => b.localeCompare(a, 'en', { sensitivity: 'accent', numeric: true })),
    );
  });

  it('reads raw quotes, single quotes and the status=Active shorthand alike', async () => {
    const active = db()
      .listTokens()
      .filter((t) => t.status === 'Active').length;
    for (const query of [
      'eq(status,"Active")',
      "eq(status,'Active')",
      'eq(status,%22Active%22)',
      'status=Active',
    ]) {
      expect((await callApi(`${TOKENS}?${query}&limit=0`)).body.$meta.pagination.total).toBe(active);
    }
  });

  it('searches by name or id with ilike', async () => {
    const res = await callApi(`${TOKENS}?or(ilike(name,"*SYNC*"),ilike(id,"*SYNC*"))&limit=100`);
    const expected = db()
      .listTokens()
      .filter((t) => t.name.toLowerCase().includes('sync'));
    expect(expected.length).toBeGreaterThan(0);
    expect(res.body.data.map((t: { id: string }) => t.id)).toEqual(expected.map((t) => t.id));
  });

  it("finds a token's replacements: other tokens whose description names it (Rotate)", async () => {
    const old = anActive();
    const created = await callApi(
      TOKENS,
      jsonInit('POST', newToken({ description: `Replaces ${old.id}\nNightly sync` })),
    );
    expect(created.status).toBe(201);
    // Exactly as the detail page asks: its own description may name it too, so it is left out by id.
    const res = await callApi(
      `${TOKENS}?ilike(description,"*${old.id}*")&ne(id,"${old.id}")&select=+audit&order=-audit.created.at,id&limit=5&offset=0`,
    );
    expect(res.status).toBe(200);
    expect(res.body.data.map((t: { id: string }) => t.id)).toEqual([created.body.id]);
    const none = await callApi(
      `${TOKENS}?ilike(description,"*${created.body.id}*")&ne(id,"${created.body.id}")`,
    );
    expect(none.body.data).toEqual([]);
  });

  it('matches nested fields on arrays and selects omitted fields', async () => {
    const res = await callApi(
      `${TOKENS}?and(in(status,(Active,Disabled)),eq(modules.id,"MOD-1756"))&select=+modules,+audit&limit=100`,
    );
    const expected = db()
      .listTokens()
      .filter((t) => t.modules.some((m) => m.id === 'MOD-1756'));
    expect(res.body.$meta.pagination.total).toBe(expected.length);
    expect(res.body.$meta).not.toHaveProperty('omitted');
    for (const t of res.body.data) {
      expect(t.modules.map((m: { id: string }) => m.id)).toContain('MOD-1756');
      expect(t.audit.created.at).toEqual(expect.any(String));
    }
  });

  it('sorts by audit dates and filters on them', async () => {
    const res = await callApi(`${TOKENS}?select=+audit&order=-audit.created.at&limit=100`);
    const dates = res.body.data.map((t: { audit: { created: { at: string } } }) => t.audit.created.at);
    expect(dates).toEqual([...dates].sort().reverse());
    const since = '2026-01-01T00:00:00.000Z';
    const recent = await callApi(`${TOKENS}?ge(audit.created.at,"${since}")&limit=0`);
    expect(recent.body.$meta.pagination.total).toBe(
      db()
        .listTokens()
        .filter((t) => t.audit.created.at >= since).length,
    );
  });

  it('finds never-used and idle tokens', async () => {
    const never = await callApi(`${TOKENS}?eq(lastAccessAt,null())&limit=0`);
    expect(never.body.$meta.pagination.total).toBe(8);
    const idle = await callApi(`${TOKENS}?lt(lastAccessAt,"2026-08-03T12:00:00Z")&limit=0`);
    expect(idle.body.$meta.pagination.total).toBeGreaterThanOrEqual(5);
  });

  it('pages without overlap', async () => {
    const first = await callApi(`${TOKENS}?order=name&limit=10&offset=0`);
    const second = await callApi(`${TOKENS}?order=name&limit=10&offset=10`);
    const both = await callApi(`${TOKENS}?order=name&limit=20&offset=0`);
    expect([...first.body.data, ...second.body.data]).toEqual(both.body.data);
    expect(second.body.$meta.pagination).toEqual({ offset: 10, limit: 10, total: 60 });
    const past = await callApi(`${TOKENS}?limit=10&offset=200`);
    expect(past.body.data).toEqual([]);
  });

  it('answers limit=0 with the total only and caps limit at 100', async () => {
    const zero = await callApi(`${TOKENS}?limit=0`);
    expect(zero.body).toMatchObject({ $meta: { pagination: { offset: 0, limit: 0, total: 60 } }, data: [] });
    mockBackend.setScenario({ dataset: 'large' });
    const capped = await callApi(`${TOKENS}?limit=500`);
    expect(capped.body.$meta.pagination).toEqual({ offset: 0, limit: 100, total: 10_000 });
    expect(capped.body.data).toHaveLength(100);
  });

  it('removes fields with select=-field and names them in $meta.omitted', async () => {
    const res = await callApi(`${TOKENS}?select=-description,-account.icon&limit=3`);
    expect(res.body.$meta.omitted).toEqual(['audit', 'modules', 'description', 'account.icon']);
    for (const t of res.body.data) {
      expect(t).not.toHaveProperty('description');
      expect(t.account).not.toHaveProperty('icon');
      expect(t.account.name).toBe('Stark Industries');
    }
  });

  it('rejects malformed RQL and paging with 400 problem details', async () => {
    for (const query of [
      'eq(status,"Active"',
      'frobnicate(status,1)',
      'limit=-1',
      'limit=ten',
      'offset=x',
      'order=-',
      'select=+',
      'eq(name,%E0%A4%A)',
    ]) {
      const res = await callApi(`${TOKENS}?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body).toMatchObject({
        status: 400,
        title: 'Bad Request',
        traceId: expect.stringMatching(/^00-[0-9a-f]{32}-[0-9a-f]{16}-00$/),
      });
    }
  });
});

describe('GET /accounts/api-tokens/{id}', () => {
  it('returns the whole token without its secret', async () => {
    const token = anActive();
    const res = await callApi(`${TOKENS}/${token.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: token.id,
      name: token.name,
      status: 'Active',
      modules: token.modules,
      audit: token.audit,
    });
    expect(res.body).not.toHaveProperty('token');
    expect(res.body).not.toHaveProperty('$meta');
  });

  it('answers 404 "Not Found" for an unknown id', async () => {
    const res = await callApi(`${TOKENS}/TKN-0000-0000`);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({
      title: 'Not Found',
      status: 404,
      detail: expect.stringContaining('TKN-0000-0000'),
      instance: '/public/v1/accounts/api-tokens/TKN-0000-0000',
    });
  });

  it('returns the secret only in the tokenOnGet scenario', async () => {
    const token = anActive();
    mockBackend.setScenario({ tokenOnGet: true });
    const res = await callApi(`${TOKENS}/${token.id}`);
    expect(res.body.token).toBe(db().getSecret(token.id));
    const list = await callApi(TOKENS);
    expect(list.body.data[0]).not.toHaveProperty('token');
  });
});

describe('POST /accounts/api-tokens', () => {
  it('creates an Active token and returns its secret once (201)', async () => {
    const res = await callApi(TOKENS, jsonInit('POST', newToken({ name: '  Reporting bot  ' })));
    expect(res.status).toBe(201);
    const created = res.body;
    expect(created).toMatchObject({
      id: expect.stringMatching(/^TKN-\d{4}-\d{4}$/),
      name: 'Reporting bot',
      description: 'Pulls statements nightly.',
      icon: null,
      status: 'Active',
      lastAccessAt: null,
      account: { id: 'ACC-0001-0002', name: 'Stark Industries' },
      audit: { created: { by: { id: MOCK_CURRENT_USER.id, name: MOCK_CURRENT_USER.name } } },
    });
    expect(created.modules.map((m: { id: string; name: string }) => m.name)).toEqual([
      'Access Management',
      'Billing',
    ]);
    expect(created.token).toMatch(new RegExp(`^idt:${created.id}:[A-Za-z0-9]{32,}$`));
    expect(res.headers.get('location')).toBe(
      `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens/${created.id}`,
    );

    const again = await callApi(`${TOKENS}/${created.id}`);
    expect(again.body).not.toHaveProperty('token');
    expect((await callApi(`${TOKENS}?limit=0`)).body.$meta.pagination.total).toBe(61);
    const newest = await callApi(`${TOKENS}?select=+audit&order=-audit.created.at&limit=1`);
    expect(newest.body.data[0].id).toBe(created.id);
  });

  it('validates with field errors (400, map shape, traceId)', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [newToken({ name: undefined }), 'name', 'Name is required.'],
      [newToken({ name: '   ' }), 'name', 'Name is required.'],
      [newToken({ name: 'x'.repeat(256) }), 'name', 'Name must be at most 255 characters.'],
      [
        newToken({ name: ' \u200B\u2800\u3164\uFEFF\u0301 ' }),
        'name',
        'Name must contain visible characters.',
      ],
      [newToken({ name: 'Build\u200Bbot' }), 'name', HIDDEN_NAME],
      [newToken({ name: 'Invoice \u202Efdp.exe' }), 'name', HIDDEN_NAME],
      // A soft hyphen, a combining grapheme joiner, a Hangul filler and an invisible operator draw nothing either.
      [newToken({ name: 'Build\u00ADbot' }), 'name', HIDDEN_NAME],
      [newToken({ name: 'Build\u034Fbot' }), 'name', HIDDEN_NAME],
      [newToken({ name: 'Build\u3164bot' }), 'name', HIDDEN_NAME],
      [newToken({ name: 'Build\u2062bot' }), 'name', HIDDEN_NAME],
      [newToken({ name: 'Build\u2800bot' }), 'name', HIDDEN_NAME],
      [
        newToken({ description: 'd'.repeat(2001) }),
        'description',
        'Description must be at most 2000 characters.',
      ],
      [newToken({ modules: [] }), 'modules', 'At least one module is required.'],
      [newToken({ modules: undefined }), 'modules', 'At least one module is required.'],
      [newToken({ modules: [{ id: 'MOD-9999' }] }), 'modules', 'Unknown module MOD-9999'],
      [newToken({ account: { id: 'ACC-9999-9999' } }), 'account', 'Unknown account ACC-9999-9999.'],
    ];
    for (const [body, field, message] of cases) {
      const res = await callApi(TOKENS, jsonInit('POST', body));
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        status: 400,
        traceId: expect.any(String),
        title: 'One or more validation errors occurred.',
      });
      expect(res.body.errors[field][0]).toContain(message);
    }
    const both = await callApi(TOKENS, jsonInit('POST', { modules: [] }));
    expect(Object.keys(both.body.errors).sort()).toEqual(['modules', 'name']);
    expect(db().tokenCount()).toBe(60);
  });

  it('accepts a name of exactly 255 characters and a 2000-character description', async () => {
    const res = await callApi(
      TOKENS,
      jsonInit('POST', newToken({ name: 'n'.repeat(255), description: 'd'.repeat(2000) })),
    );
    expect(res.status).toBe(201);
  });

  it('counts characters, not UTF-16 units: 255 emoji in a name and 2000 in a description fit', async () => {
    const ok = await callApi(
      TOKENS,
      jsonInit('POST', newToken({ name: '🔑'.repeat(255), description: '🔑'.repeat(2000) })),
    );
    expect(ok.status).toBe(201);
    const tooLong = await callApi(
      TOKENS,
      jsonInit('POST', newToken({ name: '🔑'.repeat(256), description: '🔑'.repeat(2001) })),
    );
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors).toEqual({
      name: ['Name must be at most 255 characters.'],
      description: ['Description must be at most 2000 characters.'],
    });
  });

  it('keeps the joiners emoji and scripts need in a name, and hidden characters in a description', async () => {
    const name = '👨\u200D👩\u200D👧 می\u200Cخواهم';
    const description = 'Replaces \u2068مفتاح\u2069\u200B';
    const res = await callApi(TOKENS, jsonInit('POST', newToken({ name, description })));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name, description });
  });

  it('refuses a rename to a name with a hidden character', async () => {
    const [token] = db().listTokens();
    const res = await callApi(`${TOKENS}/${token?.id}`, jsonInit('PUT', { name: 'Build\u2060bot' }));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({
      name: [HIDDEN_NAME],
    });
    expect(db().getToken(token?.id as string)?.name).toBe(token?.name);
  });

  it('rejects a body that is not a JSON object', async () => {
    for (const body of ['{"name":', '[1,2]', '"text"']) {
      const res = await callApi(TOKENS, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      });
      expect(res.status).toBe(400);
      expect(res.body.title).toBe('Bad Request');
    }
  });

  it('creates from multipart/form-data with a PNG or JPEG logo, and serves the logo', async () => {
    const res = await callApi(
      TOKENS,
      multipartInit('POST', newToken(), { bytes: PNG, type: 'image/png', name: 'logo.png' }),
    );
    expect(res.status).toBe(201);
    expect(res.body.icon).toMatch(
      new RegExp(`^${TEST_API_BASE_URL}/public/v1/accounts/api-tokens/${res.body.id}/icon`),
    );
    const image = await fetch(res.body.icon);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(PNG);

    const jpeg = await callApi(
      TOKENS,
      multipartInit('POST', newToken(), { bytes: TINY_JPEG, type: 'image/jpeg', name: 'logo.jpg' }),
    );
    expect(jpeg.status).toBe(201);
    expect((await fetch(jpeg.body.icon)).headers.get('content-type')).toBe('image/jpeg');

    const plain = await callApi(TOKENS, multipartInit('POST', newToken()));
    expect(plain.status).toBe(201);
    expect(plain.body.icon).toBeNull();
  });

  it('rejects logos that are not jpg/png or larger than 5 MB', async () => {
    const gif = await callApi(
      TOKENS,
      multipartInit('POST', newToken(), { bytes: TINY_GIF, type: 'image/png', name: 'logo.png' }),
    );
    expect(gif.status).toBe(400);
    expect(gif.body.errors.icon).toEqual(['The logo must be a .jpg or .png image.']);
    // PNG's signature is eight bytes; a file sharing only its first four is no PNG.
    const halfSignature = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x20, 0x20, 0x20, 0x20, 0, 0]);
    const fake = await callApi(
      TOKENS,
      multipartInit('POST', newToken(), { bytes: halfSignature, type: 'image/png', name: 'logo.png' }),
    );
    expect(fake.status).toBe(400);
    expect(fake.body.errors.icon).toEqual(['The logo must be a .jpg or .png image.']);
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(PNG.subarray(0, 8));
    const huge = await callApi(
      TOKENS,
      multipartInit('POST', newToken(), { bytes: big, type: 'image/png', name: 'big.png' }),
    );
    expect(huge.status).toBe(400);
    expect(huge.body.errors.icon).toEqual(['The logo must be 5 MB or smaller.']);
    const form = new FormData();
    form.append('token', '{not json');
    const broken = await callApi(TOKENS, { method: 'POST', body: form });
    expect(broken.status).toBe(400);
    expect(broken.body.errors.token).toBeDefined();
    expect(db().tokenCount()).toBe(60);
  });
});

describe('PUT /accounts/api-tokens/{id}', () => {
  it('changes only the fields sent and ignores read-only ones', async () => {
    const token = anActive();
    const res = await callApi(
      `${TOKENS}/${token.id}`,
      jsonInit('PUT', {
        name: 'Renamed',
        status: 'Disabled',
        account: { id: 'ACC-9999-9999' },
        token: 'idt:x',
        audit: {},
      }),
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: token.id,
      name: 'Renamed',
      description: token.description,
      status: 'Active',
      modules: token.modules,
    });
    expect(res.body.audit.created).toEqual(token.audit.created);
    expect(res.body.audit.updated.by.id).toBe(MOCK_CURRENT_USER.id);
    expect(res.body).not.toHaveProperty('token');
  });

  it('replaces modules, clears the description and validates what is sent', async () => {
    const token = anActive();
    const ok = await callApi(
      `${TOKENS}/${token.id}`,
      jsonInit('PUT', { description: null, modules: [{ id: 'MOD-3112' }] }),
    );
    expect(ok.body.description).toBeNull();
    expect(ok.body.modules.map((m: { id: string }) => m.id)).toEqual(['MOD-3112']);
    for (const [body, field] of [
      [{ name: '' }, 'name'],
      [{ name: '\u200D\u115F\u1160\uFFA0' }, 'name'],
      [{ modules: [] }, 'modules'],
      [{ modules: [{ id: 'MOD-0000' }] }, 'modules'],
      [{ description: 'x'.repeat(2001) }, 'description'],
    ] as const) {
      const res = await callApi(`${TOKENS}/${token.id}`, jsonInit('PUT', body));
      expect(res.status).toBe(400);
      expect(res.body.errors[field]).toHaveLength(1);
    }
  });

  it('refuses a module meant for another type of account, on create and on update', async () => {
    const vendorOnly = 'Module MOD-3287 is not available to Client accounts.';
    const before = db().listTokens().length;
    const created = await callApi(
      TOKENS,
      jsonInit('POST', newToken({ modules: [{ id: 'MOD-1756' }, { id: 'MOD-3287' }] })),
    );
    expect(created.status).toBe(400);
    expect(created.body).toMatchObject({ status: 400, errors: { modules: [vendorOnly] } });
    expect(db().listTokens()).toHaveLength(before);

    const token = anActive();
    const kept = token.modules.map((m) => m.id);
    const updated = await callApi(
      `${TOKENS}/${token.id}`,
      jsonInit('PUT', { modules: [{ id: 'MOD-3287' }] }),
    );
    expect(updated.status).toBe(400);
    expect(updated.body.errors).toEqual({ modules: [vendorOnly] });
    expect(
      db()
        .getToken(token.id)
        ?.modules.map((m) => m.id),
    ).toEqual(kept);
  });

  it('gives a token a module whatever its isConfigurable says (deprecated in the contract, meaning not given)', async () => {
    const store = db();
    const getModule = store.getModule.bind(store);
    vi.spyOn(store, 'getModule').mockImplementation((id) => {
      const found = getModule(id);
      return (
        found && { ...found, isConfigurable: false, settings: { ...found.settings, configurable: false } }
      );
    });
    const created = await callApi(TOKENS, jsonInit('POST', newToken({ modules: [{ id: 'MOD-1756' }] })));
    expect(created.status).toBe(201);
    expect(created.body.modules.map((m: { id: string }) => m.id)).toEqual(['MOD-1756']);
  });

  it('sets, keeps and removes a logo', async () => {
    const token = anActive();
    const set = await callApi(
      `${TOKENS}/${token.id}`,
      multipartInit('PUT', { name: 'With logo' }, { bytes: PNG, type: 'image/png', name: 'l.png' }),
    );
    expect(set.status).toBe(200);
    expect(set.body.name).toBe('With logo');
    const url = set.body.icon as string;
    expect((await fetch(url)).status).toBe(200);
    const echoed = await callApi(
      `${TOKENS}/${token.id}`,
      jsonInit('PUT', { icon: url, description: 'same logo' }),
    );
    expect(echoed.body.icon).toBe(url);
    expect((await fetch(url)).status).toBe(200);
    const removed = await callApi(`${TOKENS}/${token.id}`, jsonInit('PUT', { icon: null }));
    expect(removed.body.icon).toBeNull();
    expect((await fetch(url)).status).toBe(404);
  });

  it('answers 404 for an unknown id', async () => {
    const res = await callApi(`${TOKENS}/TKN-0000-0000`, jsonInit('PUT', { name: 'x' }));
    expect(res.status).toBe(404);
    expect(res.body.title).toBe('Not Found');
  });
});

describe('DELETE /accounts/api-tokens/{id}', () => {
  it('answers 204 without a body; the token is gone for good', async () => {
    const token = aDisabled();
    const res = await fetch(`${TEST_API_BASE_URL}/public/v1${TOKENS}/${token.id}`, {
      method: 'DELETE',
      headers: { Authorization: 'Bearer t' },
    });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect((await callApi(`${TOKENS}/${token.id}`)).status).toBe(404);
    expect((await callApi(`${TOKENS}/${token.id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await callApi(`${TOKENS}?eq(id,"${token.id}")`)).body.$meta.pagination.total).toBe(0);
  });
});

describe('POST /accounts/api-tokens/{id}/enable|disable', () => {
  it('moves between Active and Disabled and refuses a transition to the current state', async () => {
    const token = anActive();
    const disabled = await callApi(`${TOKENS}/${token.id}/disable`, { method: 'POST' });
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({ id: token.id, status: 'Disabled', modules: token.modules });
    const again = await callApi(`${TOKENS}/${token.id}/disable`, { method: 'POST' });
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({
      status: 400,
      title: 'Invalid status transition',
      traceId: expect.any(String),
    });
    const enabled = await callApi(`${TOKENS}/${token.id}/enable`, { method: 'POST' });
    expect(enabled.body.status).toBe('Active');
    expect((await callApi(`${TOKENS}/${token.id}/enable`, { method: 'POST' })).status).toBe(400);
    expect((await callApi(`${TOKENS}/TKN-0000-0000/enable`, { method: 'POST' })).status).toBe(404);
  });
});

describe('GET /accounts/modules', () => {
  it('lists the account modules with paging and omits their audit', async () => {
    const page = await callApi('/accounts/modules?limit=5');
    expect(page.body.$meta).toEqual({ pagination: { offset: 0, limit: 5, total: 13 }, omitted: ['audit'] });
    const all = await callApi('/accounts/modules?limit=100&order=name');
    expect(all.body.data).toHaveLength(13);
    expect(all.body.data[0]).toMatchObject({
      id: 'MOD-1756',
      name: 'Access Management',
      description: expect.any(String),
    });
    const one = await callApi('/accounts/modules/MOD-1756');
    expect(one.body.audit.created.at).toEqual(expect.any(String));
    expect((await callApi('/accounts/modules/MOD-0000')).status).toBe(404);
  });
});

describe('GET /audit/records', () => {
  it("gives a token's trail newest first, with a record per mutation", async () => {
    // A second between the writes: the order must not depend on two of them sharing a millisecond.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T09:00:00Z'));
    const created = (await callApi(TOKENS, jsonInit('POST', newToken()))).body;
    for (const [path, init] of [
      [`${TOKENS}/${created.id}`, jsonInit('PUT', { name: 'Reporting bot 2' })],
      [`${TOKENS}/${created.id}/disable`, { method: 'POST' }],
      [`${TOKENS}/${created.id}/enable`, { method: 'POST' }],
      [`${TOKENS}/${created.id}`, { method: 'DELETE' }],
    ] as const) {
      vi.advanceTimersByTime(1000);
      await callApi(path, init);
    }
    vi.useRealTimers();
    const trail = await callApi(
      `/audit/records?eq(object.id,"${created.id}")&order=-timestamp&limit=10&offset=0`,
    );
    expect(trail.body.$meta.pagination.total).toBe(5);
    expect(trail.body.data.map((r: { event: string }) => r.event)).toEqual([
      'platform.accounts.api-token.deleted',
      'platform.accounts.api-token.enabled',
      'platform.accounts.api-token.disabled',
      'platform.accounts.api-token.updated',
      'platform.accounts.api-token.created',
    ]);
    for (const record of trail.body.data) {
      expect(record.actor).toMatchObject({ id: MOCK_CURRENT_USER.id, account: { id: 'ACC-0001-0002' } });
      expect(record.object).toMatchObject({ id: created.id, objectType: 'ApiToken' });
      expect(record.summary).toMatch(
        /^API token “Reporting bot( 2)?” was (created|updated|disabled|enabled|deleted)\.$/,
      );
      expect(record.request.api.userAgent).toEqual(expect.any(String));
    }
    expect(JSON.stringify(trail.body)).not.toContain(created.token);
    const page2 = await callApi(
      `/audit/records?eq(object.id,"${created.id}")&order=-timestamp&limit=2&offset=2`,
    );
    expect(page2.body.data.map((r: { id: string }) => r.id)).toEqual(
      trail.body.data.slice(2, 4).map((r: { id: string }) => r.id),
    );
  });

  it('has seeded creation records and serves one record by id', async () => {
    const token = anActive();
    const trail = await callApi(
      `/audit/records?and(eq(object.id,"${token.id}"),eq(event,"platform.accounts.api-token.created"))`,
    );
    expect(trail.body.data).toHaveLength(1);
    const one = await callApi(`/audit/records/${trail.body.data[0].id}`);
    expect(one.body).toEqual(trail.body.data[0]);
    expect((await callApi('/audit/records/AUD-0000-0000-0000-0000')).status).toBe(404);
    expect((await callApi('/audit/records?eq(object.id,"TKN-1"')).status).toBe(400);
  });
});

describe('GET /audit/records: what a token did', () => {
  const activityOf = (tokenId: string) =>
    db()
      .listAuditRecords()
      .filter((r) => r.actor.id === tokenId)
      .sort((a, b) => b.timestamp.localeCompare(a.timestamp) || (a.id < b.id ? 1 : -1));
  const busiest = () => {
    const counts = new Map<string, number>();
    for (const r of db().listAuditRecords()) counts.set(r.actor.id, (counts.get(r.actor.id) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  };

  it('filters by actor, newest first, paged, with the request each came from', async () => {
    const tokenId = busiest();
    const expected = activityOf(tokenId);
    expect(expected.length).toBeGreaterThan(100);
    const query = `eq(actor.id,%22${tokenId}%22)&order=-timestamp,-id`;
    const first = await callApi(`/audit/records?${query}&limit=10&offset=0`);
    expect(first.status).toBe(200);
    expect(first.body.$meta.pagination).toEqual({ offset: 0, limit: 10, total: expected.length });
    expect(first.body.data.map((r: { id: string }) => r.id)).toEqual(expected.slice(0, 10).map((r) => r.id));
    expect(first.body.data[0].request.api).toEqual(expected[0]!.request.api);
    const second = await callApi(`/audit/records?${query}&limit=10&offset=10`);
    expect(second.body.data.map((r: { id: string }) => r.id)).toEqual(
      expected.slice(10, 20).map((r) => r.id),
    );
    // The API's largest page: the summary counts from at most this many.
    const capped = await callApi(`/audit/records?${query}&limit=500`);
    expect(capped.body.data).toHaveLength(100);
    expect(capped.body.$meta.pagination.total).toBe(expected.length);
  });

  it('keeps to a date range: from included, to excluded', async () => {
    const tokenId = busiest();
    const all = activityOf(tokenId);
    const newest = all[0]!.timestamp;
    const from = new Date(Date.parse(newest) - 7 * 86_400_000).toISOString();
    const inRange = all.filter((r) => r.timestamp >= from && r.timestamp < newest);
    const res = await callApi(
      `/audit/records?eq(actor.id,%22${tokenId}%22)&ge(timestamp,%22${from}%22)&lt(timestamp,%22${newest}%22)&order=-timestamp,-id&limit=100`,
    );
    expect(res.body.$meta.pagination.total).toBe(inRange.length);
    expect(res.body.data.map((r: { id: string }) => r.id)).toEqual(inRange.map((r) => r.id));
    expect(res.body.data.some((r: { timestamp: string }) => r.timestamp === newest)).toBe(false);
  });

  it('answers a token that did nothing with an empty page', async () => {
    const quiet = db()
      .listTokens()
      .find(
        (t) =>
          t.lastAccessAt === null &&
          !db()
            .listAuditRecords()
            .some((r) => r.actor.id === t.id),
      )!;
    const res = await callApi(`/audit/records?eq(actor.id,%22${quiet.id}%22)&order=-timestamp,-id&limit=1`);
    expect(res.body).toEqual({ $meta: { pagination: { offset: 0, limit: 1, total: 0 } }, data: [] });
  });
});

describe('unknown endpoints', () => {
  it('answer 404 problem details', async () => {
    const res = await callApi('/accounts/api-tokens/TKN-1/rotate', { method: 'POST' });
    expect(res.status).toBe(404);
    expect(res.body.title).toBe('Not Found');
  });
});

describe('scenarios', () => {
  it.each([
    [500, 'Internal Server Error'],
    [403, 'Forbidden'],
  ] as const)('fails only the chosen operation with %s problem details', async (failure, title) => {
    mockBackend.setScenario({ failures: { list: failure } });
    const res = await callApi(TOKENS);
    expect(res.status).toBe(failure);
    expect(res.body).toMatchObject({ status: failure, title, traceId: expect.any(String) });
    expect((await callApi(`${TOKENS}/${anActive().id}`)).status).toBe(200);
  });

  it('fails with 401 in the gateway shape', async () => {
    mockBackend.setScenario({ failures: { create: 401 } });
    const res = await callApi(TOKENS, jsonInit('POST', newToken()));
    expect(res).toMatchObject({ status: 401, body: { statusCode: 401 } });
    expect(db().tokenCount()).toBe(60);
  });

  it('fails with a network error', async () => {
    mockBackend.setScenario({ failures: { delete: 'network' } });
    const token = anActive();
    await expect(callApi(`${TOKENS}/${token.id}`, { method: 'DELETE' })).rejects.toThrow(TypeError);
    expect(db().getToken(token.id)).toBeDefined();
    expect((await callApi(TOKENS)).status).toBe(200);
  });

  it('covers every operation', async () => {
    const token = anActive();
    const calls: Array<[string, () => Promise<{ status: number }>]> = [
      ['list', () => callApi(TOKENS)],
      ['get', () => callApi(`${TOKENS}/${token.id}`)],
      ['create', () => callApi(TOKENS, jsonInit('POST', newToken()))],
      ['update', () => callApi(`${TOKENS}/${token.id}`, jsonInit('PUT', { name: 'x' }))],
      ['delete', () => callApi(`${TOKENS}/${token.id}`, { method: 'DELETE' })],
      ['enable', () => callApi(`${TOKENS}/${token.id}/enable`, { method: 'POST' })],
      ['disable', () => callApi(`${TOKENS}/${token.id}/disable`, { method: 'POST' })],
      ['modules', () => callApi('/accounts/modules')],
      ['audit', () => callApi('/audit/records')],
    ];
    for (const [operation, call] of calls) {
      mockBackend.reset({ failures: { [operation]: 403 } });
      expect((await call()).status, operation).toBe(403);
    }
  });

  it('serves an empty account and a large one', async () => {
    mockBackend.reset({ dataset: 'empty' });
    expect((await callApi(TOKENS)).body).toEqual({
      $meta: { pagination: { offset: 0, limit: 10, total: 0 }, omitted: ['audit', 'modules'] },
      data: [],
    });
    expect((await callApi('/accounts/modules')).body.$meta.pagination.total).toBe(13);
    mockBackend.setScenario({ dataset: 'large' });
    expect((await callApi(`${TOKENS}?limit=0`)).body.$meta.pagination.total).toBe(10_000);
  });

  it('adds fixed and random latency', async () => {
    mockBackend.setScenario({ latency: 120 });
    let started = performance.now();
    await callApi(TOKENS);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    mockBackend.setScenario({ latency: { min: 60, max: 80 } });
    started = performance.now();
    await callApi(TOKENS);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('takes a per-request override from the x-mock-scenario header', async () => {
    const forbidden = await callApi(TOKENS, { headers: { 'x-mock-scenario': 'fail:list:403' } });
    expect(forbidden.status).toBe(403);
    const empty = await callApi(TOKENS, { headers: { 'x-mock-scenario': 'empty' } });
    expect(empty.body.$meta.pagination.total).toBe(0);
    expect((await callApi(TOKENS)).body.$meta.pagination.total).toBe(60);
  });

  it('reset restores the seeded data and clears the scenario', async () => {
    const token = anActive();
    await callApi(`${TOKENS}/${token.id}`, { method: 'DELETE' });
    mockBackend.setScenario({ failures: { get: 500 } });
    mockBackend.reset();
    expect(mockBackend.scenario).toEqual({});
    expect((await callApi(`${TOKENS}/${token.id}`)).status).toBe(200);
  });
});

describe('createHandlers', () => {
  it('serves any base URL from its own backend, deterministically per seed', async () => {
    const base = 'http://127.0.0.1:4999';
    const a = createMockBackend({ seed: 42 });
    server.use(...createHandlers(`${base}/`, a));
    const first = await callApi(`${TOKENS}?limit=100`, {}, base);
    expect(first.body.data.map((t: { id: string }) => t.id)).toEqual(a.db.listTokens().map((t) => t.id));
    const b = createMockBackend({ seed: 42 });
    expect(b.db.listTokens()).toEqual(a.db.listTokens());
    expect(a.db.listTokens().map((t) => t.id)).not.toEqual(mockBackend.db.listTokens().map((t) => t.id));
  });

  it('lets a test override one endpoint with server.use', async () => {
    server.use(
      http.get(`${TEST_API_BASE_URL}/public/v1/accounts/modules`, () => Response.json({ data: [] })),
    );
    expect((await callApi('/accounts/modules')).body).toEqual({ data: [] });
  });
});

/** Lets msw's pipeline run up to where it waits, without letting any (faked) timer fire. */
async function untilTimerScheduled() {
  for (let i = 0; i < 1000 && vi.getTimerCount() === 0; i++) await new Promise((r) => setImmediate(r));
  expect(vi.getTimerCount()).toBe(1);
}

describe('hardening', () => {
  it('answers an unauthenticated request without holding it for the scenario latency', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // With faked timers a held request would never be answered: the test would time out.
    const res = await callApi(TOKENS, {
      headers: { Authorization: '', 'x-mock-scenario': 'latency:5000' },
    });
    expect(res.status).toBe(401);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('holds a request no longer than 10 seconds, whatever its x-mock-scenario header asks', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let answered = false;
    const response = callApi(`${TOKENS}?limit=1`, {
      headers: { 'x-mock-scenario': 'latency:600000-900000' },
    }).finally(() => (answered = true));
    await untilTimerScheduled();
    await vi.advanceTimersByTimeAsync(9_999);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await response).status).toBe(200);
  });

  it('keeps a bounded number of sorted copies, however many orders clients ask for', async () => {
    const orders = TOKEN_SORTABLE_FIELDS.flatMap((a) =>
      TOKEN_SORTABLE_FIELDS.filter((b) => b !== a).flatMap((b) => [
        `${a},${b}`,
        `-${a},${b}`,
        `${a},-${b}`,
        `-${a},-${b}`,
      ]),
    ).slice(0, 1500);
    expect(new Set(orders).size).toBe(1500);
    for (const order of orders) {
      expect((await callApi(`${TOKENS}?order=${order}&limit=1`)).status).toBe(200);
      expect(sortCacheSize()).toBeLessThanOrEqual(SORT_CACHE_LIMIT);
    }
    // The large dataset, whose copies weigh 10,000 records each, is held to the same bound.
    mockBackend.setScenario({ dataset: 'large' });
    for (const order of orders.slice(0, SORT_CACHE_LIMIT + 8)) {
      await callApi(`${TOKENS}?order=${order}&limit=1`);
    }
    expect(sortCacheSize()).toBe(SORT_CACHE_LIMIT);
  }, 60_000);

  it('reads an empty icon as no icon, on create and on update', async () => {
    const created = await callApi(TOKENS, jsonInit('POST', newToken({ icon: '' })));
    expect(created.status).toBe(201);
    expect(created.body.icon).toBeNull();
    expect(db().getToken(created.body.id)?.icon).toBeNull();

    const withLogo = db()
      .listTokens()
      .find((t) => t.icon !== null)!;
    const updated = await callApi(`${TOKENS}/${withLogo.id}`, jsonInit('PUT', { icon: '' }));
    expect(updated.status).toBe(200);
    expect(updated.body.icon).toBeNull();
    expect(db().getToken(withLogo.id)?.icon).toBeNull();
  });
});

describe("the vendor's client", () => {
  const validator = createOpenApiValidator();

  it('may ask audit lists and single records to render() their messages', async () => {
    const token = anActive();
    const list = await callApi(`/audit/records?eq(object.id,"${token.id}")&render()&order=-timestamp,-id`);
    expect(list.status).toBe(200);
    expect(list.body.data.length).toBeGreaterThan(0);
    expect(validator.validate('AuditRecordListResponse', list.body).errors).toEqual([]);
    const one = await callApi(`/audit/records/${list.body.data[0].id}?render()`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(list.body.data[0]);
    // Tokens have no message templates: there render() stays an unknown operator.
    expect((await callApi(`${TOKENS}?render()`)).status).toBe(400);
  });

  it('honours select on a single token and a single audit record', async () => {
    const token = anActive();
    const one = await callApi(`${TOKENS}/${token.id}?select=-description,-account.icon`);
    expect(one.status).toBe(200);
    expect(one.body).not.toHaveProperty('description');
    expect(one.body.account).not.toHaveProperty('icon');
    expect(one.body.$meta).toEqual({ omitted: ['description', 'account.icon'] });

    const record = db()
      .listAuditRecords()
      .find((r) => r.object.id === token.id)!;
    const audit = await callApi(`/audit/records/${record.id}?select=-documents,-request&render()`);
    expect(audit.status).toBe(200);
    expect(audit.body).not.toHaveProperty('documents');
    expect(audit.body).not.toHaveProperty('request');
    expect(audit.body.id).toBe(record.id);
    expect(validator.validate('AuditRecord', audit.body).errors).toEqual([]);
    expect((await callApi(`/audit/records/${record.id}?select=-`)).status).toBe(400);
  });

  it('creates an audit record with POST /audit/records', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T09:00:00Z'));
    const token = anActive();
    const posted = await callApi(
      '/audit/records',
      jsonInit('POST', {
        event: 'platform.accounts.api-token.exported',
        object: { id: token.id, name: token.name, objectType: 'ApiToken' },
        summary: 'API token list was exported.',
        details: 'Exported 60 tokens to CSV.',
        actor: { id: 'USR-0000-0042', name: 'Integration bot' },
        payload: { rows: 60, format: 'csv' },
      }),
    );
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({
      id: expect.stringMatching(/^AUD-/),
      event: 'platform.accounts.api-token.exported',
      object: { id: token.id, name: token.name, icon: null, objectType: 'ApiToken' },
      summary: 'API token list was exported.',
      details: 'Exported 60 tokens to CSV.',
      timestamp: '2030-01-01T09:00:00.000Z',
      actor: { id: 'USR-0000-0042', name: 'Integration bot', icon: null },
      documents: { payload: { rows: 60, format: 'csv' } },
    });
    expect(validator.validate('AuditRecord', posted.body).errors).toEqual([]);
    expect(posted.headers.get('location')).toMatch(new RegExp(`/audit/records/${posted.body.id}$`));
    expect((await callApi(`/audit/records/${posted.body.id}`)).body).toEqual(posted.body);

    const minimal = await callApi(
      '/audit/records',
      jsonInit('POST', { event: 'x.y', object: { id: 'OBJ-1' } }),
    );
    expect(minimal.status).toBe(201);
    expect(minimal.body.actor.id).toBe(MOCK_CURRENT_USER.id);

    const invalid = await callApi('/audit/records', jsonInit('POST', { object: { name: 'no id' } }));
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.errors)).toEqual(['event', 'object']);
  });

  it('pages audit records of one instant by id, never repeating or skipping one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T09:00:00Z'));
    const token = anActive();
    // Seven writes in the same millisecond, then two later ones: pages of 4 cut through the tie.
    for (let i = 0; i < 7; i++) db().updateToken(token.id, { description: `Same instant ${i}` });
    vi.advanceTimersByTime(1000);
    for (let i = 0; i < 2; i++) db().updateToken(token.id, { description: `Later ${i}` });
    const expected = db()
      .listAuditRecords()
      .filter((r) => r.object.id === token.id);

    for (const order of ['&order=-timestamp,-id', '']) {
      const seen: string[] = [];
      for (let offset = 0; offset < expected.length; offset += 4) {
        const page = await callApi(
          `/audit/records?eq(object.id,"${token.id}")${order}&limit=4&offset=${offset}`,
        );
        seen.push(...page.body.data.map((r: { id: string }) => r.id));
      }
      expect(new Set(seen).size, order).toBe(expected.length);
      const byTimeThenId = [...expected]
        .sort((a, b) => b.timestamp.localeCompare(a.timestamp) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
        .map((r) => r.id);
      expect(seen, order || 'default order').toEqual(byTimeThenId);
    }
  });
});

describe('a hanging answer (fail:<operation>:hang)', () => {
  it('carries the operation out, then holds the answer until the caller gives up', async () => {
    const token = anActive();
    mockBackend.setScenario({ failures: { disable: 'hang' } });
    const abort = new AbortController();
    const call = callApi(`${TOKENS}/${token.id}/disable`, { method: 'POST', signal: abort.signal });
    await vi.waitFor(() => expect(db().getToken(token.id)?.status).toBe('Disabled'), { timeout: 5000 });
    let settled = false;
    void call.then(
      () => (settled = true),
      () => (settled = true),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    abort.abort();
    await expect(call).rejects.toThrow();
  });

  it('a hang asked for in the request header is held no longer than its latency cap', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const token = anActive();
    const call = callApi(`${TOKENS}/${token.id}/disable`, {
      method: 'POST',
      headers: { 'x-mock-scenario': 'fail:disable:hang' },
    });
    await vi.waitFor(() => expect(db().getToken(token.id)?.status).toBe('Disabled'));
    await vi.advanceTimersByTimeAsync(MAX_HEADER_LATENCY_MS);
    const result = await call;
    expect(result.status).toBe(504);
  });
});

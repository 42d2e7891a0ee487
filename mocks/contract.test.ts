// @vitest-environment node
// Every endpoint's success and error responses, checked against the vendor's OpenAPI schemas (contract/).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOpenApiValidator, type OpenApiValidator } from './contract/openapi-validator';
import { encodeLogoPng } from './db/png';
import { mockBackend } from './node';
import { callApi, jsonInit, multipartInit, TINY_GIF } from './test-utils';

const TOKENS = '/public/v1/accounts/api-tokens';
const TOKEN = '/public/v1/accounts/api-tokens/{id}';
const MODULES = '/public/v1/accounts/modules';
const AUDIT = '/public/v1/audit/records';

let validator: OpenApiValidator;
beforeAll(() => {
  validator = createOpenApiValidator();
});

interface Case {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  template: string;
  status: number;
  /** Path below /public/v1 and request init, computed when the case runs (ids come from the fresh store). */
  request: () => [string, RequestInit?];
  setup?: () => void;
}

const active = () => mockBackend.db.listTokens().find((t) => t.status === 'Active')!.id;
const disabled = () => mockBackend.db.listTokens().find((t) => t.status === 'Disabled')!.id;
const withLogo = () => mockBackend.db.listTokens().find((t) => t.icon !== null)!.id;
const create = {
  account: { id: 'ACC-0001-0002' },
  name: 'Contract',
  description: null,
  modules: [{ id: 'MOD-1756' }],
};
const png = { bytes: encodeLogoPng(8, [0, 0, 0], [255, 255, 255]), type: 'image/png', name: 'logo.png' };

const cases: Case[] = [
  {
    name: 'list (default)',
    method: 'GET',
    template: TOKENS,
    status: 200,
    request: () => ['/accounts/api-tokens'],
  },
  {
    name: 'list (filter, sort, +audit,+modules)',
    method: 'GET',
    template: TOKENS,
    status: 200,
    request: () => [
      '/accounts/api-tokens?eq(status,"Active")&select=+audit,+modules&order=-audit.created.at&limit=100',
    ],
  },
  {
    name: 'list (-description)',
    method: 'GET',
    template: TOKENS,
    status: 200,
    request: () => ['/accounts/api-tokens?select=-description&limit=100&offset=20'],
  },
  {
    name: 'list (limit=0)',
    method: 'GET',
    template: TOKENS,
    status: 200,
    request: () => ['/accounts/api-tokens?limit=0'],
  },
  {
    name: 'list (with logos)',
    method: 'GET',
    template: TOKENS,
    status: 200,
    request: () => ['/accounts/api-tokens?ne(icon,null())&select=+modules'],
  },
  {
    name: 'list (empty account)',
    method: 'GET',
    template: TOKENS,
    status: 200,
    setup: () => mockBackend.reset({ dataset: 'empty' }),
    request: () => ['/accounts/api-tokens'],
  },
  {
    name: 'list (bad RQL)',
    method: 'GET',
    template: TOKENS,
    status: 400,
    request: () => ['/accounts/api-tokens?eq(status'],
  },
  {
    name: 'list (500)',
    method: 'GET',
    template: TOKENS,
    status: 500,
    setup: () => mockBackend.setScenario({ failures: { list: 500 } }),
    request: () => ['/accounts/api-tokens'],
  },
  {
    name: 'list (403)',
    method: 'GET',
    template: TOKENS,
    status: 403,
    setup: () => mockBackend.setScenario({ failures: { list: 403 } }),
    request: () => ['/accounts/api-tokens'],
  },
  {
    name: 'get',
    method: 'GET',
    template: TOKEN,
    status: 200,
    request: () => [`/accounts/api-tokens/${withLogo()}`],
  },
  {
    name: 'get (tokenOnGet)',
    method: 'GET',
    template: TOKEN,
    status: 200,
    setup: () => mockBackend.setScenario({ tokenOnGet: true }),
    request: () => [`/accounts/api-tokens/${active()}`],
  },
  {
    name: 'get (404)',
    method: 'GET',
    template: TOKEN,
    status: 404,
    request: () => ['/accounts/api-tokens/TKN-0000-0000'],
  },
  {
    name: 'create (JSON)',
    method: 'POST',
    template: TOKENS,
    status: 201,
    request: () => ['/accounts/api-tokens', jsonInit('POST', create)],
  },
  {
    name: 'create (multipart with logo)',
    method: 'POST',
    template: TOKENS,
    status: 201,
    request: () => ['/accounts/api-tokens', multipartInit('POST', create, png)],
  },
  {
    name: 'create (validation)',
    method: 'POST',
    template: TOKENS,
    status: 400,
    request: () => ['/accounts/api-tokens', jsonInit('POST', { name: '', modules: [{ id: 'MOD-0000' }] })],
  },
  {
    name: 'create (bad logo)',
    method: 'POST',
    template: TOKENS,
    status: 400,
    request: () => ['/accounts/api-tokens', multipartInit('POST', create, { ...png, bytes: TINY_GIF })],
  },
  {
    name: 'create (invalid JSON)',
    method: 'POST',
    template: TOKENS,
    status: 400,
    request: () => [
      '/accounts/api-tokens',
      { method: 'POST', body: '{', headers: { 'Content-Type': 'application/json' } },
    ],
  },
  {
    name: 'update',
    method: 'PUT',
    template: TOKEN,
    status: 200,
    request: () => [
      `/accounts/api-tokens/${active()}`,
      jsonInit('PUT', { name: 'Updated', description: 'New', modules: [{ id: 'MOD-2131' }] }),
    ],
  },
  {
    name: 'update (multipart logo)',
    method: 'PUT',
    template: TOKEN,
    status: 200,
    request: () => [`/accounts/api-tokens/${active()}`, multipartInit('PUT', {}, png)],
  },
  {
    name: 'update (validation)',
    method: 'PUT',
    template: TOKEN,
    status: 400,
    request: () => [`/accounts/api-tokens/${active()}`, jsonInit('PUT', { modules: [] })],
  },
  {
    name: 'update (404)',
    method: 'PUT',
    template: TOKEN,
    status: 404,
    request: () => ['/accounts/api-tokens/TKN-0000-0000', jsonInit('PUT', { name: 'x' })],
  },
  {
    name: 'delete',
    method: 'DELETE',
    template: TOKEN,
    status: 204,
    request: () => [`/accounts/api-tokens/${active()}`, { method: 'DELETE' }],
  },
  {
    name: 'delete (404)',
    method: 'DELETE',
    template: TOKEN,
    status: 404,
    request: () => ['/accounts/api-tokens/TKN-0000-0000', { method: 'DELETE' }],
  },
  {
    name: 'delete (500)',
    method: 'DELETE',
    template: TOKEN,
    status: 500,
    setup: () => mockBackend.setScenario({ failures: { delete: 500 } }),
    request: () => [`/accounts/api-tokens/${active()}`, { method: 'DELETE' }],
  },
  {
    name: 'enable',
    method: 'POST',
    template: `${TOKEN}/enable`,
    status: 200,
    request: () => [`/accounts/api-tokens/${disabled()}/enable`, { method: 'POST' }],
  },
  {
    name: 'enable (already Active)',
    method: 'POST',
    template: `${TOKEN}/enable`,
    status: 400,
    request: () => [`/accounts/api-tokens/${active()}/enable`, { method: 'POST' }],
  },
  {
    name: 'enable (404)',
    method: 'POST',
    template: `${TOKEN}/enable`,
    status: 404,
    request: () => ['/accounts/api-tokens/TKN-0000-0000/enable', { method: 'POST' }],
  },
  {
    name: 'disable',
    method: 'POST',
    template: `${TOKEN}/disable`,
    status: 200,
    request: () => [`/accounts/api-tokens/${active()}/disable`, { method: 'POST' }],
  },
  {
    name: 'disable (already Disabled)',
    method: 'POST',
    template: `${TOKEN}/disable`,
    status: 400,
    request: () => [`/accounts/api-tokens/${disabled()}/disable`, { method: 'POST' }],
  },
  {
    name: 'disable (403)',
    method: 'POST',
    template: `${TOKEN}/disable`,
    status: 403,
    setup: () => mockBackend.setScenario({ failures: { disable: 403 } }),
    request: () => [`/accounts/api-tokens/${active()}/disable`, { method: 'POST' }],
  },
  {
    name: 'modules',
    method: 'GET',
    template: MODULES,
    status: 200,
    request: () => ['/accounts/modules?limit=100'],
  },
  {
    name: 'modules (+audit)',
    method: 'GET',
    template: MODULES,
    status: 200,
    request: () => ['/accounts/modules?select=+audit'],
  },
  {
    name: 'module',
    method: 'GET',
    template: `${MODULES}/{id}`,
    status: 200,
    request: () => ['/accounts/modules/MOD-1756'],
  },
  {
    name: 'module (404)',
    method: 'GET',
    template: `${MODULES}/{id}`,
    status: 404,
    request: () => ['/accounts/modules/MOD-0000'],
  },
  {
    name: 'modules (500)',
    method: 'GET',
    template: MODULES,
    status: 500,
    setup: () => mockBackend.setScenario({ failures: { modules: 500 } }),
    request: () => ['/accounts/modules'],
  },
  {
    name: 'audit records',
    method: 'GET',
    template: AUDIT,
    status: 200,
    request: () => ['/audit/records?order=-timestamp&limit=100'],
  },
  {
    name: 'audit trail of a token',
    method: 'GET',
    template: AUDIT,
    status: 200,
    request: () => [`/audit/records?eq(object.id,"${disabled()}")&order=-timestamp`],
  },
  {
    name: 'activity of a token (actor, date range)',
    method: 'GET',
    template: AUDIT,
    status: 200,
    request: () => {
      const used = mockBackend.db.listAuditRecords().find((r) => r.documents?.request)!;
      return [
        `/audit/records?eq(actor.id,"${used.actor.id}")&ge(timestamp,"2026-09-01T00:00:00.000Z")&order=-timestamp,-id&limit=100&offset=0`,
      ];
    },
  },
  {
    name: 'audit records (bad RQL)',
    method: 'GET',
    template: AUDIT,
    status: 400,
    request: () => ['/audit/records?order=-'],
  },
  {
    name: 'audit record (404)',
    method: 'GET',
    template: `${AUDIT}/{id}`,
    status: 404,
    request: () => ['/audit/records/AUD-0000-0000-0000-0000'],
  },
];

describe('responses validate against the OpenAPI schemas', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    c.setup?.();
    const [path, init] = c.request();
    const res = await callApi(path, init);
    expect(res.status).toBe(c.status);
    const check = validator.validateResponse(c.method, c.template, res.status, res.body);
    expect(check.errors, `${check.schema}: ${check.errors.join('\n')}`).toEqual([]);
    expect(check.valid).toBe(true);
    if (res.status >= 400) {
      expect(res.body).toMatchObject({
        status: res.status,
        title: expect.any(String),
        detail: expect.any(String),
        traceId: expect.any(String),
      });
    }
  });

  it('covers every documented operation', () => {
    const covered = new Set(cases.map((c) => `${c.method} ${c.template}`));
    const spec = JSON.parse(
      readFileSync(new URL('../contract/marketplace-api-tokens.openapi.json', import.meta.url), 'utf8'),
    ) as { paths: Record<string, object> };
    for (const [path, operations] of Object.entries(spec.paths)) {
      for (const method of Object.keys(operations))
        expect(covered, `${method} ${path}`).toContain(`${method.toUpperCase()} ${path}`);
    }
  });

  it('validates every audit record and every token of the large dataset', async () => {
    mockBackend.reset({ dataset: 'large' });
    for (const token of mockBackend.db.listTokens().slice(0, 2000)) {
      const check = validator.validate('ApiToken', { ...token, token: 'idt:x:y' });
      if (!check.valid) throw new Error(check.errors.join('\n'));
    }
    for (const record of mockBackend.db.listAuditRecords().slice(0, 2000)) {
      const check = validator.validate('AuditRecord', record);
      if (!check.valid) throw new Error(check.errors.join('\n'));
    }
  });

  it('rejects what the schemas forbid (the validator is not a rubber stamp)', () => {
    expect(validator.validate('ApiToken', { id: 'TKN-1', secret: 'x' }).valid).toBe(false);
    expect(validator.validate('ApiToken', { id: 'TKN-1', lastAccessAt: 'yesterday' }).valid).toBe(false);
    expect(
      validator.validate('ApiTokenListResponse', { $meta: { pagination: { total: 'many' } }, data: [] })
        .valid,
    ).toBe(false);
    expect(validator.validate('AuditRecord', { type: 'Secret' }).valid).toBe(false);
  });
});

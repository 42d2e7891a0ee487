// What every endpoint of the mock API has in common: auth, latency, scenario failures, problem
// details, query parsing and projecting records into response objects.
import { delay, HttpResponse, type HttpResponseResolver, type PathParams } from 'msw';
import type { MockBackend } from '../backend';
import type { MockDb } from '../db/store';
import type { RequestContext } from '../db/types';
import { compareByOrder, compileRql } from '../rql/evaluate';
import { parseRqlQuery } from '../rql/parse';
import { RqlSyntaxError, type RqlOrderKey, type RqlQuery } from '../rql/types';
import {
  latencyFor,
  mergeScenarios,
  parseScenarioString,
  type MockOperation,
  type MockScenario,
} from '../scenarios';

export const API_PREFIX = '/public/v1';
/** Request header that layers a scenario (compact form, see scenarios.ts) over the backend's for one request. */
export const SCENARIO_HEADER = 'x-mock-scenario';

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;

export interface HandlerContext {
  /** Origin (and optional path prefix) the API is served under, without a trailing slash. */
  baseUrl: string;
  backend: MockBackend;
}

export interface EndpointArgs {
  request: Request;
  params: PathParams;
  url: URL;
  db: MockDb;
  scenario: MockScenario;
  /** Who made the request, for the audit records a mutation writes. */
  origin: RequestContext;
}

export function normaliseBaseUrl(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}

export function apiUrl(ctx: HandlerContext, path: string): string {
  return `${ctx.baseUrl}${API_PREFIX}${path}`;
}

/** Stored icons are paths on the mock; clients get a URL they can put straight into `<img src>`. */
export function absoluteIcon(ctx: HandlerContext, icon: string | null): string | null {
  return icon !== null && icon.startsWith('/') ? `${ctx.baseUrl}${icon}` : icon;
}

// ---- errors

const PROBLEM_TYPES: Record<number, [type: string, title: string]> = {
  400: ['https://tools.ietf.org/html/rfc9110#section-15.5.1', 'Bad Request'],
  403: ['https://tools.ietf.org/html/rfc9110#section-15.5.4', 'Forbidden'],
  404: ['https://tools.ietf.org/html/rfc9110#section-15.5.5', 'Not Found'],
  405: ['https://tools.ietf.org/html/rfc9110#section-15.5.6', 'Method Not Allowed'],
  413: ['https://tools.ietf.org/html/rfc9110#section-15.5.14', 'Content Too Large'],
  415: ['https://tools.ietf.org/html/rfc9110#section-15.5.16', 'Unsupported Media Type'],
  500: ['https://tools.ietf.org/html/rfc9110#section-15.6.1', 'Internal Server Error'],
};

function hex(bytes: number): string {
  const values = crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(values, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** W3C trace-context form, as the platform's ASP.NET services put into problem details. */
export function newTraceId(): string {
  return `00-${hex(16)}-${hex(8)}-00`;
}

export type FieldErrors = Record<string, string[]>;

export function problem(
  request: Request,
  status: number,
  detail: string,
  extra: { title?: string; errors?: FieldErrors } = {},
): Response {
  const [type, title] = PROBLEM_TYPES[status] ?? ['about:blank', 'Error'];
  return HttpResponse.json(
    {
      type,
      title: extra.title ?? title,
      status,
      detail,
      instance: new URL(request.url).pathname,
      traceId: newTraceId(),
      ...(extra.errors ? { errors: extra.errors } : {}),
    },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

export function validationProblem(request: Request, errors: FieldErrors): Response {
  return problem(request, 400, 'See the errors for the fields that need attention.', {
    title: 'One or more validation errors occurred.',
    errors,
  });
}

export function notFound(request: Request, what: string, id: string): Response {
  return problem(request, 404, `${what} ${id} was not found.`);
}

/** The API gateway answers auth failures itself, in its own shape rather than as problem details. */
export function gatewayUnauthorized(): Response {
  return HttpResponse.json(
    { statusCode: 401, message: 'Access denied due to missing or invalid credentials.' },
    { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } },
  );
}

function failureResponse(
  request: Request,
  failure: NonNullable<MockScenario['failures']>[MockOperation],
): Response | undefined {
  switch (failure) {
    case 'network':
      return HttpResponse.error();
    case 401:
      return gatewayUnauthorized();
    case 403:
      return problem(request, 403, 'You do not have permission to perform this operation.');
    case 500:
      return problem(
        request,
        500,
        'An unexpected error occurred. Try again later; quote the Trace ID if it persists.',
      );
    default:
      return undefined;
  }
}

// ---- the request pipeline

/** The most a request can ask to be held with its `x-mock-scenario` header: any caller can send one. */
export const MAX_HEADER_LATENCY_MS = 10_000;
/** How long a `hang` set on the backend holds an answer, if the caller never gives up. */
export const HANG_LIMIT_MS = 5 * 60_000;

/** Resolves when the caller aborts the request, or after `limit`. */
function heldUntilAbandoned(signal: AbortSignal, limit: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, limit);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function capLatency(latency: MockScenario['latency']): MockScenario['latency'] {
  const cap = (ms: number) => Math.min(Math.max(0, ms), MAX_HEADER_LATENCY_MS);
  if (latency === undefined) return undefined;
  return typeof latency === 'number' ? cap(latency) : { min: cap(latency.min), max: cap(latency.max) };
}

function resolveScenario(
  ctx: HandlerContext,
  request: Request,
): { scenario: MockScenario; db: MockDb; hangLimit: number } {
  const header = request.headers.get(SCENARIO_HEADER);
  let scenario = ctx.backend.scenario;
  let hangLimit = HANG_LIMIT_MS;
  if (header) {
    const { unknown: _unknown, ...asked } = parseScenarioString(header);
    if (asked.latency !== undefined) asked.latency = capLatency(asked.latency);
    // A hang asked for by the request itself is held no longer than its latency could be.
    if (Object.values(asked.failures ?? {}).includes('hang')) hangLimit = MAX_HEADER_LATENCY_MS;
    scenario = mergeScenarios(scenario, asked);
  }
  return { scenario, db: ctx.backend.dbFor(scenario.dataset ?? 'default'), hangLimit };
}

const BEARER = /^Bearer\s+\S+/i;

/**
 * Wraps an endpoint in what the real API does before it: latency, the gateway's auth check, and
 * the scenario's failure for this operation (if any).
 */
export function endpoint(
  ctx: HandlerContext,
  operation: MockOperation,
  resolve: (args: EndpointArgs) => Response | Promise<Response>,
): HttpResponseResolver {
  return async ({ request, params }) => {
    // The gateway refuses a request without credentials at once: nobody unauthenticated can hold a connection open.
    if (!BEARER.test(request.headers.get('authorization') ?? '')) return gatewayUnauthorized();
    const { scenario, db, hangLimit } = resolveScenario(ctx, request);
    const wait = latencyFor(scenario);
    if (wait > 0) await delay(wait);
    const fault = scenario.failures?.[operation];
    const failure = failureResponse(request, fault);
    if (failure) return failure;
    const origin: RequestContext = {
      ip: request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || '127.0.0.1',
      userAgent: request.headers.get('user-agent') ?? 'unknown',
    };
    const answer = await resolve({ request, params, url: new URL(request.url), db, scenario, origin });
    if (fault !== 'hang') return answer;
    // The work is done; the answer is lost on the way. Whoever still waits at the end gets the gateway's timeout.
    await heldUntilAbandoned(request.signal, hangLimit);
    return problem(request, 504, 'The upstream service did not answer in time.');
  };
}

// ---- queries

export interface ListQuery extends RqlQuery {
  limit: number;
  offset: number;
}

/** What a collection accepts beyond plain RQL. */
export interface QueryRules {
  /** Fields `order` may name; any other is a 400, as the API refuses to sort by what it does not know. */
  sortable: readonly string[];
  /** Whether a bare `render()` is accepted (audit records, whose messages are templates). */
  render?: boolean;
  /** The order of a list that names none. Empty: store order. */
  defaultOrder?: readonly RqlOrderKey[];
}

/** `prefix.a`, `prefix.b`, … for the fields of an embedded object. */
export function fieldsOf(prefix: string, fields: readonly string[]): string[] {
  return fields.map((field) => `${prefix}.${field}`);
}

/** Parses the query string of any endpoint; a problem response when malformed or against the rules. */
export function parseQuery(request: Request, url: URL, rules: QueryRules): RqlQuery | Response {
  let query: RqlQuery;
  try {
    query = parseRqlQuery(url.search);
  } catch (error) {
    if (error instanceof RqlSyntaxError) return problem(request, 400, `Invalid RQL query: ${error.message}`);
    throw error;
  }
  if (query.render && !rules.render) {
    return problem(request, 400, 'Invalid RQL query: Unknown operator "render"; only audit records render.');
  }
  const unknownField = query.order.find(({ field }) => !rules.sortable.includes(field));
  if (unknownField) {
    return problem(request, 400, `Invalid RQL query: cannot order by unknown field "${unknownField.field}".`);
  }
  return query;
}

/** Parses RQL, order, select and paging from the raw query string; a problem response when malformed. */
export function parseListQuery(request: Request, url: URL, rules: QueryRules): ListQuery | Response {
  const query = parseQuery(request, url, rules);
  if (query instanceof Response) return query;
  if (query.order.length === 0 && rules.defaultOrder) query.order = [...rules.defaultOrder];
  if (query.limit !== null && (!Number.isInteger(query.limit) || query.limit < 0)) {
    return problem(request, 400, 'limit must be a whole number of 0 or more.');
  }
  if (query.offset !== null && (!Number.isInteger(query.offset) || query.offset < 0)) {
    return problem(request, 400, 'offset must be a whole number of 0 or more.');
  }
  // Larger pages are capped, not refused, as the platform does.
  const limit = Math.min(query.limit ?? DEFAULT_LIMIT, MAX_LIMIT);
  return { ...query, limit, offset: query.offset ?? 0 };
}

// ---- projection

/** Removes a dotted path from an object, copying only the objects along the path. */
function withoutPath(value: Record<string, unknown>, path: string[]): Record<string, unknown> {
  const [head, ...rest] = path;
  if (head === undefined || !(head in value)) return value;
  const copy = { ...value };
  if (rest.length === 0) delete copy[head];
  else {
    const child = copy[head];
    if (child && typeof child === 'object' && !Array.isArray(child))
      copy[head] = withoutPath(child as Record<string, unknown>, rest);
  }
  return copy;
}

export function applyExcludes<T extends object>(value: T, excludes: readonly string[]): T {
  let out = value as Record<string, unknown>;
  for (const field of excludes) out = withoutPath(out, field.split('.'));
  return out as T;
}

/**
 * Which fields a list leaves out: the ones omitted by default unless `select` adds them, plus the
 * ones `select` removes.
 */
export function omissions(defaults: readonly string[], query: Pick<RqlQuery, 'select'>): string[] {
  const included = new Set(query.select.include);
  const omitted = defaults.filter((field) => !included.has(field));
  for (const field of query.select.exclude) if (!omitted.includes(field)) omitted.push(field);
  return omitted;
}

export function listResponse<T>(data: T[], query: ListQuery, total: number, omitted: string[]): Response {
  return HttpResponse.json({
    $meta: {
      pagination: { offset: query.offset, limit: query.limit, total },
      ...(omitted.length > 0 ? { omitted } : {}),
    },
    data,
  });
}

/**
 * A collection GET as every list endpoint answers it: RQL from the query string (400 when malformed), filter,
 * sort and page, fields omitted by default unless selected, and the `$meta` envelope.
 */
export function collectionResponse<T extends object>(
  request: Request,
  url: URL,
  records: readonly T[],
  omittedByDefault: readonly string[],
  present: (record: T, omitted: string[]) => unknown,
  rules: QueryRules,
): Response {
  const query = parseListQuery(request, url, rules);
  if (query instanceof Response) return query;
  const { page, total } = selectPage(records, query);
  const omitted = omissions(omittedByDefault, query);
  return listResponse(
    page.map((record) => present(record, omitted)),
    query,
    total,
    omitted,
  );
}

/**
 * A single record as `GET /…/{id}` answers it: the query string is checked as a list's is (400 when malformed),
 * and `select=-field` leaves fields out. `meta` adds `$meta.omitted`, for schemas that have it.
 */
export function recordResponse<T extends object>(
  request: Request,
  url: URL,
  record: T,
  rules: Omit<QueryRules, 'sortable'> & { meta: boolean },
): Response {
  const query = parseQuery(request, url, { ...rules, sortable: [] });
  if (query instanceof Response) return query;
  const omitted = omissions([], query);
  const body = applyExcludes(record, omitted);
  return HttpResponse.json(rules.meta && omitted.length > 0 ? { ...body, $meta: { omitted } } : body);
}

/** Answers 415 unless the body is JSON (or, where `multipart` allows it, multipart/form-data). */
export function unsupportedBody(request: Request, options: { multipart: boolean }): Response | undefined {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  // No type and no body is an empty update, which the API accepts.
  if (type === '' && request.body === null) return undefined;
  if (type === 'application/json' || type.endsWith('+json')) return undefined;
  if (options.multipart && type === 'multipart/form-data') return undefined;
  const accepted = options.multipart ? 'application/json or multipart/form-data' : 'application/json';
  return problem(request, 415, `The body must be ${accepted}, not ${type || 'untyped'}.`);
}

/** How many sorted copies the cache keeps, across all lists: a few dozen orders cover every screen. */
export const SORT_CACHE_LIMIT = 32;

// Sorted copies of a record list, per order. Sorting 10,000 tokens with a collator takes tens of
// milliseconds; re-sorting on every page turn would dominate the response time. The cache is an LRU
// bounded by SORT_CACHE_LIMIT, so a client cycling through orders cannot grow it without end. Stores hand
// out a new list whenever their records change, so keying on the list's identity drops stale orders.
const listIds = new WeakMap<readonly object[], number>();
let nextListId = 0;
const sortedLists = new Map<string, readonly object[]>();

/** Entries in the sort cache, for tests that prove it stays bounded. */
export function sortCacheSize(): number {
  return sortedLists.size;
}

function sortedBy<T extends object>(records: readonly T[], order: ListQuery['order']): readonly T[] {
  if (order.length === 0) return records;
  let listId = listIds.get(records);
  if (listId === undefined) {
    listId = nextListId++;
    listIds.set(records, listId);
  }
  const key = `${listId}:${order.map((k) => `${k.direction === 'desc' ? '-' : ''}${k.field}`).join(',')}`;
  const hit = sortedLists.get(key);
  if (hit) {
    // Map keeps insertion order: moving the hit to the end makes the first entry the least recently used.
    sortedLists.delete(key);
    sortedLists.set(key, hit);
    return hit as readonly T[];
  }
  // Sorting before filtering gives the same rows as after: the sort is stable and filtering keeps order.
  const sorted = records.slice().sort(compareByOrder(order));
  sortedLists.set(key, sorted);
  while (sortedLists.size > SORT_CACHE_LIMIT) {
    const oldest = sortedLists.keys().next().value as string;
    sortedLists.delete(oldest);
  }
  return sorted;
}

/** Filters, sorts and pages records; ties keep store order, so pages never overlap. */
export function selectPage<T extends object>(
  records: readonly T[],
  query: ListQuery,
): { page: T[]; total: number } {
  const sorted = sortedBy(records, query.order);
  const matches = query.filter ? compileRql(query.filter) : null;
  const end = query.offset + query.limit;
  const page: T[] = [];
  let total = 0;
  for (const record of sorted) {
    if (matches && !matches(record)) continue;
    if (total >= query.offset && total < end) page.push(record);
    total += 1;
  }
  return { page, total };
}

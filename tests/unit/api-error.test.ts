// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ApiError, apiErrorFromException, isTransientError } from '../../src/lib/api-error';
import { apiErrorFromBody, apiErrorFromResponse } from '../../src/lib/api-error-response';
import { fieldErrorsOf, normalizeFieldName } from '../../src/lib/field-errors';

const json = (status: number, body: unknown, statusText = '') =>
  new Response(JSON.stringify(body), { status, statusText, headers: { 'Content-Type': 'application/json' } });

describe('ApiError parsing', () => {
  it('reads ProblemDetails with the map shape of errors', async () => {
    const error = await apiErrorFromResponse(
      json(400, {
        type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
        title: 'One or more validation errors occurred.',
        status: 400,
        detail: 'See errors.',
        traceId: '00-abc-01',
        errors: {
          Name: ['Name is required.'],
          modules: ['At least one module is required.', 'Unknown module.'],
        },
      }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error.kind).toBe('http');
    expect(error.status).toBe(400);
    expect(error.title).toBe('One or more validation errors occurred.');
    expect(error.detail).toBe('See errors.');
    expect(error.traceId).toBe('00-abc-01');
    expect(fieldErrorsOf(error)).toEqual({
      name: ['Name is required.'],
      modules: ['At least one module is required.', 'Unknown module.'],
    });
    expect(error.hasFieldErrors).toBe(true);
  });

  it('reads ProblemDetails with the array shape of errors', async () => {
    const error = await apiErrorFromResponse(
      json(400, {
        title: 'Bad Request',
        status: 400,
        traceId: 't-2',
        errors: [
          { id: 'E1', message: 'Name is too long.', properties: ['name'], parameters: {} },
          { id: 'E2', message: 'Description is too long.', properties: ['$.description'] },
          { id: 'E3', message: 'Something general.' },
        ],
      }),
    );
    expect(fieldErrorsOf(error)).toEqual({
      name: ['Name is too long.'],
      description: ['Description is too long.'],
      _: ['Something general.'],
    });
  });

  it('reads the gateway shape {statusCode, message}', async () => {
    const error = await apiErrorFromResponse(
      json(401, { statusCode: 401, message: 'Invalid token' }, 'Unauthorized'),
    );
    expect(error.status).toBe(401);
    expect(error.title).toBe('Unauthorized');
    expect(error.detail).toBe('Invalid token');
    expect(fieldErrorsOf(error)).toEqual({});
  });

  it('handles an empty body', async () => {
    const error = await apiErrorFromResponse(new Response(null, { status: 404, statusText: 'Not Found' }));
    expect(error.status).toBe(404);
    expect(error.title).toBe('Not Found');
    // HTTP/2 responses carry no reason phrase.
    expect((await apiErrorFromResponse(new Response(null, { status: 404 }))).title).toBe('HTTP 404');
    expect(error.detail).toBeUndefined();
  });

  it('keeps a short text body and drops an HTML error page', async () => {
    const text = await apiErrorFromResponse(
      new Response('upstream timed out', { status: 504, statusText: 'Gateway Timeout' }),
    );
    expect(text.title).toBe('Gateway Timeout');
    expect(text.detail).toBe('upstream timed out');
    const html = await apiErrorFromResponse(new Response('<html><body>502</body></html>', { status: 502 }));
    expect(html.detail).toBeUndefined();
  });

  it('names unknown statuses and reads Retry-After', async () => {
    const error = await apiErrorFromResponse(
      new Response('', { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '3' } }),
    );
    expect(error.title).toBe('Too Many Requests');
    expect(error.retryAfterMs).toBe(3000);
    expect(apiErrorFromBody(418, undefined).title).toBe('HTTP 418');
  });

  it('turns network failures and aborts into status-0 errors', () => {
    const network = apiErrorFromException(new TypeError('fetch failed'));
    expect(network.kind).toBe('network');
    expect(network.status).toBe(0);
    const abort = apiErrorFromException(new DOMException('The operation was aborted.', 'AbortError'));
    expect(abort.kind).toBe('aborted');
    const existing = new ApiError({ kind: 'http', status: 500, title: 'x' });
    expect(apiErrorFromException(existing)).toBe(existing);
  });

  it('normalises server field names to the form field names', () => {
    expect(normalizeFieldName('Name')).toBe('name');
    expect(normalizeFieldName('$.modules')).toBe('modules');
    expect(normalizeFieldName('token.description')).toBe('description');
    // An error about one item of a list belongs to the list's field.
    expect(normalizeFieldName('modules[2].id')).toBe('modules');
    expect(normalizeFieldName('$.Modules[0]')).toBe('modules');
    expect(normalizeFieldName('token.modules[1].id')).toBe('modules');
  });

  it('marks only network failures and server-side trouble as worth retrying', () => {
    expect(isTransientError(apiErrorFromException(new TypeError('x')))).toBe(true);
    expect(isTransientError(apiErrorFromBody(503, undefined))).toBe(true);
    expect(isTransientError(apiErrorFromBody(400, undefined))).toBe(false);
    expect(isTransientError(apiErrorFromBody(401, undefined))).toBe(false);
    expect(isTransientError(apiErrorFromBody(404, undefined))).toBe(false);
    expect(isTransientError(new Error('plain'))).toBe(false);
  });
});

// The mock Marketplace API as msw request handlers. The same list serves the browser worker (dev),
// msw/node (tests) and the plain HTTP server, so all three behave identically.
import { http, type RequestHandler } from 'msw';
import { createMockBackend, type MockBackend } from './backend';
import { apiTokenHandlers } from './handlers/api-tokens';
import { auditHandlers } from './handlers/audit';
import { moduleHandlers } from './handlers/modules';
import { API_PREFIX, normaliseBaseUrl, problem, type HandlerContext } from './handlers/shared';

/**
 * @param baseUrl where the API lives, e.g. `https://api.example.test`, `http://127.0.0.1:4010` or the
 *   page's origin; paths are `${baseUrl}/public/v1/…`.
 * @param backend the store and scenario to serve; a fresh default backend when omitted.
 */
export function createHandlers(
  baseUrl: string,
  backend: MockBackend = createMockBackend(),
): RequestHandler[] {
  const ctx: HandlerContext = { baseUrl: normaliseBaseUrl(baseUrl), backend };
  return [
    ...apiTokenHandlers(ctx),
    ...moduleHandlers(ctx),
    ...auditHandlers(ctx),
    // Anything else under the API prefix gets the platform's 404 rather than falling through to the network.
    http.all(`${ctx.baseUrl}${API_PREFIX}/*`, ({ request }) =>
      problem(request, 404, `There is no ${request.method} endpoint at ${new URL(request.url).pathname}.`),
    ),
  ];
}

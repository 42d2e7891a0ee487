// /public/v1/audit/records: what happened to the account's objects, e.g. a token's audit trail
// with `?eq(object.id,"TKN-…")&order=-timestamp`.
import { http, HttpResponse, type RequestHandler } from 'msw';
import { apiUrl, collectionResponse, applyExcludes, endpoint, notFound, type HandlerContext } from './shared';

export function auditHandlers(ctx: HandlerContext): RequestHandler[] {
  const collection = apiUrl(ctx, '/audit/records');
  return [
    http.get(
      collection,
      endpoint(ctx, 'audit', ({ request, url, db }) =>
        collectionResponse(request, url, db.listAuditRecords(), [], applyExcludes),
      ),
    ),
    http.get(
      `${collection}/:id`,
      endpoint(ctx, 'audit', ({ request, params, db }) => {
        const found = db.getAuditRecord(String(params.id));
        return found ? HttpResponse.json(found) : notFound(request, 'Audit record', String(params.id));
      }),
    ),
  ];
}

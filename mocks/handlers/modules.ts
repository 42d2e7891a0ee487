// /public/v1/accounts/modules: the modules enabled for the caller's account, which tokens can be given.
import { http, HttpResponse, type RequestHandler } from 'msw';
import {
  apiUrl,
  applyExcludes,
  endpoint,
  listResponse,
  notFound,
  omissions,
  parseListQuery,
  selectPage,
  type HandlerContext,
} from './shared';

export const MODULE_LIST_OMITTED_BY_DEFAULT = ['audit'] as const;

export function moduleHandlers(ctx: HandlerContext): RequestHandler[] {
  const collection = apiUrl(ctx, '/accounts/modules');
  return [
    http.get(
      collection,
      endpoint(ctx, 'modules', ({ request, url, db }) => {
        const query = parseListQuery(request, url);
        if (query instanceof Response) return query;
        const { page, total } = selectPage(db.listModules(), query);
        const omitted = omissions(MODULE_LIST_OMITTED_BY_DEFAULT, query);
        return listResponse(
          page.map((m) => applyExcludes(m, omitted)),
          query,
          total,
          omitted,
        );
      }),
    ),
    http.get(
      `${collection}/:id`,
      endpoint(ctx, 'modules', ({ request, params, db }) => {
        const found = db.getModule(String(params.id));
        return found ? HttpResponse.json(found) : notFound(request, 'Module', String(params.id));
      }),
    ),
  ];
}

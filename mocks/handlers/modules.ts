// /public/v1/accounts/modules: the modules enabled for the caller's account, which tokens can be given.
import { http, HttpResponse, type RequestHandler } from 'msw';
import {
  apiUrl,
  collectionResponse,
  applyExcludes,
  endpoint,
  fieldsOf,
  notFound,
  type HandlerContext,
} from './shared';

export const MODULE_LIST_OMITTED_BY_DEFAULT = ['audit'] as const;

const MODULE_SORTABLE_FIELDS: readonly string[] = [
  ...['id', 'name', 'description', 'code', 'accountTypes', 'isEnabledByDefault', 'isConfigurable'],
  ...fieldsOf('settings', ['sharedAccount', 'configurable', 'default', 'paid', 'type']),
  ...['created', 'updated'].flatMap((event) => [
    `audit.${event}.at`,
    ...fieldsOf(`audit.${event}.by`, ['id', 'name', 'icon']),
  ]),
];

export function moduleHandlers(ctx: HandlerContext): RequestHandler[] {
  const collection = apiUrl(ctx, '/accounts/modules');
  return [
    http.get(
      collection,
      endpoint(ctx, 'modules', ({ request, url, db }) =>
        collectionResponse(request, url, db.listModules(), MODULE_LIST_OMITTED_BY_DEFAULT, applyExcludes, {
          sortable: MODULE_SORTABLE_FIELDS,
        }),
      ),
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

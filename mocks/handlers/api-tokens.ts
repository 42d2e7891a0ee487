// /public/v1/accounts/api-tokens: list, get, create, update (PUT), delete, enable, disable, and the
// logos the mock stores for tokens.
import { http, HttpResponse, type RequestHandler } from 'msw';
import { imageTypeOf } from '../../src/lib/image-type';
import { characterCount, hasVisibleCharacter, hiddenCharacter } from '../../src/lib/text';
import type { MockDb, TokenChanges } from '../db/store';
import { isModuleAllowed } from '../db/fixtures';
import type { ApiTokenRecord, StoredIcon } from '../db/types';
import {
  absoluteIcon,
  apiUrl,
  collectionResponse,
  applyExcludes,
  endpoint,
  fieldsOf,
  notFound,
  problem,
  recordResponse,
  unsupportedBody,
  validationProblem,
  type FieldErrors,
  type HandlerContext,
} from './shared';

/** Lists leave these out unless `select=+audit,+modules` asks for them. */
export const TOKEN_LIST_OMITTED_BY_DEFAULT = ['audit', 'modules'] as const;

const ACTOR_FIELDS = ['id', 'name', 'icon'];
/** What `order` may name on tokens: every field of a token, embedded objects by their dotted paths. */
export const TOKEN_SORTABLE_FIELDS: readonly string[] = [
  'id',
  'name',
  'description',
  'icon',
  'status',
  'lastAccessAt',
  ...fieldsOf('account', ['id', 'name', 'icon', 'type', 'status']),
  ...fieldsOf('modules', ['id', 'name', 'description', 'code']),
  ...['created', 'updated'].flatMap((event) => [
    `audit.${event}.at`,
    ...fieldsOf(`audit.${event}.by`, ACTOR_FIELDS),
  ]),
];

// Counted in characters (code points), as the client's form counts them: the contract gives no limits for these
// fields, and "characters" is how the product rules state them.
export const MAX_NAME_LENGTH = 255;
export const MAX_DESCRIPTION_LENGTH = 2000;
export const MAX_ICON_BYTES = 5 * 1024 * 1024;

export function presentToken(
  ctx: HandlerContext,
  token: ApiTokenRecord,
  options: { omit?: readonly string[]; secret?: string } = {},
) {
  const out = {
    id: token.id,
    name: token.name,
    description: token.description,
    icon: absoluteIcon(ctx, token.icon),
    status: token.status,
    account: token.account,
    modules: token.modules,
    lastAccessAt: token.lastAccessAt,
    audit: token.audit,
    ...(options.secret !== undefined ? { token: options.secret } : {}),
  };
  return options.omit && options.omit.length > 0 ? applyExcludes(out, options.omit) : out;
}

// ---- request bodies

type BodyResult =
  { ok: true; body: Record<string, unknown>; icon?: StoredIcon } | { ok: false; response: Response };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

async function readIcon(file: Blob): Promise<StoredIcon | string> {
  if (file.size === 0) return 'The logo file is empty.';
  if (file.size > MAX_ICON_BYTES) return 'The logo must be 5 MB or smaller.';
  const bytes = new Uint8Array(await file.arrayBuffer());
  // Trust the bytes, not the declared type: a renamed .gif is still a .gif.
  const contentType = imageTypeOf(bytes);
  return contentType ? { contentType, bytes } : 'The logo must be a .jpg or .png image.';
}

/**
 * Reads a create/update body: plain JSON, or multipart/form-data with a JSON part `token` and an
 * optional file part `icon` (the platform's convention for objects with logos).
 */
async function readTokenBody(request: Request): Promise<BodyResult> {
  const unsupported = unsupportedBody(request, { multipart: true });
  if (unsupported) return { ok: false, response: unsupported };
  const contentType = request.headers.get('content-type') ?? '';
  if (contentType.toLowerCase().startsWith('multipart/form-data')) {
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return { ok: false, response: problem(request, 400, 'The multipart body could not be read.') };
    }
    const part = form.get('token');
    let body: unknown = {};
    if (part !== null) {
      try {
        body = JSON.parse(typeof part === 'string' ? part : await part.text());
      } catch {
        body = undefined;
      }
    }
    if (!isPlainObject(body))
      return {
        ok: false,
        response: validationProblem(request, { token: ['The token part must be a JSON object.'] }),
      };
    const file = form.get('icon');
    if (file !== null && typeof file !== 'string') {
      const icon = await readIcon(file);
      if (typeof icon === 'string')
        return { ok: false, response: validationProblem(request, { icon: [icon] }) };
      return { ok: true, body, icon };
    }
    return { ok: true, body };
  }
  const text = await request.text();
  let body: unknown;
  try {
    body = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    return { ok: false, response: problem(request, 400, 'The request body is not valid JSON.') };
  }
  if (!isPlainObject(body))
    return { ok: false, response: problem(request, 400, 'The request body must be a JSON object.') };
  return { ok: true, body };
}

/**
 * Validates the writable fields. `partial` (update) skips fields that are absent; create requires
 * a name and at least one module. Ignores what clients cannot change (account, status, token, audit).
 */
function validateTokenFields(
  ctx: HandlerContext,
  db: MockDb,
  body: Record<string, unknown>,
  partial: boolean,
): { errors: FieldErrors; changes: TokenChanges } {
  const errors: FieldErrors = {};
  const changes: TokenChanges = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);

  if (!partial || body.name !== undefined) {
    if (typeof body.name !== 'string' || body.name.trim() === '') {
      add(
        'name',
        body.name === undefined || body.name === null || typeof body.name === 'string'
          ? 'Name is required.'
          : 'Name must be text.',
      );
    } else if (!hasVisibleCharacter(body.name)) {
      // Our decision where the contract is silent: such a name would be listed as an empty link.
      add('name', 'Name must contain visible characters.');
    } else if (hiddenCharacter(body.name.trim())) {
      // Our decision too: a character that draws nothing or a direction control makes a name other than it looks.
      add(
        'name',
        'Name must not contain hidden characters (zero-width, soft hyphen, filler, invisible operator or text direction controls).',
      );
    } else if (characterCount(body.name.trim()) > MAX_NAME_LENGTH) {
      add('name', `Name must be at most ${MAX_NAME_LENGTH} characters.`);
    } else changes.name = body.name.trim();
  }

  if (body.description !== undefined) {
    if (body.description === null) changes.description = null;
    else if (typeof body.description !== 'string') add('description', 'Description must be text.');
    else if (characterCount(body.description.trim()) > MAX_DESCRIPTION_LENGTH)
      add('description', `Description must be at most ${MAX_DESCRIPTION_LENGTH} characters.`);
    else changes.description = body.description.trim() === '' ? null : body.description.trim();
  }

  if (body.icon !== undefined) {
    // An empty icon is how some clients say "no logo"; storing "" would hand out an empty URL.
    if (body.icon === null || body.icon === '') changes.icon = null;
    else if (typeof body.icon !== 'string') add('icon', 'Icon must be a URL or null.');
    else {
      // Clients echo back the URL they were given; map it to the stored path so nothing changes.
      const prefix = `${ctx.baseUrl}/`;
      changes.icon =
        ctx.baseUrl && body.icon.startsWith(prefix) ? body.icon.slice(ctx.baseUrl.length) : body.icon;
    }
  }

  const modules = body.modules;
  if (!partial || (modules !== undefined && modules !== null)) {
    if (!Array.isArray(modules) || modules.length === 0) {
      add(
        'modules',
        modules === undefined || modules === null || Array.isArray(modules)
          ? 'At least one module is required.'
          : 'Modules must be a list of objects with an id.',
      );
    } else {
      const ids: string[] = [];
      for (const item of modules as unknown[]) {
        const id = isPlainObject(item) ? item.id : undefined;
        if (typeof id !== 'string') add('modules', 'Each module must be an object with an id.');
        else {
          const module = db.getModule(id);
          if (!module)
            add('modules', `Unknown module ${id}: it does not exist or is not enabled for the account.`);
          // As the API: a module listed for the account is not always one a token may have.
          else if (!isModuleAllowed(module, db.account.type))
            add('modules', `Module ${id} is not available to ${db.account.type} accounts.`);
          else ids.push(id);
        }
      }
      if (!errors.modules) changes.moduleIds = ids;
    }
  }

  if (!partial && body.account !== undefined && body.account !== null) {
    const accountId = isPlainObject(body.account) ? body.account.id : undefined;
    if (accountId !== undefined && accountId !== db.account.id)
      add('account', `Unknown account ${String(accountId)}.`);
  }
  return { errors, changes };
}

// ---- handlers

export function apiTokenHandlers(ctx: HandlerContext): RequestHandler[] {
  const collection = apiUrl(ctx, '/accounts/api-tokens');
  const tokenId = (params: Record<string, unknown>) => String(params.id);

  return [
    http.get(
      collection,
      endpoint(ctx, 'list', ({ request, url, db }) =>
        collectionResponse(
          request,
          url,
          db.listTokens(),
          TOKEN_LIST_OMITTED_BY_DEFAULT,
          (token, omit) => presentToken(ctx, token, { omit }),
          { sortable: TOKEN_SORTABLE_FIELDS },
        ),
      ),
    ),

    http.get(
      `${collection}/:id`,
      endpoint(ctx, 'get', ({ request, params, url, db, scenario }) => {
        const token = db.getToken(tokenId(params));
        if (!token) return notFound(request, 'API token', tokenId(params));
        const body = presentToken(ctx, token, {
          secret: scenario.tokenOnGet ? db.getSecret(token.id) : undefined,
        });
        return recordResponse(request, url, body, { meta: true });
      }),
    ),

    // No auth: browsers load logos with <img>, which cannot send an Authorization header.
    http.get(`${collection}/:id/icon`, ({ request, params }) => {
      const icon = ctx.backend.dbFor(ctx.backend.scenario.dataset ?? 'default').getIcon(tokenId(params));
      if (!icon) return notFound(request, 'Logo of API token', tokenId(params));
      return new HttpResponse(icon.bytes.slice().buffer, {
        headers: {
          'Content-Type': icon.contentType,
          'Cache-Control': 'private, max-age=31536000, immutable',
        },
      });
    }),

    http.post(
      collection,
      endpoint(ctx, 'create', async ({ request, db, origin }) => {
        const read = await readTokenBody(request);
        if (!read.ok) return read.response;
        const { errors, changes } = validateTokenFields(ctx, db, read.body, false);
        if (Object.keys(errors).length > 0) return validationProblem(request, errors);
        const { token, secret } = db.createToken(
          {
            name: changes.name as string,
            description: changes.description ?? null,
            icon: read.icon ?? changes.icon ?? null,
            moduleIds: changes.moduleIds ?? [],
          },
          origin,
        );
        return HttpResponse.json(presentToken(ctx, token, { secret }), {
          status: 201,
          headers: { Location: `${collection}/${token.id}` },
        });
      }),
    ),

    http.put(
      `${collection}/:id`,
      endpoint(ctx, 'update', async ({ request, params, db, origin }) => {
        if (!db.getToken(tokenId(params))) return notFound(request, 'API token', tokenId(params));
        const read = await readTokenBody(request);
        if (!read.ok) return read.response;
        const { errors, changes } = validateTokenFields(ctx, db, read.body, true);
        if (Object.keys(errors).length > 0) return validationProblem(request, errors);
        if (read.icon) changes.icon = read.icon;
        const token = db.updateToken(tokenId(params), changes, origin) as ApiTokenRecord;
        return HttpResponse.json(presentToken(ctx, token));
      }),
    ),

    http.delete(
      `${collection}/:id`,
      endpoint(ctx, 'delete', ({ request, params, db, origin }) => {
        if (!db.deleteToken(tokenId(params), origin)) return notFound(request, 'API token', tokenId(params));
        return new HttpResponse(null, { status: 204 });
      }),
    ),

    ...(['enable', 'disable'] as const).map((action) =>
      http.post(
        `${collection}/:id/${action}`,
        endpoint(ctx, action, ({ request, params, db, origin }) => {
          const id = tokenId(params);
          const result = db.setTokenStatus(id, action === 'enable' ? 'Active' : 'Disabled', origin);
          if (result.ok) return HttpResponse.json(presentToken(ctx, result.token));
          if (result.reason === 'not-found') return notFound(request, 'API token', id);
          // Our decision where the contract is silent: a transition to the current state is a client error.
          return problem(
            request,
            400,
            `API token ${id} is already ${result.status}; only a${action === 'enable' ? ' Disabled' : 'n Active'} token can be ${action}d.`,
            {
              title: 'Invalid status transition',
            },
          );
        }),
      ),
    ),
  ];
}

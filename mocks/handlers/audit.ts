// /public/v1/audit/records: what happened to the account's objects, e.g. a token's audit trail
// with `?eq(object.id,"TKN-…")&order=-timestamp,-id`. The vendor's client also writes records here.
import { http, HttpResponse, type RequestHandler } from 'msw';
import type { PostedAuditRecord } from '../db/audit-entries';
import type { RqlOrderKey } from '../rql/types';
import {
  apiUrl,
  applyExcludes,
  collectionResponse,
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

export const AUDIT_SORTABLE_FIELDS: readonly string[] = [
  ...['id', 'event', 'summary', 'details', 'timestamp', 'type'],
  ...fieldsOf('object', ['id', 'name', 'icon', 'objectType']),
  ...fieldsOf('actor', ['id', 'name', 'icon']),
  ...fieldsOf('actor.account', ['id', 'name', 'icon', 'accountType']),
  ...fieldsOf('request.api', ['ip', 'userAgent']),
  ...fieldsOf('request.api.geolocation', ['countryCode', 'countryName', 'region']),
];

/** Newest first, and among records of the same instant by id, so pages never repeat or skip a record. */
export const AUDIT_DEFAULT_ORDER: readonly RqlOrderKey[] = [
  { field: 'timestamp', direction: 'desc' },
  { field: 'id', direction: 'desc' },
];

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const optionalText = (value: unknown): value is string | null | undefined =>
  value === undefined || value === null || typeof value === 'string';

/** Reads a posted record: event and object.id are required; summary, details, actor and payload are optional. */
function readPostedRecord(body: unknown): { errors: FieldErrors; record?: PostedAuditRecord } {
  const errors: FieldErrors = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  if (!isPlainObject(body)) return { errors: { body: ['The body must be a JSON object.'] } };

  if (typeof body.event !== 'string' || body.event.trim() === '') add('event', 'Event is required.');
  const object = body.object;
  if (!isPlainObject(object) || typeof object.id !== 'string' || object.id === '') {
    add('object', 'Object must be an object with an id.');
  } else if (!optionalText(object.name) || !optionalText(object.icon) || !optionalText(object.objectType)) {
    add('object', 'The name, icon and objectType of the object must be text.');
  }
  for (const field of ['summary', 'details'] as const) {
    if (!optionalText(body[field])) add(field, `${field} must be text.`);
  }
  const actor = body.actor;
  if (
    actor !== undefined &&
    actor !== null &&
    (!isPlainObject(actor) ||
      typeof actor.id !== 'string' ||
      typeof actor.name !== 'string' ||
      !optionalText(actor.icon))
  ) {
    add('actor', 'Actor must be an object with an id and a name.');
  }
  if (Object.keys(errors).length > 0) return { errors };

  const target = object as Record<string, string | null | undefined>;
  const who = actor as Record<string, string | null | undefined> | null | undefined;
  return {
    errors,
    record: {
      event: (body.event as string).trim(),
      object: {
        id: target.id as string,
        name: target.name ?? null,
        icon: target.icon ?? null,
        objectType: target.objectType ?? 'Unknown',
      },
      summary: (body.summary as string | null | undefined) ?? '',
      details: (body.details as string | null | undefined) ?? '',
      actor: who ? { id: who.id as string, name: who.name as string, icon: who.icon ?? null } : null,
      // The record schema has no payload of its own; documents is where a record keeps its data.
      documents: body.payload === undefined ? null : { payload: body.payload },
    },
  };
}

export function auditHandlers(ctx: HandlerContext): RequestHandler[] {
  const collection = apiUrl(ctx, '/audit/records');
  return [
    http.get(
      collection,
      endpoint(ctx, 'audit', ({ request, url, db }) =>
        collectionResponse(request, url, db.listAuditRecords(), [], applyExcludes, {
          sortable: AUDIT_SORTABLE_FIELDS,
          render: true,
          defaultOrder: AUDIT_DEFAULT_ORDER,
        }),
      ),
    ),
    http.get(
      `${collection}/:id`,
      endpoint(ctx, 'audit', ({ request, params, url, db }) => {
        const found = db.getAuditRecord(String(params.id));
        if (!found) return notFound(request, 'Audit record', String(params.id));
        // Summaries and details are stored already rendered, so render() changes nothing here.
        return recordResponse(request, url, found, { render: true, meta: false });
      }),
    ),
    http.post(
      collection,
      endpoint(ctx, 'audit', async ({ request, db, origin }) => {
        const unsupported = unsupportedBody(request, { multipart: false });
        if (unsupported) return unsupported;
        let body: unknown;
        try {
          body = JSON.parse(await request.text());
        } catch {
          return problem(request, 400, 'The request body is not valid JSON.');
        }
        const { errors, record } = readPostedRecord(body);
        if (!record) return validationProblem(request, errors);
        const created = db.addAuditRecord(record, origin);
        return HttpResponse.json(created, {
          status: 201,
          headers: { Location: `${collection}/${created.id}` },
        });
      }),
    ),
  ];
}

import { ApiError } from '../../../../lib/api-error';
import { fieldErrorsOf } from '../../../../lib/field-errors';
import { rotateMessages } from '../../messages/rotate';
import type { ApiToken } from '../../api/types';

/**
 * A refusal of the new token's modules as the step shows it (docs/product-rules.md, 'Rotate a token'): the API names
 * a module by its ID, which the admin does not know it by, so each of its reasons that names exactly one of the old
 * token's modules is said in our words, by that module's name. Any other reason stays the API's own.
 */
export function withModuleNames(error: ApiError, old: ApiToken): ApiError {
  const names = new Map<string, string>();
  for (const module of old.modules ?? []) if (module.id && module.name) names.set(module.id, module.name);
  const fields = fieldErrorsOf(error);
  const modules = fields.modules?.map((reason) => {
    const named = [...new Set(reason.match(/[\w-]+/g) ?? [])].filter((word) => names.has(word));
    const [id] = named;
    return named.length === 1 && id ? rotateMessages.moduleRefused(names.get(id) ?? id, id) : reason;
  });
  return new ApiError({
    kind: error.kind,
    status: error.status,
    title: error.title,
    detail: error.detail,
    traceId: error.traceId,
    errors: { ...fields, modules },
    retryAfterMs: error.retryAfterMs,
    cause: error,
  });
}

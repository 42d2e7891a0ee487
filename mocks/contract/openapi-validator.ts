// Validates mock responses against the vendor's OpenAPI schemas, from the one copy in contract/ that the app's
// generated types come from too.
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import spec from '../../contract/marketplace-api-tokens.openapi.json' with { type: 'json' };

type Json = Record<string, unknown>;

/**
 * Two adjustments the spec's own description asks for: where a schema lists properties beside an
 * allOf, the allOf repeats them under `additionalProperties: false` and must be dropped; and
 * OpenAPI's `nullable` without a `type` (JsonNode, "any value") means nothing to a JSON Schema validator.
 */
function normalise(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalise);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) out[key] = normalise(value);
  if (out.allOf && out.properties) delete out.allOf;
  if (out.nullable !== undefined && out.type === undefined) delete out.nullable;
  return out;
}

const OPENAPI_ID = 'marketplace-api-tokens.openapi.json';

export interface ResponseCheck {
  valid: boolean;
  /** Which schema the body was checked against, e.g. `ApiToken`. */
  schema: string;
  errors: string[];
}

export function createOpenApiValidator() {
  // strict: false because the vendor's schemas carry their own `x-softwareone-rql` keyword.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: OPENAPI_ID, components: normalise((spec as Json).components) } as Json);
  const compiled = new Map<string, ValidateFunction>();

  const validatorFor = (name: string): ValidateFunction => {
    let validate = compiled.get(name);
    if (!validate) {
      validate = ajv.getSchema(`${OPENAPI_ID}#/components/schemas/${name}`);
      if (!validate) throw new Error(`No schema named ${name}`);
      compiled.set(name, validate);
    }
    return validate;
  };

  /** The schema name the spec documents for a response, or ProblemDetails for an undocumented error status. */
  const schemaNameFor = (method: string, pathTemplate: string, status: number): string | null => {
    const paths = (spec as Json).paths as Record<
      string,
      Record<
        string,
        { responses?: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }> }
      >
    >;
    const operation = paths[pathTemplate]?.[method.toLowerCase()];
    if (!operation) throw new Error(`The spec has no ${method} ${pathTemplate}`);
    const documented = operation.responses?.[String(status)];
    const ref = documented?.content?.['application/json']?.schema?.$ref;
    if (ref) return ref.split('/').pop() as string;
    if (documented) return null;
    return status >= 400 ? 'ProblemDetails' : null;
  };

  return {
    validate(schemaName: string, body: unknown): ResponseCheck {
      const validate = validatorFor(schemaName);
      const valid = validate(body) as boolean;
      return {
        valid,
        schema: schemaName,
        errors: valid
          ? []
          : (validate.errors ?? []).map(
              (e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
            ),
      };
    },
    /** Checks a response for `method pathTemplate` (e.g. `GET`, `/public/v1/accounts/api-tokens/{id}`) against the spec. */
    validateResponse(method: string, pathTemplate: string, status: number, body: unknown): ResponseCheck {
      const name = schemaNameFor(method, pathTemplate, status);
      if (name === null) {
        return {
          valid: body === undefined || body === null || body === '',
          schema: '(no body)',
          errors: body ? ['expected no body'] : [],
        };
      }
      return this.validate(name, body);
    },
    documentedStatuses(method: string, pathTemplate: string): number[] {
      const paths = (spec as Json).paths as Record<
        string,
        Record<string, { responses?: Record<string, unknown> }>
      >;
      return Object.keys(paths[pathTemplate]?.[method.toLowerCase()]?.responses ?? {}).map(Number);
    },
  };
}

export type OpenApiValidator = ReturnType<typeof createOpenApiValidator>;

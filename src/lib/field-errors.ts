// The server's field errors, read only where they are shown (forms and the full error panel): the API client keeps
// the ProblemDetails `errors` as sent, so the first paint carries no parser for them.
import { commonMessages } from '../messages/common';
import type { ApiError, FieldErrors } from './api-error';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * Server field keys come as `Name`, `name`, `$.name` or `token.name`; the forms use `name`. A key about one item of a
 * list (`Modules[1].Id`, `modules[0]`) belongs to the list's field: the form has no field per item.
 */
export function normalizeFieldName(key: string): string {
  const last =
    key
      .replace(/^\$\.?/, '')
      .replace(/\[.*$/, '')
      .split('.')
      .filter(Boolean)
      .pop() ?? key;
  return last.charAt(0).toLowerCase() + last.slice(1);
}

function addFieldError(target: FieldErrors, field: string, message: string) {
  const name = normalizeFieldName(field);
  (target[name] ??= []).push(message);
}

/** ProblemDetails `errors` arrives either as a map of field → messages or as an array of ParametrisedMessage. */
export function parseFieldErrors(errors: unknown): FieldErrors {
  const out: FieldErrors = {};
  if (Array.isArray(errors)) {
    for (const item of errors) {
      if (!isRecord(item)) continue;
      const message = str(item.message) ?? str(item.id) ?? commonMessages.errors.invalidValue;
      const properties = Array.isArray(item.properties)
        ? item.properties.filter((p) => typeof p === 'string')
        : [];
      if (properties.length === 0) addFieldError(out, '_', message);
      for (const property of properties) addFieldError(out, property as string, message);
    }
  } else if (isRecord(errors)) {
    for (const [field, value] of Object.entries(errors)) {
      const messages = Array.isArray(value) ? value : [value];
      for (const m of messages) if (typeof m === 'string' && m) addFieldError(out, field, m);
    }
  }
  return out;
}

const parsed = new WeakMap<ApiError, FieldErrors>();

/** Field name (camelCase, as the request body spells it) → messages; empty when the server named none. */
export function fieldErrorsOf(error: ApiError): FieldErrors {
  let fields = parsed.get(error);
  if (!fields) parsed.set(error, (fields = parseFieldErrors(error.errors)));
  return fields;
}

import { createElement, type ReactNode } from 'react';
import type { FieldError, UseFormSetError } from 'react-hook-form';
import { API_TEXT_LANGUAGE, isApiError } from '../../../../lib/api-error';
import { fieldErrorsOf } from '../../../../lib/field-errors';
import {
  STEP_FIELDS,
  type TokenFormField,
  type TokenFormStep,
  type TokenFormValues,
} from './token-form-schema';

/**
 * What a field's error says, to show under it. The server's messages (`type: 'server'`) are in the API's language,
 * marked as such for a page in another.
 */
export function fieldErrorMessage(error: FieldError | undefined): ReactNode {
  if (!error?.message) return undefined;
  return error.type === 'server'
    ? createElement('span', { lang: API_TEXT_LANGUAGE }, error.message)
    : error.message;
}

/** Request body field (as the API names it in ProblemDetails `errors`) → form field. */
const SERVER_FIELDS: Record<string, TokenFormField> = {
  name: 'name',
  description: 'description',
  icon: 'logo',
  logo: 'logo',
  modules: 'moduleIds',
  moduleIds: 'moduleIds',
};

const STEP_ORDER: TokenFormStep[] = ['general', 'modules'];

/**
 * Puts a 400's per-field messages on the fields they belong to and says which step holds the first of them
 * (null when the error names no field the form has; the error panel still lists everything).
 */
export function applyServerFieldErrors(
  error: unknown,
  setError: UseFormSetError<TokenFormValues>,
): { step: TokenFormStep; field: TokenFormField } | null {
  if (!isApiError(error) || error.status !== 400) return null;
  const fields = new Set<TokenFormField>();
  for (const [key, messages] of Object.entries(fieldErrorsOf(error))) {
    const field = SERVER_FIELDS[key];
    if (!field || messages.length === 0) continue;
    setError(field, { type: 'server', message: messages.join(' ') });
    fields.add(field);
  }
  for (const step of STEP_ORDER) {
    const field = STEP_FIELDS[step].find((f) => fields.has(f));
    if (field) return { step, field };
  }
  return null;
}

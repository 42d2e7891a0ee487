import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useMemo, useRef } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { useFormatters } from '../../../../hooks/use-formatters';
import {
  STEP_FIELDS,
  createTokenFormSchemas,
  type TokenFormField,
  type TokenFormStep,
  type TokenFormValues,
} from '../token-form/token-form-schema';

/** What a validation pass looks at: one step's fields, or everything (before Add / Save). */
export type ValidationScope = TokenFormStep | 'all';

export type ValidationResult =
  { ok: true; values: TokenFormValues } | { ok: false; field: TokenFormField | null };

const FIELD_ORDER: TokenFormField[] = [...STEP_FIELDS.general, ...STEP_FIELDS.modules];

/** The first field with an error, in the order the steps show them. */
export function firstInvalidField(errors: FieldErrors<TokenFormValues>): TokenFormField | null {
  return FIELD_ORDER.find((field) => errors[field]) ?? null;
}

/**
 * The token form of both dialogs. Validation is per step: `validate('general')` checks only that step
 * (and, through react-hook-form, focuses its first invalid field); after the first attempt fields re-validate
 * as they change, so a message goes away as soon as the input is fixed.
 */
export function useTokenForm(defaultValues: TokenFormValues, initialScope: ValidationScope = 'general') {
  const { number } = useFormatters();
  const schemas = useMemo(() => createTokenFormSchemas(number), [number]);
  const scope = useRef<ValidationScope>(initialScope);

  const resolver = useMemo(() => {
    const byScope = {
      general: zodResolver(schemas.general),
      modules: zodResolver(schemas.modules),
      all: zodResolver(schemas.all),
    } as unknown as Record<ValidationScope, Resolver<TokenFormValues>>;
    const resolve: Resolver<TokenFormValues> = (values, context, options) =>
      byScope[scope.current](values, context, options);
    return resolve;
  }, [schemas]);

  const form = useForm<TokenFormValues>({
    defaultValues,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
  const { handleSubmit } = form;

  const setScope = useCallback((next: ValidationScope) => {
    scope.current = next;
  }, []);

  /** Checks a scope; on failure the errors are set (and shown), and the first invalid field is named. */
  const validate = useCallback(
    (next: ValidationScope) =>
      new Promise<ValidationResult>((resolve) => {
        scope.current = next;
        void handleSubmit(
          () => resolve({ ok: true, values: form.getValues() }),
          (errors) => resolve({ ok: false, field: firstInvalidField(errors) }),
        )();
      }),
    [form, handleSubmit],
  );

  return { form, validate, setScope };
}

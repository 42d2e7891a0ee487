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
 * as they change, so a message goes away as soon as the input is fixed. `keptName`: see `createTokenFormSchemas`.
 */
export function useTokenForm(
  defaultValues: TokenFormValues,
  initialScope: ValidationScope = 'general',
  keptName?: string,
) {
  const { number } = useFormatters();
  const schemas = useMemo(() => createTokenFormSchemas(number, keptName), [number, keptName]);
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

  /**
   * Checks a scope; on failure the errors are set (and shown), and the first invalid field is named. The server's
   * messages about fields outside the scope stay (a pass replaces all errors with its own): a 400 about the name
   * and the modules still shows the modules' message once the name is fixed and the user moves on.
   */
  const validate = useCallback(
    (next: ValidationScope) =>
      new Promise<ValidationResult>((resolve) => {
        scope.current = next;
        const inScope: readonly TokenFormField[] = next === 'all' ? FIELD_ORDER : STEP_FIELDS[next];
        const kept = FIELD_ORDER.flatMap((field) => {
          const error = form.formState.errors[field];
          return error?.type === 'server' && !inScope.includes(field)
            ? [{ field, message: error.message }]
            : [];
        });
        // Inside the callbacks, so the pass's own update of the form state carries them.
        const keep = () =>
          kept.forEach(({ field, message }) => form.setError(field, { type: 'server', message }));
        void handleSubmit(
          () => {
            keep();
            resolve({ ok: true, values: form.getValues() });
          },
          (errors) => {
            keep();
            resolve({ ok: false, field: firstInvalidField(errors) });
          },
        )();
      }),
    [form, handleSubmit],
  );

  return { form, validate, setScope };
}

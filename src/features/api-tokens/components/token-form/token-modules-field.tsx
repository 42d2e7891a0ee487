import { Controller, useFormContext } from 'react-hook-form';
import type { Module } from '../../api/types';
import { useAccountType } from './module-availability';
import { ModulePicker } from './module-picker';
import { fieldErrorMessage } from './server-field-errors';
import type { TokenFormValues } from './token-form-schema';

/** The Modules step of the Add wizard and of the Edit dialog. */
export function TokenModulesField({
  knownModules,
  accountType,
}: {
  knownModules?: readonly Module[] | undefined;
  /** The account type of the token being edited or duplicated, when there is one. */
  accountType?: string | undefined;
}) {
  const { control } = useFormContext<TokenFormValues>();
  const type = useAccountType(accountType);
  return (
    <Controller
      control={control}
      name="moduleIds"
      render={({ field, fieldState }) => (
        <ModulePicker
          value={field.value}
          onChange={field.onChange}
          error={fieldErrorMessage(fieldState.error)}
          focusRef={field.ref}
          knownModules={knownModules}
          accountType={type}
        />
      )}
    />
  );
}

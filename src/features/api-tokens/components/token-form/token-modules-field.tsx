import { Controller, useFormContext } from 'react-hook-form';
import type { Module } from '../../api/types';
import { ModulePicker } from './module-picker';
import type { TokenFormValues } from './token-form-schema';

/** The Modules step of the Add wizard and of the Edit dialog. */
export function TokenModulesField({ knownModules }: { knownModules?: readonly Module[] | undefined }) {
  const { control } = useFormContext<TokenFormValues>();
  return (
    <Controller
      control={control}
      name="moduleIds"
      render={({ field, fieldState }) => (
        <ModulePicker
          value={field.value}
          onChange={field.onChange}
          error={fieldState.error?.message}
          focusRef={field.ref}
          knownModules={knownModules}
        />
      )}
    />
  );
}

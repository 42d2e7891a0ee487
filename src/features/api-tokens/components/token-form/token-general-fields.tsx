import { useId, type ReactNode } from 'react';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { Button } from '../../../../components/ui/button';
import { TextArea } from '../../../../components/ui/textarea';
import { TextField } from '../../../../components/ui/text-field';
import { useFormatters } from '../../../../hooks/use-formatters';
import {
  characterCount,
  hasVisibleCharacter,
  hiddenCharacter,
  withoutHiddenCharacters,
} from '../../../../lib/text';
import { wizardMessages } from '../../messages/wizard';
import { LogoPicker } from './logo-picker';
import { fieldErrorMessage } from './server-field-errors';
import { MAX_DESCRIPTION_LENGTH, normalizeName, type TokenFormValues } from './token-form-schema';
import styles from './token-form.module.css';

/**
 * Logo, name and description: the General step of the Add wizard and of the Edit dialog. Without `withLogo` (the
 * Rotate dialog, which keeps the old token's logo) only name and description. `nameNote` is a hint under the name
 * (the wizard's "a token with this name exists"), announced when it appears; never an error. `inheritedName` is
 * the name the form started from, a token's (Edit, Duplicate, Rotate): while the field still holds it, a hidden
 * character in it is said beside the field with a button that removes it, as the admin cannot see it to delete
 * it. The same button comes with the error for a hidden character typed or pasted. `kept` (Edit) when that name may stay as it is (docs/product-rules.md, 'Create and edit').
 */
export function TokenGeneralFields({
  withLogo = true,
  nameNote,
  inheritedName,
}: { withLogo?: boolean; nameNote?: ReactNode; inheritedName?: { name: string; kept: boolean } } = {}) {
  const ids = useId();
  const noteId = `${ids}-name-note`;
  const hiddenNoteId = `${ids}-hidden-note`;
  const { control, register, setError, setValue, setFocus, clearErrors, formState } =
    useFormContext<TokenFormValues>();
  const { number } = useFormatters();
  // Counted as the schema and the API count, so the counter never says "over" while Next lets it through.
  const used = characterCount(useWatch({ control, name: 'description' }) ?? '');
  const name = useWatch({ control, name: 'name' }) ?? '';
  const { errors } = formState;
  const hiddenKind = hasVisibleCharacter(name) ? hiddenCharacter(name) : null;
  const inherited =
    inheritedName && normalizeName(name) === normalizeName(inheritedName.name) ? inheritedName : null;
  // A hidden character typed or pasted is refused like any other mistake, but it cannot be seen to be deleted:
  // its error, too, comes with the button that takes it out.
  const offerRemove = hiddenKind !== null && (inherited !== null || errors.name !== undefined);
  const hiddenNote = hiddenKind && inherited ? hiddenNoteId : null;
  const describedBy = [hiddenNote, nameNote ? noteId : null].filter(Boolean).join(' ');

  return (
    <div className={styles.fields}>
      {withLogo ? (
        <Controller
          control={control}
          name="logo"
          render={({ field, fieldState }) => (
            <LogoPicker
              value={field.value}
              onChange={(next) => {
                clearErrors('logo');
                field.onChange(next);
              }}
              onReject={(message, previous) => {
                if (previous !== undefined) setValue('logo', previous, { shouldDirty: true });
                setError('logo', { type: 'file', message }, { shouldFocus: false });
              }}
              error={fieldErrorMessage(fieldState.error)}
              inputRef={field.ref}
            />
          )}
        />
      ) : null}
      <TextField
        label={wizardMessages.name.label}
        placeholder={wizardMessages.name.placeholder}
        autoComplete="off"
        // A name in Arabic or Hebrew runs from the right as it is typed, in a page that runs from the left.
        dir="auto"
        // Said to screen readers; on screen, the fields that may stay empty say "Optional". Not the native
        // `required`: the form's own messages, not the browser's, tell what is missing.
        aria-required
        error={fieldErrorMessage(errors.name)}
        className={styles.control}
        aria-describedby={describedBy || undefined}
        {...register('name')}
      />
      {offerRemove ? (
        <div className={styles.hiddenNote}>
          {hiddenNote && inherited ? (
            <p id={hiddenNote} role="status">
              {(inherited.kept ? wizardMessages.name.hiddenKept : wizardMessages.name.hiddenCopied)(
                wizardMessages.name.hiddenKinds[hiddenKind],
              )}
            </p>
          ) : null}
          <Button
            size="sm"
            onClick={() => {
              setValue('name', normalizeName(withoutHiddenCharacters(name)), {
                shouldDirty: true,
                shouldValidate: true,
              });
              // The button goes with the note or the error; the field it changed takes focus.
              setFocus('name');
            }}
          >
            {wizardMessages.name.removeHidden}
          </Button>
        </div>
      ) : null}
      {nameNote === undefined ? null : (
        <p id={noteId} className={styles.nameNote} role="status">
          {nameNote}
        </p>
      )}
      <TextArea
        dir="auto"
        label={wizardMessages.description.label}
        optionalLabel={wizardMessages.optional}
        placeholder={wizardMessages.description.placeholder}
        error={fieldErrorMessage(errors.description)}
        rows={5}
        className={styles.control}
        counter={{
          text: wizardMessages.description.counter(number(used), number(MAX_DESCRIPTION_LENGTH)),
          label: wizardMessages.description.counterLabel(number(used), number(MAX_DESCRIPTION_LENGTH)),
          over: used > MAX_DESCRIPTION_LENGTH,
        }}
        {...register('description')}
      />
    </div>
  );
}

import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { FieldError, FieldLabel, describedBy } from './field-error';
import { VisuallyHidden } from './theme';
import styles from './field.module.css';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'children'> {
  label: ReactNode;
  /** Shown beside the label, e.g. "Optional". */
  optionalLabel?: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  /** Keeps the label for assistive technology only (e.g. a search box with a visible icon). */
  hideLabel?: boolean;
  monospace?: boolean;
  ref?: Ref<HTMLInputElement>;
}

export function TextField({
  label,
  optionalLabel,
  hint,
  error,
  hideLabel = false,
  monospace = false,
  id: idProp,
  className,
  ref,
  'aria-describedby': extraDescribedBy,
  ...inputProps
}: TextFieldProps) {
  const autoId = useId();
  const id = idProp ?? `${autoId}-input`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={[styles.field, className].filter(Boolean).join(' ')}>
      {hideLabel ? (
        <>
          <VisuallyHidden>
            <label htmlFor={id}>{label}</label>
          </VisuallyHidden>
          {hint ? (
            <p id={hintId} className={styles.hint}>
              {hint}
            </p>
          ) : null}
        </>
      ) : (
        <FieldLabel htmlFor={id} label={label} optionalLabel={optionalLabel} hint={hint} hintId={hintId} />
      )}
      <input
        ref={ref}
        id={id}
        className={[styles.control, monospace && styles.mono].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint ? hintId : null, error ? errorId : null, extraDescribedBy)}
        {...inputProps}
      />
      <FieldError id={errorId}>{error}</FieldError>
    </div>
  );
}

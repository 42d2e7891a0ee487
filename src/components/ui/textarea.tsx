import { useId, type ReactNode, type Ref, type TextareaHTMLAttributes } from 'react';
import { FieldError, FieldLabel, describedBy } from './field-error';
import { VisuallyHidden } from './theme';
import styles from './field.module.css';

export interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'children'> {
  label: ReactNode;
  optionalLabel?: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  /**
   * A length counter under the control. `text` is what is seen, `label` what a screen reader hears when
   * focus lands on the control (it is part of the description, not a live region, so typing stays quiet).
   */
  counter?: { text: string; label: string; over?: boolean } | undefined;
  ref?: Ref<HTMLTextAreaElement>;
}

export function TextArea({
  label,
  optionalLabel,
  hint,
  error,
  counter,
  id: idProp,
  className,
  ref,
  'aria-describedby': extraDescribedBy,
  ...textareaProps
}: TextAreaProps) {
  const autoId = useId();
  const id = idProp ?? `${autoId}-textarea`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const counterId = `${id}-counter`;
  return (
    <div className={[styles.field, className].filter(Boolean).join(' ')}>
      <FieldLabel htmlFor={id} label={label} optionalLabel={optionalLabel} hint={hint} hintId={hintId} />
      <textarea
        ref={ref}
        id={id}
        className={`${styles.control} ${styles.textarea}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(
          hint ? hintId : null,
          error ? errorId : null,
          counter ? counterId : null,
          extraDescribedBy,
        )}
        {...textareaProps}
      />
      {error || counter ? (
        <div className={styles.footerRow}>
          <FieldError id={errorId}>{error}</FieldError>
          {counter ? (
            <span
              id={counterId}
              className={[styles.counter, counter.over && styles.counterOver].filter(Boolean).join(' ')}
            >
              <span aria-hidden="true">{counter.text}</span>
              <VisuallyHidden>{counter.label}</VisuallyHidden>
            </span>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

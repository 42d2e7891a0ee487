import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import checkboxStyles from './checkbox.module.css';
import styles from './checkbox-field.module.css';

export interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'children'> {
  label: ReactNode;
  /** A second, quieter line under the label; becomes the checkbox's description. */
  description?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

/**
 * A native checkbox with a visible label and an optional description line, for choice lists in forms
 * (for a bare checkbox in a table cell, see checkbox.tsx).
 */
export function CheckboxField({
  label,
  description,
  id: idProp,
  className,
  ref,
  'aria-describedby': extraDescribedBy,
  ...inputProps
}: CheckboxFieldProps) {
  const autoId = useId();
  const id = idProp ?? `${autoId}-checkbox`;
  const descriptionId = `${id}-description`;
  return (
    <div className={[styles.row, className].filter(Boolean).join(' ')}>
      <input
        ref={ref}
        id={id}
        type="checkbox"
        className={`${checkboxStyles.checkbox} ${styles.input}`}
        aria-describedby={
          [description ? descriptionId : null, extraDescribedBy].filter(Boolean).join(' ') || undefined
        }
        {...inputProps}
      />
      <span className={styles.text}>
        <label htmlFor={id} className={styles.label}>
          {label}
        </label>
        {description ? (
          <span id={descriptionId} className={styles.description}>
            {description}
          </span>
        ) : null}
      </span>
    </div>
  );
}

import type { ReactNode } from 'react';
import { AlertIcon } from './icons/alert';
import styles from './field.module.css';

/**
 * The message under an invalid control. Its id goes into the control's aria-describedby, so a screen reader
 * reads it when focus lands on the control; the icon and colour only repeat what the text says.
 */
export function FieldError({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={id} className={styles.error}>
      <AlertIcon size={14} />
      <span>{children}</span>
    </p>
  );
}

/** Joins the ids that describe a control, skipping the parts that are not shown. */
export function describedBy(...ids: Array<string | false | null | undefined>): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

/** The label (with its "Optional" marker) and the hint above a control, shared by every text control. */
export function FieldLabel({
  htmlFor,
  label,
  optionalLabel,
  hint,
  hintId,
}: {
  htmlFor: string;
  label: ReactNode;
  optionalLabel?: ReactNode;
  hint?: ReactNode;
  hintId: string;
}) {
  return (
    <>
      <div className={styles.labelRow}>
        <label className={styles.label} htmlFor={htmlFor}>
          {label}
        </label>
        {optionalLabel ? <span className={styles.optional}>{optionalLabel}</span> : null}
      </div>
      {hint ? (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      ) : null}
    </>
  );
}

import { useEffect, useRef, type InputHTMLAttributes } from 'react';
import styles from './checkbox.module.css';

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange'> {
  checked: boolean;
  /** Shown as a dash, e.g. "some rows selected"; read by screen readers as "mixed". */
  indeterminate?: boolean;
  onCheckedChange: (checked: boolean) => void;
}

/** A native checkbox (keyboard, forms and ARIA for free) with our look. Name it with aria-label or a <label>. */
export function Checkbox({
  checked,
  indeterminate = false,
  onCheckedChange,
  className,
  ...rest
}: CheckboxProps) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className={[styles.checkbox, className].filter(Boolean).join(' ')}
      checked={checked}
      onChange={(event) => onCheckedChange(event.target.checked)}
      {...rest}
    />
  );
}

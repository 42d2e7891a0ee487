import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import styles from './button.module.css';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger' | 'link';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: 'md' | 'sm';
  icon?: ReactNode;
  /** Shows a spinner and blocks clicks while keeping the button focusable and named. */
  busy?: boolean;
  /**
   * Nothing for it to do now (Next on the last page): said to be unavailable and ignores clicks, but keeps focus,
   * which a `disabled` button would drop to the page's top.
   */
  unavailable?: boolean;
  /** Icon-only buttons must still be named: pass aria-label. */
  iconOnly?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

// Spelt out rather than looked up by name, so a build can put each class's string where it is used.
const variantClass: Record<ButtonVariant, string | undefined> = {
  primary: styles.primary,
  secondary: styles.secondary,
  ghost: styles.ghost,
  danger: styles.danger,
  link: styles.link,
};

export function buttonClassName({
  variant = 'secondary',
  size = 'md',
  iconOnly = false,
  className,
}: Pick<ButtonProps, 'variant' | 'size' | 'iconOnly' | 'className'>) {
  return [
    styles.button,
    variantClass[variant],
    size === 'sm' && styles.sm,
    iconOnly && styles.iconOnly,
    className,
  ]
    .filter(Boolean)
    .join(' ');
}

export function Button({
  variant = 'secondary',
  size = 'md',
  icon,
  busy = false,
  unavailable = false,
  iconOnly = false,
  className,
  children,
  type = 'button',
  onClick,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={buttonClassName({ variant, size, iconOnly, className })}
      aria-busy={busy || undefined}
      aria-disabled={busy || unavailable || undefined}
      onClick={(event) => {
        // A busy or unavailable button swallows clicks (and Enter) instead of being disabled, so focus stays.
        if (busy || unavailable) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
      {...rest}
    >
      {busy ? <span className={styles.spinner} aria-hidden="true" /> : icon}
      {children}
    </button>
  );
}

import * as RadixPopover from '@radix-ui/react-popover';
import type { ReactNode } from 'react';
import { usePortalContainer } from './theme';
import styles from './popover.module.css';

// Focus management, Escape and outside-click dismissal come from Radix; this adds the look and keeps the content
// inside the module's themed root.
export const Popover = RadixPopover.Root;
export const PopoverTrigger = RadixPopover.Trigger;
export const PopoverClose = RadixPopover.Close;

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, a[href], [tabindex="0"]';

export function PopoverContent({
  children,
  label,
  align = 'start',
  className,
}: {
  children: ReactNode;
  /** Accessible name of the popover (it is a dialog to assistive technology). */
  label: string;
  align?: 'start' | 'center' | 'end';
  className?: string;
}) {
  const container = usePortalContainer();
  return (
    <RadixPopover.Portal container={container}>
      <RadixPopover.Content
        className={[styles.content, className].filter(Boolean).join(' ')}
        align={align}
        sideOffset={6}
        collisionPadding={8}
        aria-label={label}
        onOpenAutoFocus={(event) => {
          // Radix focuses the first field. While a part ahead of it is still loading (its placeholder is a status),
          // that field is further down than the first the user will see: the popover itself takes focus instead,
          // and Tab then reaches the fields in their order once they are there.
          const content = event.currentTarget as HTMLElement;
          const loading = content.querySelector('[role="status"]');
          const first = content.querySelector(FOCUSABLE);
          if (loading && first && loading.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING) {
            event.preventDefault();
            content.focus();
          }
        }}
      >
        {children}
      </RadixPopover.Content>
    </RadixPopover.Portal>
  );
}

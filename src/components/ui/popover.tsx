import * as RadixPopover from '@radix-ui/react-popover';
import type { ReactNode } from 'react';
import { usePortalContainer } from './theme';
import styles from './popover.module.css';

// Focus management, Escape and outside-click dismissal come from Radix; this adds the look and keeps the content
// inside the module's themed root.
export const Popover = RadixPopover.Root;
export const PopoverTrigger = RadixPopover.Trigger;
export const PopoverClose = RadixPopover.Close;

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
      >
        {children}
      </RadixPopover.Content>
    </RadixPopover.Portal>
  );
}

import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import {
  createContext,
  useContext,
  useRef,
  type ComponentProps,
  type ReactNode,
  type RefObject,
} from 'react';
import { CheckIcon } from './icons/check';
import { usePortalContainer } from './theme';
import styles from './menu.module.css';

// Radix tells a key from a pointer by listening from the moment the menu mounts, so a menu drawn open by the key
// press that asked for it (its code came with that press, see deferred-overlay.tsx) takes it for a click and
// focuses itself. Told so, it focuses its first item instead, as it does on any later open from the keyboard.
const OpenedByKey = createContext<RefObject<boolean> | null>(null);

// WAI-ARIA menu button pattern (roles, arrow keys, typeahead, focus return) comes from Radix.
export function Menu({
  defaultOpen,
  ...props
}: Omit<ComponentProps<typeof DropdownMenu.Root>, 'defaultOpen'> & { defaultOpen?: boolean | 'keyboard' }) {
  const openedByKey = useRef(defaultOpen === 'keyboard');
  return (
    <OpenedByKey.Provider value={openedByKey}>
      <DropdownMenu.Root defaultOpen={!!defaultOpen} {...props} />
    </OpenedByKey.Provider>
  );
}
export const MenuTrigger = DropdownMenu.Trigger;

export function MenuContent({
  children,
  align = 'end',
  label,
}: {
  children: ReactNode;
  align?: 'start' | 'center' | 'end';
  /** Accessible name of the menu, e.g. "Actions for Robot 1". */
  label?: string;
}) {
  const container = usePortalContainer();
  const openedByKeyRef = useContext(OpenedByKey);
  return (
    <DropdownMenu.Portal container={container}>
      <DropdownMenu.Content
        className={styles.content}
        align={align}
        sideOffset={4}
        collisionPadding={8}
        aria-label={label}
        // Radix focuses the menu itself as it opens; the menu drawn open by a key passes that on to its first item.
        onFocus={(event) => {
          if (event.target !== event.currentTarget || !openedByKeyRef?.current) return;
          // Only the open it was drawn with: Radix has heard every key since.
          openedByKeyRef.current = false;
          event.currentTarget
            .querySelector<HTMLElement>('[role^="menuitem"]:not([data-disabled])')
            ?.focus({ preventScroll: true });
        }}
      >
        {children}
      </DropdownMenu.Content>
    </DropdownMenu.Portal>
  );
}

export function MenuItem({
  children,
  onSelect,
  tone,
  disabled,
  icon,
}: {
  children: ReactNode;
  onSelect: () => void;
  tone?: 'danger';
  disabled?: boolean;
  icon?: ReactNode;
}) {
  return (
    <DropdownMenu.Item
      className={[styles.item, tone === 'danger' && styles.danger].filter(Boolean).join(' ')}
      onSelect={onSelect}
      disabled={disabled}
    >
      {icon}
      {children}
    </DropdownMenu.Item>
  );
}

export function MenuCheckboxItem({
  children,
  checked,
  onCheckedChange,
}: {
  children: ReactNode;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
}) {
  return (
    <DropdownMenu.CheckboxItem
      className={`${styles.item} ${styles.checkItem}`}
      checked={checked}
      onCheckedChange={onCheckedChange}
      // Keep the menu open so several columns can be toggled in one go.
      onSelect={(event) => event.preventDefault()}
    >
      <DropdownMenu.ItemIndicator className={styles.indicator}>
        <CheckIcon size={14} />
      </DropdownMenu.ItemIndicator>
      {children}
    </DropdownMenu.CheckboxItem>
  );
}

export function MenuRadioGroup({
  value,
  onValueChange,
  children,
}: {
  value: string;
  onValueChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <DropdownMenu.RadioGroup value={value} onValueChange={onValueChange}>
      {children}
    </DropdownMenu.RadioGroup>
  );
}

export function MenuRadioItem({ value, children }: { value: string; children: ReactNode }) {
  return (
    <DropdownMenu.RadioItem className={`${styles.item} ${styles.checkItem}`} value={value}>
      <DropdownMenu.ItemIndicator className={styles.indicator}>
        <CheckIcon size={14} />
      </DropdownMenu.ItemIndicator>
      {children}
    </DropdownMenu.RadioItem>
  );
}

export function MenuSeparator() {
  return <DropdownMenu.Separator className={styles.separator} />;
}

export function MenuLabel({ children }: { children: ReactNode }) {
  return <DropdownMenu.Label className={styles.label}>{children}</DropdownMenu.Label>;
}

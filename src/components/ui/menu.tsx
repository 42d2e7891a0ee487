import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import {
  createContext,
  useContext,
  useId,
  useMemo,
  useRef,
  useState,
  type ComponentProps,
  type ReactNode,
  type RefObject,
} from 'react';
import { CheckIcon } from './icons/check';
import { usePortalContainer } from './theme';
import styles from './menu.module.css';

interface MenuState {
  /** True once, for a menu drawn open by a key (see `Menu`). */
  takeOpenedByKey: () => boolean;
  triggerRef: RefObject<HTMLButtonElement | null>;
  modal: boolean;
}
const MenuStateContext = createContext<MenuState | null>(null);

// WAI-ARIA menu button pattern (roles, arrow keys, typeahead, focus return) comes from Radix.
export function Menu({
  defaultOpen,
  modal = true,
  ...props
}: Omit<ComponentProps<typeof DropdownMenu.Root>, 'defaultOpen'> & { defaultOpen?: boolean | 'keyboard' }) {
  // Radix tells a key from a pointer by listening from the moment the menu mounts, so a menu drawn open by the key
  // press that asked for it (its code came with that press, see deferred-overlay.tsx) takes it for a click and
  // focuses itself. Told so, it focuses its first item instead, as it does on any later open from the keyboard;
  // only that first open: Radix has heard every key since.
  const [takeOpenedByKey] = useState(() => {
    let openedByKey = defaultOpen === 'keyboard';
    return () => {
      const was = openedByKey;
      openedByKey = false;
      return was;
    };
  });
  const triggerRef = useRef<HTMLButtonElement>(null);
  const state = useMemo(() => ({ takeOpenedByKey, triggerRef, modal }), [takeOpenedByKey, modal]);
  return (
    <MenuStateContext.Provider value={state}>
      <DropdownMenu.Root defaultOpen={!!defaultOpen} modal={modal} {...props} />
    </MenuStateContext.Provider>
  );
}

export function MenuTrigger(props: ComponentProps<typeof DropdownMenu.Trigger>) {
  return <DropdownMenu.Trigger {...props} ref={useContext(MenuStateContext)?.triggerRef} />;
}

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
  const menu = useContext(MenuStateContext);
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
          if (event.target !== event.currentTarget || !menu?.takeOpenedByKey()) return;
          event.currentTarget
            .querySelector<HTMLElement>('[role^="menuitem"]:not([data-disabled])')
            ?.focus({ preventScroll: true });
        }}
        // Tab leaves the menu as it leaves a native one: on from its button (back, with Shift), where Radix would
        // keep focus in the menu. Focus goes to the button before the browser moves it, and Radix never hears the
        // key (it would cancel the move). Focus leaving a non-modal menu closes it without sending focus back.
        onKeyDownCapture={(event) => {
          const trigger = menu?.triggerRef.current;
          if (event.key !== 'Tab' || event.ctrlKey || event.altKey || event.metaKey || !trigger || menu.modal)
            return;
          event.stopPropagation();
          trigger.focus({ preventScroll: true });
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

/**
 * A group of choices under its heading, which names it: a screen reader says "Sort by" with the first choice it
 * meets, not a bare "API token, radio menu item".
 */
export function MenuGroup({ label, children }: { label: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <>
      <DropdownMenu.Label id={id} className={styles.label}>
        {label}
      </DropdownMenu.Label>
      <DropdownMenu.Group aria-labelledby={id}>{children}</DropdownMenu.Group>
    </>
  );
}

/** One choice of several, under its heading (as `MenuGroup`). */
export function MenuRadioGroup({
  label,
  value,
  onValueChange,
  children,
}: {
  label: ReactNode;
  value: string;
  onValueChange: (value: string) => void;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <>
      <DropdownMenu.Label id={id} className={styles.label}>
        {label}
      </DropdownMenu.Label>
      <DropdownMenu.RadioGroup value={value} onValueChange={onValueChange} aria-labelledby={id}>
        {children}
      </DropdownMenu.RadioGroup>
    </>
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

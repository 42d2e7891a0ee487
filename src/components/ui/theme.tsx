import { createContext, useContext, useState, type ReactNode } from 'react';
import styles from './theme.module.css';

// Radix portals default to document.body, outside our themed root; dialogs, menus and toasts portal into
// this container instead so they keep the module's tokens and never pick up the host's styles.
const PortalContainerContext = createContext<HTMLElement | null>(null);

export function usePortalContainer(): HTMLElement | null {
  return useContext(PortalContainerContext);
}

export type ColorScheme = 'light' | 'dark' | 'system';

export function ThemeRoot({
  children,
  className,
  colorScheme = 'system',
  rootRef,
}: {
  children: ReactNode;
  className?: string;
  colorScheme?: ColorScheme;
  rootRef?: (element: HTMLDivElement | null) => void;
}) {
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  return (
    <div
      ref={rootRef}
      className={[styles.theme, className].filter(Boolean).join(' ')}
      data-api-tokens-admin=""
      data-color-scheme={colorScheme}
    >
      <PortalContainerContext.Provider value={container}>{children}</PortalContainerContext.Provider>
      <div ref={setContainer} data-portal-host="" />
    </div>
  );
}

export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className={styles.visuallyHidden}>{children}</span>;
}

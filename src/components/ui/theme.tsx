import { createContext, useContext, useState, type ReactNode } from 'react';
import styles from './theme.module.css';

// Radix portals default to document.body, outside our themed root; dialogs, menus and toasts portal into
// this container instead so they keep the module's tokens and never pick up the host's styles.
const PortalContainerContext = createContext<HTMLElement | null>(null);

export function usePortalContainer(): HTMLElement | null {
  return useContext(PortalContainerContext);
}

export function ThemeRoot({ children, className }: { children: ReactNode; className?: string }) {
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  return (
    <div className={[styles.theme, className].filter(Boolean).join(' ')} data-api-tokens-admin="">
      <PortalContainerContext.Provider value={container}>{children}</PortalContainerContext.Provider>
      <div ref={setContainer} data-portal-host="" />
    </div>
  );
}

export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className={styles.visuallyHidden}>{children}</span>;
}

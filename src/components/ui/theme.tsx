import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import styles from './theme.module.css';

// Radix portals default to document.body, outside our themed root; dialogs, menus and toasts portal into
// this container instead so they keep the module's tokens and never pick up the host's styles.
const PortalContainerContext = createContext<HTMLElement | null>(null);

export function usePortalContainer(): HTMLElement | null {
  return useContext(PortalContainerContext);
}

export type ColorScheme = 'light' | 'dark' | 'system';

/** The element portals render into, made before the first render (none where there is no document: the shell's build). */
function createPortalContainer(): HTMLDivElement | null {
  if (typeof document === 'undefined') return null;
  const container = document.createElement('div');
  container.setAttribute('data-portal-host', '');
  return container;
}

export function ThemeRoot({
  children,
  className,
  colorScheme = 'system',
  rootRef,
  lang,
}: {
  children: ReactNode;
  className?: string;
  colorScheme?: ColorScheme;
  /** The language of the words inside (dialogs and menus included: they portal into this root). */
  lang?: string;
  rootRef?: (element: HTMLDivElement | null) => void;
}) {
  // Made up front and placed into the page when it commits: the first render already hands it out. Taking it from a
  // ref callback instead set state during the first commit, and the whole page's first render was followed at once
  // by a second, synchronous one, before the browser could paint the first.
  const [container] = useState(createPortalContainer);
  const place = useCallback(
    (slot: HTMLDivElement | null) => {
      if (slot && container && container.parentNode !== slot) slot.appendChild(container);
    },
    [container],
  );
  return (
    <div
      ref={rootRef}
      className={[styles.theme, className].filter(Boolean).join(' ')}
      data-api-tokens-admin=""
      data-color-scheme={colorScheme}
      lang={lang}
    >
      <PortalContainerContext.Provider value={container}>{children}</PortalContainerContext.Provider>
      <div ref={place} data-portal-slot="" />
    </div>
  );
}

export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className={styles.visuallyHidden}>{children}</span>;
}

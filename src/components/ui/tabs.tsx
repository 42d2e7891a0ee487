import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { Link, useNavigate, type To } from 'react-router';
import styles from './tabs.module.css';

export interface LinkTab {
  id: string;
  label: string;
  /** Where the tab leads; resolved like any react-router link, relative to the route that renders the tabs. */
  to: To;
}

export interface LinkTabsProps {
  tabs: readonly LinkTab[];
  /** The tab whose URL is showing; null when none is (the panel then stays unlabelled by a tab). */
  activeId: string | null;
  /** Accessible name of the tab list. */
  label: string;
  /** Passed along on every tab change, e.g. where the Back link should return to. */
  state?: unknown;
  /** The panel of the active tab. */
  children: ReactNode;
}

/**
 * WAI-ARIA tabs whose tabs are links, so every tab has a URL (open in a new browser tab, share, reload,
 * back/forward). Arrow keys, Home and End move between tabs and follow them at once (automatic activation), in one
 * history entry however many tabs they pass; only the active tab is in the Tab order, and the panel after it is
 * focusable.
 */
export function LinkTabs({ tabs, activeId, label, state, children }: LinkTabsProps) {
  const baseId = useId();
  const navigate = useNavigate();
  const refs = useRef(new Map<string, HTMLAnchorElement>());
  const scroller = useRef<HTMLDivElement>(null);
  const tabId = (id: string) => `${baseId}-tab-${id}`;
  const panelId = `${baseId}-panel`;
  const focusable = activeId !== null && tabs.some((t) => t.id === activeId) ? activeId : tabs[0]?.id;

  // On a narrow screen the row scrolls sideways: keep the active tab in sight (only sideways, never the page).
  useEffect(() => {
    const box = scroller.current;
    const tab = activeId ? refs.current.get(activeId) : undefined;
    if (!box || !tab) return;
    const left = tab.offsetLeft;
    if (left < box.scrollLeft) box.scrollLeft = left;
    else if (left + tab.offsetWidth > box.scrollLeft + box.clientWidth)
      box.scrollLeft = left + tab.offsetWidth - box.clientWidth;
  }, [activeId]);

  // The tab the keys last moved to. The keys' first move adds a history entry, and each move after it, from the
  // entry it made, replaces that entry: Back returns to the tab the keys started from, not through every tab they
  // passed. Back or Forward meanwhile lands on another entry, which a move then keeps.
  const keyedTo = useRef<string | null>(null);

  function go(index: number) {
    const tab = tabs[(index + tabs.length) % tabs.length];
    if (!tab) return;
    if (tab.id !== activeId) {
      navigate(tab.to, { state, replace: keyedTo.current === activeId });
      keyedTo.current = tab.id;
    }
    refs.current.get(tab.id)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLAnchorElement>, index: number) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const moves: Record<string, () => void> = {
      ArrowRight: () => go(index + 1),
      ArrowLeft: () => go(index - 1),
      Home: () => go(0),
      End: () => go(tabs.length - 1),
      // Links follow on Enter by themselves; tabs are expected to react to Space as well.
      ' ': () => go(index),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  }

  return (
    <div className={styles.tabs}>
      <div className={styles.scroller} ref={scroller}>
        <div
          role="tablist"
          aria-label={label}
          aria-orientation="horizontal"
          className={styles.list}
          // Once focus has left the tabs, the keys' next move is a choice of its own again.
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget)) keyedTo.current = null;
          }}
        >
          {tabs.map((tab, index) => {
            const selected = tab.id === activeId;
            return (
              <Link
                key={tab.id}
                ref={(node) => {
                  if (node) refs.current.set(tab.id, node);
                  else refs.current.delete(tab.id);
                }}
                id={tabId(tab.id)}
                to={tab.to}
                state={state}
                // The active tab's link would only push a duplicate history entry.
                replace={selected}
                role="tab"
                aria-selected={selected}
                aria-controls={selected ? panelId : undefined}
                tabIndex={tab.id === focusable ? 0 : -1}
                className={styles.tab}
                onKeyDown={(event) => onKeyDown(event, index)}
              >
                {/* Holds the width of its bold (selected) form, so choosing a tab moves none of the others. */}
                <span className={styles.label} data-label={tab.label}>
                  {tab.label}
                </span>
              </Link>
            );
          })}
        </div>
      </div>
      <div
        role="tabpanel"
        id={panelId}
        aria-labelledby={activeId ? tabId(activeId) : undefined}
        tabIndex={0}
        className={styles.panel}
      >
        {children}
      </div>
    </div>
  );
}

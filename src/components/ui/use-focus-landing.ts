import { useCallback } from 'react';

/**
 * Marks where focus lands when a control inside goes away while it has focus: spread on an element that outlives
 * what it holds (a card, a list's value). Focusable by script only.
 */
export const focusLanding = { 'data-focus-landing': '', tabIndex: -1 } as const;

const LANDING_TARGET = '[data-focus-landing-target]';

/** Focuses what in `container` is marked `data-focus-landing-target` (the grid's table), else `fallback`. */
export function landIn(container: Element | null | undefined, fallback: HTMLElement | null | undefined) {
  (container?.querySelector<HTMLElement>(LANDING_TARGET) ?? fallback)?.focus({ preventScroll: true });
}

/** The heading of the page the module around `element` shows. */
export function pageHeading(element: Element | null | undefined): HTMLElement | null | undefined {
  return element?.closest('[data-api-tokens-admin]')?.querySelector<HTMLElement>('h1[tabindex]');
}

/**
 * For something that disappears once its job is done while the user is on it: a failure's Retry, whose panel gives
 * way to what the retry brought back. The browser drops focus to the page's top when a focused element is removed,
 * so the next Tab starts from "Skip to content". This hands it to the closest `focusLanding` around instead, or to
 * the element there marked `data-focus-landing-target` (the grid's table, which takes the failure's place). Focus
 * that something else took meanwhile (a page's heading on arrival, a dialog) is left alone.
 */
export function useFocusLanding(): (element: HTMLElement | null) => (() => void) | undefined {
  return useCallback((element: HTMLElement | null) => {
    if (!element) return undefined;
    // A ref's cleanup runs while the element is still on the page, so it can still tell whether it holds focus.
    return () => {
      if (!element.contains(element.ownerDocument.activeElement)) return;
      const landing = element.parentElement?.closest<HTMLElement>('[data-focus-landing]');
      if (!landing) return;
      // After the commit: what replaces the element (and its own focus handling) is on the page by then.
      window.setTimeout(() => {
        const current = element.ownerDocument.activeElement;
        // Focus on the page's body, or on a dialog around the landing (where a focus trap puts what fell out of it),
        // is focus that nothing took.
        if (current && !current.contains(landing)) return;
        if (landing.isConnected) landIn(landing, landing);
      }, 0);
    };
  }, []);
}

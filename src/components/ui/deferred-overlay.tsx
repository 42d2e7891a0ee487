import {
  cloneElement,
  Suspense,
  useRef,
  useLayoutEffect,
  useState,
  useSyncExternalStore,
  type ComponentType,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactElement,
} from 'react';
import type { Deferred } from '../../lib/deferred';

/** What a menu or popover that loads on demand takes: the button that opens it, and whether it starts open. */
export interface OverlayTriggerProps {
  /** The button that opens the overlay, rendered as is until the overlay's code is in. */
  trigger: ReactElement<{ onClick?: (event: MouseEvent) => void }>;
  /** Starts open; `'keyboard'` when a key opened it, so a menu can focus its first item as its trigger would. */
  defaultOpen?: boolean | 'keyboard';
}

/**
 * A menu or popover whose code loads after the first paint. Until it is in, its trigger button is drawn on its
 * own: the page looks the same and the button works — a click starts the load and the overlay opens as soon as it
 * arrives, so nothing the user did is lost. Once the code is in, the real overlay takes the stand-in's place.
 */
export function deferredOverlay<P extends OverlayTriggerProps>(
  overlay: Deferred<P>,
  popup: 'menu' | 'dialog',
  options: {
    /**
     * Keep the stand-in until the first click even once the code is in. For overlays repeated on every row, where
     * mounting a menu per row would cost each page render more than the menu is worth until someone opens one.
     */
    mountOnOpen?: boolean;
  } = {},
): ComponentType<Omit<P, 'defaultOpen'>> {
  function DeferredOverlay(props: Omit<P, 'defaultOpen'>) {
    const [openOnLoad, setOpenOnLoad] = useState<boolean | 'keyboard'>(false);
    const [focused, setFocused] = useState(false);
    const triggerRef = useRef<HTMLElement>(null);
    // Both the stand-in and the overlay's own trigger are this element, so the ref follows whichever is drawn.
    const trigger = cloneElement(props.trigger, { ref: triggerRef } as Partial<typeof props.trigger.props>);
    const fallback = cloneElement(trigger, {
      'aria-haspopup': popup,
      'aria-expanded': false,
      // A click that Enter or Space made counts no presses (`detail` 0): a menu is then told a key opened it, as it
      // would be by its own trigger (a menu mounted open cannot tell, and would focus itself, not its first item).
      // ArrowDown opens a menu too, as its own trigger does, by such a click.
      onClick: (event: MouseEvent) => {
        setOpenOnLoad(popup === 'menu' && !event.detail ? 'keyboard' : true);
        overlay.preload().catch(() => undefined);
      },
      onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
        if (popup === 'menu' && event.key === 'ArrowDown') {
          event.preventDefault();
          event.currentTarget.click();
        }
      },
      onFocus: () => setFocused(true),
      // A stand-in removed while focused may report a blur on its way out; that is not the user leaving it.
      onBlur: (event: FocusEvent<HTMLElement>) => {
        if (event.currentTarget.isConnected) setFocused(false);
      },
    } as Partial<typeof props.trigger.props>);
    // Until the code is in (the page preloads it after the first rows) or the user asks for it, the stand-in is
    // all there is: rendering the lazy component would start the download during the first paint. The page's
    // shell, rendered at build time, always has the stand-in.
    const loaded = useSyncExternalStore(
      overlay.subscribe,
      () => overlay.loaded,
      () => false,
    );
    const swapped = openOnLoad || (loaded && !options.mountOnOpen);

    // The overlay draws its own trigger in place of the stand-in. If the stand-in had focus (a keyboard user got
    // there first), focus moves to its replacement instead of falling back to the page.
    useLayoutEffect(() => {
      const active = document.activeElement;
      if (swapped && focused && (!active || active === document.body)) triggerRef.current?.focus();
    }, [swapped, focused]);

    if (!swapped) return fallback;
    const Overlay = overlay.Component as unknown as ComponentType<OverlayTriggerProps>;
    return (
      <Suspense fallback={fallback}>
        <Overlay {...props} trigger={trigger} defaultOpen={openOnLoad} />
      </Suspense>
    );
  }
  return DeferredOverlay;
}

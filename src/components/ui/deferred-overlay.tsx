import {
  cloneElement,
  Suspense,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentType,
  type FocusEvent,
  type ReactElement,
  type RefObject,
} from 'react';
import type { Deferred } from '../../lib/deferred';

/** What a menu or popover that loads on demand takes: the button that opens it, and whether it starts open. */
export interface OverlayTriggerProps {
  /** The button that opens the overlay, rendered as is until the overlay's code is in. */
  trigger: ReactElement<{ onClick?: () => void }>;
  defaultOpen?: boolean;
}

const TRIGGER_ATTRIBUTE = 'data-overlay-trigger';

/**
 * The loaded overlay draws its own trigger in place of the stand-in. If the stand-in had focus (a keyboard user
 * got there first), focus moves to its replacement instead of falling back to the page.
 */
function CarryFocus({ id, focused }: { id: string; focused: RefObject<boolean> }) {
  useLayoutEffect(() => {
    if (!focused.current) return;
    focused.current = false;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    for (const element of document.querySelectorAll<HTMLElement>(`[${TRIGGER_ATTRIBUTE}]`)) {
      if (element.getAttribute(TRIGGER_ATTRIBUTE) === id) element.focus();
    }
  }, [id, focused]);
  return null;
}

/**
 * A menu or popover whose code loads after the first paint. Until it is in, its trigger button is drawn on its
 * own: the page looks the same and the button works — a click starts the load and the overlay opens as soon as it
 * arrives, so nothing the user did is lost.
 */
export function deferredOverlay<P extends OverlayTriggerProps>(
  overlay: Deferred<P>,
  popup: 'menu' | 'dialog',
): ComponentType<Omit<P, 'defaultOpen'>> {
  function DeferredOverlay(props: Omit<P, 'defaultOpen'>) {
    const [openOnLoad, setOpenOnLoad] = useState(false);
    const id = useId();
    const focused = useRef(false);
    const trigger = cloneElement(props.trigger, { [TRIGGER_ATTRIBUTE]: id } as Partial<
      typeof props.trigger.props
    >);
    const fallback = cloneElement(trigger, {
      'aria-haspopup': popup,
      'aria-expanded': false,
      onClick: () => {
        setOpenOnLoad(true);
        overlay.preload().catch(() => undefined);
      },
      onFocus: () => {
        focused.current = true;
      },
      // A stand-in removed while focused may report a blur on its way out; that is not the user leaving it.
      onBlur: (event: FocusEvent<HTMLElement>) => {
        if (event.currentTarget.isConnected) focused.current = false;
      },
    } as Partial<typeof props.trigger.props>);
    const Overlay = overlay.Component as unknown as ComponentType<OverlayTriggerProps>;
    return (
      <Suspense fallback={fallback}>
        <Overlay {...props} trigger={trigger} defaultOpen={openOnLoad} />
        <CarryFocus id={id} focused={focused} />
      </Suspense>
    );
  }
  return DeferredOverlay;
}

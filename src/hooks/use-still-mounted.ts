import { useCallback, useEffect, useRef } from 'react';

/**
 * Whether the component is still on screen, asked after an await: an action whose dialog went with the module
 * (Back, the portal navigating) has its outcome told another way, by a notification, and sets no state.
 */
export function useStillMounted(): () => boolean {
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return useCallback(() => mounted.current, []);
}

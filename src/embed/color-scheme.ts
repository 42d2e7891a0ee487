import { useEffect, useState } from 'react';
import type { ColorScheme } from '../components/ui/theme';
import { afterNextPaint } from '../lib/deferred';

/** What the host's page declares with CSS `color-scheme` where the module is mounted; light when it declares none. */
function hostColorScheme(mount: Element): ColorScheme {
  const declared = getComputedStyle(mount).colorScheme;
  if (!declared.includes('dark')) return 'light';
  return declared.includes('light') ? 'system' : 'dark';
}

/**
 * The scheme from the config, or else the host's. The first render takes what the page declares on <body> (where
 * hosts declare it, or on <html>, which <body> follows), read before any of the module is in the document, where
 * the read costs next to nothing. Once the module has been painted, the element it is mounted in is asked (a host
 * may declare a scheme for that part of its page alone), and again whenever the host switches. That second read
 * waits for the paint: any sooner, it would make the browser work out the styles of every new row on the spot,
 * before the rows could be drawn (25–30 ms of a portal's route change).
 */
export function useColorScheme(chosen: ColorScheme | undefined) {
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const [fromHost, setFromHost] = useState<ColorScheme>(() =>
    chosen || typeof document === 'undefined' || !document.body ? 'light' : hostColorScheme(document.body),
  );
  useEffect(() => {
    const mount = root?.parentElement;
    if (chosen || !mount) return;
    const update = () => setFromHost(hostColorScheme(mount));
    const cancel = afterNextPaint(update);
    // Hosts switch themes with a class or attribute on <html> or <body>; that is all there is to watch.
    const observer = new MutationObserver(update);
    for (const element of [document.documentElement, document.body])
      observer.observe(element, { attributes: true });
    return () => {
      cancel();
      observer.disconnect();
    };
  }, [chosen, root]);
  return { colorScheme: chosen ?? fromHost, rootRef: setRoot };
}

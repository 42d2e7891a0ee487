import { useLayoutEffect, useState } from 'react';
import type { ColorScheme } from '../components/ui/theme';

/** What the host's page declares with CSS `color-scheme` where the module is mounted; light when it declares none. */
function hostColorScheme(mount: Element): ColorScheme {
  const declared = getComputedStyle(mount).colorScheme;
  if (!declared.includes('dark')) return 'light';
  return declared.includes('light') ? 'system' : 'dark';
}

/** The scheme from the config, or else the host's, read before the first paint and again when the host switches. */
export function useColorScheme(chosen: ColorScheme | undefined) {
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const [fromHost, setFromHost] = useState<ColorScheme>('light');
  useLayoutEffect(() => {
    const mount = root?.parentElement;
    if (chosen || !mount) return;
    const update = () => setFromHost(hostColorScheme(mount));
    update();
    // Hosts switch themes with a class or attribute on <html> or <body>; that is all there is to watch.
    const observer = new MutationObserver(update);
    for (const element of [document.documentElement, document.body])
      observer.observe(element, { attributes: true });
    return () => observer.disconnect();
  }, [chosen, root]);
  return { colorScheme: chosen ?? fromHost, rootRef: setRoot };
}

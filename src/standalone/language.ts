// Loaded before the first render only for a page in a language other than English (src/main.tsx).
import { switchLanguage } from '../embed/language';

/** The module's catalogues and the shell's own, for `locale`'s language. */
export function speak(locale: string): Promise<void> | undefined {
  return switchLanguage(locale, {
    de: () => import('./messages/de').then((de) => de.catalogue),
    'en-xa': () =>
      import('../embed/catalogues').then((catalogues) =>
        catalogues.pseudo(import('./messages/de').then((de) => de.catalogue)),
      ),
  });
}

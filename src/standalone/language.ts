// Loaded before the first render only for a page in a language other than English (src/main.tsx).
import { switchLanguage } from '../embed/language';
import { pageLanguage } from '../lib/language';

/** The module's catalogues and the shell's own, for `locale`'s language; the document then says which it speaks. */
export async function speak(locale: string): Promise<void> {
  await switchLanguage(locale, {
    de: () => import('./messages/de').then((de) => de.catalogue),
    'en-xa': () =>
      import('../embed/catalogues').then((catalogues) =>
        catalogues.pseudo(import('./messages/de').then((de) => de.catalogue)),
      ),
  });
  // The standalone page is the module's own, so its whole document speaks the module's language (a catalogue that
  // failed to load leaves the words, and this, English).
  document.documentElement.lang = pageLanguage.tag;
}

import { languageOf } from '../lib/language';
import type { Catalogues } from './catalogues';

let applied = 'en';
let pending: { language: string; done: Promise<void> } | undefined;

/**
 * Makes the page speak `locale`'s language (with `more`, the host's own words, e.g. the standalone shell's):
 * `undefined` when it already does, else a promise that settles once the catalogues are in. A catalogue that
 * fails to load leaves the text as it was and is not asked for again. One language per page: two modules on one
 * page share it. Everything but this check loads only when the language changes (./catalogues.ts).
 */
export function switchLanguage(locale: string, more?: Catalogues): Promise<void> | undefined {
  const language = languageOf(locale);
  if (pending?.language === language) return pending.done;
  if (language === applied) return;
  const done = import('./catalogues')
    .then((catalogues) => catalogues.apply(language, more))
    .catch(() => {})
    .finally(() => {
      applied = language;
      pending = undefined;
    });
  pending = { language, done };
  return done;
}

// Helpers for tests of the page's language. tests/setup.ts puts English back after every test.
import { mockBackend } from '../../mocks/node';
import { catalogue as moduleGerman } from '../../src/features/api-tokens/messages/de';
import { switchLanguage } from '../../src/embed/language';

/** Makes the page speak `locale`'s language, as the package entry and the standalone app do before rendering. */
export async function speak(locale: string) {
  await switchLanguage(locale);
}

const words = (text: string) => text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];

/** The text of a function entry: its string and template literals, without the expressions in them. */
function literals(source: string): string {
  let text = source;
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(/\$\{[^{}]*\}/g, ' ');
  }
  return (text.match(/`[^`]*`|'[^']*'|"[^"]*"/g) ?? []).join(' ');
}

/** The words of every string and function (the words of its literals) of a message object. */
function wordsOf(value: unknown, into: Set<string>) {
  if (typeof value === 'string') for (const w of words(value)) into.add(w);
  else if (typeof value === 'function') for (const w of words(literals(String(value)))) into.add(w);
  else if (typeof value === 'object' && value !== null)
    for (const v of Object.values(value)) wordsOf(v, into);
}

/**
 * Words German uses as they are in English: product terms, file types, loanwords, and German words that look
 * English ("was", "hand", "still"). Listed by hand, not read from the German catalogue, so a string left in
 * English there is still caught.
 */
const SHARED_WORDS = new Set(
  (
    'agent api csv details dialog export filter hand hygiene integration jpg json link logo manager marketplace ' +
    'module name optional png server status still text tkn token tokens trace user usr was'
  ).split(' '),
);

/** Words the English text uses that German does not ("created", "never", "rows"…). Read when this file is
 * imported, while the message objects are English. */
export const ENGLISH_ONLY_WORDS: ReadonlySet<string> = (() => {
  const english = new Set<string>();
  for (const [en] of moduleGerman) wordsOf(en, english);
  return new Set([...english].filter((w) => !SHARED_WORDS.has(w)));
})();

/** Everything a user can see or hear in `root`: its text and the names, hints and placeholders it carries. */
export function readableText(root: HTMLElement): string {
  const attributes = ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext', 'aria-roledescription'];
  const parts = [root.textContent ?? ''];
  for (const element of [root, ...root.querySelectorAll('*')])
    for (const name of attributes) parts.push(element.getAttribute(name) ?? '');
  return parts.join('\n');
}

/** What the data says in its own words (names, descriptions, people), which no catalogue translates. */
function dataTexts(): string[] {
  const texts: string[] = [];
  for (const token of mockBackend.db.listTokens()) {
    texts.push(token.name ?? '', token.description ?? '');
    texts.push(token.audit.created.by?.name ?? '', token.audit.updated?.by?.name ?? '');
  }
  for (const module of mockBackend.db.listModules()) texts.push(module.name ?? '', module.description ?? '');
  return texts.filter((t) => t.length > 0).sort((a, b) => b.length - a.length);
}

/** The English words left in `root` once the data's own text is taken out. */
export function englishWordsIn(root: HTMLElement, extraData: readonly string[] = []): string[] {
  let text = readableText(root);
  for (const data of [...extraData, ...dataTexts()]) text = text.split(data).join(' ');
  return [...new Set(words(text).filter((w) => ENGLISH_ONLY_WORDS.has(w)))];
}

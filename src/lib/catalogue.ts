// Applying a language's catalogue to the English message objects. Loaded only when a page needs a language
// other than English (or goes back to it), never with the first paint.

type Node = Record<string, unknown>;

/** An English message object and the same object in another language (src/lib/catalogue-types.ts). */
export type CataloguePair = readonly [english: object, translated: object];

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;

/** Every message object changed so far, with its English entries, so English can always be put back. */
const english = new Map<Node, Node>();

function remember(target: Node) {
  if (english.has(target)) return;
  english.set(target, { ...target });
  for (const value of Object.values(target)) if (isNode(value)) remember(value);
}

function assign(target: Node, translated: Node) {
  for (const [key, value] of Object.entries(translated)) {
    const current = target[key];
    if (isNode(value) && isNode(current)) assign(current, value);
    else target[key] = value;
  }
}

/**
 * Puts English back into every message object changed before, then writes the given translations into theirs
 * in place (nested objects keep their identity, so code holding `messages.grid.column` sees the new words).
 * With no pairs, the page is English again.
 */
export function applyCatalogue(pairs: readonly CataloguePair[]) {
  for (const [target, entries] of english) Object.assign(target, entries);
  for (const [target, translated] of pairs) {
    remember(target as Node);
    assign(target as Node, translated as Node);
  }
}

/** A deep copy of `target` as it reads in English, whichever language the page is in now. */
export function inEnglish(target: object): Node {
  const entries = english.get(target as Node) ?? (target as Node);
  const copy: Node = {};
  for (const [key, value] of Object.entries(entries)) copy[key] = isNode(value) ? inEnglish(value) : value;
  return copy;
}

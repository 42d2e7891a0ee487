// Explicit direction controls: embeddings, overrides, isolates and marks (Unicode bidirectional algorithm).
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * User text placed inside a sentence, e.g. a token name in "“name” (TKN-…) will be deleted". A right-to-left
 * override in the name would otherwise run on past it and show the ID and the rest of the sentence reversed.
 * Wrapped in first-strong isolate … pop directional isolate only when it holds such a control, so ordinary
 * names (including right-to-left ones) stay exactly as typed.
 */
export function isolateBidi(text: string): string {
  return BIDI_CONTROLS.test(text) ? `\u2068${text}\u2069` : text;
}

import { isolateBidi } from './bidi';
import { shortenTo } from './shorten';

/** The most of a token's name a sentence or a dialog's subtitle shows (names may be 255 characters long). */
export const NAME_IN_TEXT_MAX = 80;

/**
 * A token's name as a sentence or a subtitle shows it: cut with an ellipsis past NAME_IN_TEXT_MAX characters, so a
 * long name does not make a notification or a confirmation many lines tall (the ID beside it, or the action just
 * taken, tells which token it is; the token's page and the grid's link carry the whole name), and isolated when it
 * holds direction controls (`isolateBidi`). Cut first, then isolated: an isolate closes any embedding the cut left
 * open.
 */
export function nameInText(name: string): string {
  return isolateBidi(shortenTo(name, NAME_IN_TEXT_MAX));
}

import type { Formatters } from '../../../../lib/format';
import { gridMessages } from '../../messages/grid';

/** "Idle" means used, but not in this many days. */
export const IDLE_DAYS = 90;

/**
 * The counters' labels, each the name of the filter it applies, in the strip's order (the placeholder draws them in
 * this order, its dots' tones by their place). They are in the first paint's code: the placeholder draws them
 * before the strip's code is in, so a label that takes two lines in the strip takes them there already and nothing
 * below moves when the counts arrive.
 */
export const hygieneLabels = (number: Formatters['number']) => ({
  active: gridMessages.statusActive,
  disabled: gridMessages.statusDisabled,
  neverUsed: gridMessages.table.neverUsed,
  idle: gridMessages.idle(number(IDLE_DAYS)),
});

// Wording of the token actions: confirmations, progress, results (docs/product-rules.md, 'Token states and
// actions').
// Counts arrive already formatted for the user's locale (`countText`); `count` only picks the plural.
import { nameInText } from '../../../lib/name-in-text';

type StateAction = 'enable' | 'disable' | 'delete';

const tokens = (count: number, countText: string) => `${countText} ${count === 1 ? 'token' : 'tokens'}`;
const quoted = (name: string) => `“${nameInText(name)}”`;

/** Past tense per action, as in "3 tokens disabled". */
const done: Record<StateAction, string> = { enable: 'enabled', disable: 'disabled', delete: 'deleted' };
/** Infinitive per action, as in "could not be disabled". */
const verb: Record<StateAction, string> = { enable: 'enable', disable: 'disable', delete: 'delete' };

export const actionMessages = {
  unnamed: 'Unnamed token',
  cancel: 'Cancel',
  close: 'Close',

  /** A token's menu (the grid's row menu and the detail page's More actions). */
  menu: {
    edit: 'Edit',
    duplicate: 'Duplicate',
    rotate: 'Rotate…',
    enable: 'Enable',
    disable: 'Disable',
    delete: 'Delete',
  },

  edit: {
    unavailableTitle: 'Edit API token',
    unavailable: 'The edit dialog could not be loaded',
  },
  rotate: {
    unavailableTitle: 'Rotate API token',
    unavailable: 'The Rotate dialog could not be loaded',
  },

  single: {
    title: {
      enable: 'Enable API token?',
      disable: 'Disable API token?',
      delete: 'Delete API token?',
    } satisfies Record<StateAction, string>,
    /** Names the token, then the consequence. */
    description: {
      enable: (name: string, id: string) =>
        `${quoted(name)} (${id}) will be enabled. Integrations using it can call the API again.`,
      disable: (name: string, id: string) =>
        `${quoted(name)} (${id}) will be disabled. Integrations using it get errors until it is enabled again.`,
      delete: (name: string, id: string) =>
        `${quoted(name)} (${id}) will be deleted permanently. Integrations using it stop working. This cannot be undone: the token cannot be restored or reused.`,
    } satisfies Record<StateAction, (name: string, id: string) => string>,
    confirm: {
      enable: 'Enable token',
      disable: 'Disable token',
      delete: 'Delete token',
    } satisfies Record<StateAction, string>,
    tryAgain: 'Try again',
    success: (action: StateAction, name: string) => `API token ${quoted(name)} ${done[action]}.`,
    failed: (action: StateAction, name: string) => `Could not ${verb[action]} ${quoted(name)}`,
    /** No answer in time: the change may or may not have happened; the token is being read again. */
    unknownOutcome: (action: StateAction, name: string) =>
      `No answer: it is not known whether ${quoted(name)} was ${done[action]}. Its current state is shown.`,
    /** No answer came, but the token read again since shows the action done. */
    tookEffect: (action: StateAction, name: string) =>
      `No answer came, but reading the token again shows it: ${quoted(name)} was ${done[action]}.`,
    /** The module was left while the request ran (Back, the portal navigating), and it failed: a notification. */
    failedAfterLeaving: (action: StateAction, name: string, reason: string) =>
      `${quoted(name)} was not ${done[action]}. ${reason}`,
    /** As above, and no answer came. */
    unknownAfterLeaving: (action: StateAction, name: string) =>
      `No answer: it is not known whether ${quoted(name)} was ${done[action]}. Its page shows its current state.`,
    /** The user cancelled while the request ran. */
    cancelled: (action: StateAction, name: string) =>
      `Stopped waiting to ${verb[action]} ${quoted(name)}. The server may have done it anyway: its current state is shown.`,
    /** When a screen offers an action the token's current status does not allow. */
    notApplicable: {
      enable: (name: string) => `${quoted(name)} is already active.`,
      disable: (name: string) => `${quoted(name)} is already disabled.`,
      delete: (name: string) => `${quoted(name)} cannot be deleted.`,
    } satisfies Record<StateAction, (name: string) => string>,
  },

  bulk: {
    /** Why a token is listed after the user stopped a run. */
    stopped: 'Stopped before the server answered. The list shows its current state.',
    /** Why a token is listed when no answer came for it (`writeOutcomeUnknown`). */
    noAnswer: 'No answer: it is not known whether this token was changed. The list shows its current state.',
    title: {
      enable: (count: number, countText: string) => `Enable ${tokens(count, countText)}?`,
      disable: (count: number, countText: string) => `Disable ${tokens(count, countText)}?`,
      delete: (count: number, countText: string) => `Delete ${tokens(count, countText)}?`,
    } satisfies Record<StateAction, (count: number, countText: string) => string>,
    /** How many of the selection the action applies to; the rest are left as they are. */
    scope: {
      enable: (count: number, countText: string, selectedText: string, all: boolean) =>
        all
          ? `All ${selectedText} selected tokens are disabled and will be enabled.`
          : `${countText} of the ${selectedText} selected tokens ${count === 1 ? 'is' : 'are'} disabled and will be enabled. The others are already active.`,
      disable: (count: number, countText: string, selectedText: string, all: boolean) =>
        all
          ? `All ${selectedText} selected tokens are active and will be disabled.`
          : `${countText} of the ${selectedText} selected tokens ${count === 1 ? 'is' : 'are'} active and will be disabled. The others are already disabled.`,
      delete: (_count: number, _countText: string, selectedText: string) =>
        `All ${selectedText} selected tokens will be deleted.`,
    } satisfies Record<
      StateAction,
      (count: number, countText: string, selectedText: string, all: boolean) => string
    >,
    consequence: {
      enable: 'Integrations using them can call the API again.',
      disable: 'Integrations using them get errors until the tokens are enabled again.',
      delete:
        'Deletion is permanent: integrations using them stop working, and the tokens cannot be restored or reused.',
    } satisfies Record<StateAction, string>,
    listLabel: 'Tokens this applies to',
    lastUsed: (when: string) => `Last used ${when}`,
    neverUsed: 'Never used',
    /** Deleting tokens that are still active: they may be in use right now. */
    stillActive: (count: number, countText: string) =>
      count === 1
        ? '1 of these tokens is still active. Integrations using it stop working at once.'
        : `${countText} of these tokens are still active. Integrations using them stop working at once.`,
    confirm: {
      enable: (count: number, countText: string) => `Enable ${tokens(count, countText)}`,
      disable: (count: number, countText: string) => `Disable ${tokens(count, countText)}`,
      delete: (count: number, countText: string) => `Delete ${tokens(count, countText)}`,
    } satisfies Record<StateAction, (count: number, countText: string) => string>,
    progress: (doneText: string, totalText: string) => `${doneText} of ${totalText} done…`,
    success: (action: StateAction, count: number, countText: string) =>
      `${tokens(count, countText)} ${done[action]}`,
    /** Nothing in the selection can take the action (e.g. Enable on only active tokens). */
    nothingToDo: {
      enable: 'None of the selected tokens is disabled, so there is nothing to enable.',
      disable: 'None of the selected tokens is active, so there is nothing to disable.',
      delete: 'No tokens are selected.',
    } satisfies Record<StateAction, string>,
    resultTitle: (action: StateAction, failed: number, failedText: string) =>
      `${tokens(failed, failedText)} could not be ${done[action]}`,
    resultSummary: (action: StateAction, succeeded: number, succeededText: string) =>
      succeeded === 0
        ? `No tokens were ${done[action]}.`
        : `${tokens(succeeded, succeededText)} ${done[action]}.`,
    resultHint: 'The tokens below are unchanged. You can try them again or close this dialog.',
    /** Every failure below had no answer: the tokens may have been changed all the same. */
    resultTitleUnknown: (count: number, countText: string) => `No answer for ${tokens(count, countText)}`,
    resultHintUnknown: (action: StateAction) =>
      `No answer came for the tokens below, and reading them again has not shown them ${done[action]}, so it is not known whether they were. Their current state is shown behind this dialog.`,
    /** No answer came for these tokens, but each, read again since, shows the action done: they are not retried. */
    doneOnReading: (action: StateAction, count: number, countText: string) =>
      count === 1
        ? `No answer came for 1 token, but reading it again shows it was ${done[action]}.`
        : `No answer came for ${countText} tokens, but reading them again shows they were ${done[action]}.`,
    /** When no failure below is one a second try could help (no permission, a token gone). */
    resultHintNoRetry: 'The tokens below are unchanged; trying again would not help.',
    retryFailed: (count: number, countText: string) => `Retry ${tokens(count, countText)}`,
    failuresLabel: 'Tokens that failed',
    /** A run that ended with failures after the module was left: the result dialog's title, as a notification. */
    failedAfterLeaving: (title: string) => `${title}. The list of API tokens shows their current state.`,
    /** What a screen reader hears when a run ends with the dialog still open: its new title, then its description. */
    resultAnnounced: (title: string, description: string) => `${title}. ${description}`,
  },
} as const;

// Text of the Rotate dialog (docs/product-rules.md, 'Rotate a token').
import { nameInText } from '../../../lib/name-in-text';

const quoted = (name: string) => `“${nameInText(name)}”`;

export const rotateMessages = {
  title: 'Rotate API token',
  loading: 'Loading the API token to rotate…',
  slow: 'Loading the API token to rotate is taking longer than usual. You can keep waiting, or close and try again later.',
  loadFailed: 'Could not load the API token to rotate',
  steps: {
    explain: 'New token',
    secret: 'Copy the new token',
    retire: 'Retire the old token',
  },

  /** The first line of the new token's description; the old token's page finds its replacement by it. */
  replacesLine: (oldId: string) => `Replaces ${oldId}`,

  explain: {
    intro: (name: string, id: string) =>
      `A new API token is created with the same name, description and logo as ${quoted(name)} (${id}), and with those of its modules that this account still offers.`,
    oldKeepsWorking:
      'The old token keeps working until you retire it, so you can switch your integrations over without downtime.',
    editHint: 'You can change the name and the description of the new token here.',
    create: 'Create new token',
    creating: 'Creating the new API token…',
    logoCopyFailed: 'The logo of the old token could not be copied; the new token is created without a logo.',
    /** Where the list of modules left out will be, while the account's module list has not answered yet. */
    checkingModules: 'Checking which modules of the old token can be carried over…',
    /** The check has taken longer than usual: Create goes ahead without it. */
    checkingModulesSlow:
      'Checking which modules of the old token this account still offers is taking longer than usual. You can create the new token without waiting: if the account no longer offers one of its modules, the API refuses it and this step says which.',
    /** The check's last try failed: Create goes ahead without it. */
    modulesCheckFailed: (reason: string) =>
      `Could not check which modules of the old token this account still offers. ${reason} You can create the new token all the same: if the account no longer offers one of its modules, the API refuses it and this step says which.`,
    /** Leads the list of the old token's modules the new token is created without. */
    modulesLeftOut: 'Not carried over: these modules of the old token are not available to this account.',
    restCarriedOver:
      'The new token is created without them. The name, the description, the logo and the other modules are carried over.',
    /** Every module of the old token is left out: a token needs at least one, so Rotate cannot create it. */
    noModuleLeft:
      'None of the old token’s modules is available to this account, and a token needs at least one, so no new token can be created here. Add a new token with the modules it needs instead.',
  },
  createFailed: 'Could not create the new API token',
  /** A 400 on `modules`: the API refused a module the new token was to have. */
  createModulesRefused: 'The API refused a module of the new token',
  /** In place of the API's reason where it names, by its ID, a module of the old token. */
  moduleRefused: (name: string, id: string) =>
    `The module ${quoted(name)} (${id}) is not available to this account.`,
  createModulesRefusedState: (oldId: string) =>
    `No new token was created. ${oldId} is unchanged and keeps working. A module of the old token that is no longer available to this account cannot be carried over: remove it from the old token with Edit, or add a new token with the modules it needs.`,
  /** No answer came (`writeOutcomeUnknown`): the new token may exist. */
  createUnknown: 'No answer: it is not known whether the new API token was created',
  /** What is known after a failed create. */
  createFailedState: (oldId: string) =>
    `No new token was created. ${oldId} is unchanged and keeps working. You can try again.`,
  /** After a refusal that would come again (no permission): no "try again". */
  createRefusedState: (oldId: string) => `No new token was created. ${oldId} is unchanged and keeps working.`,
  createUnknownState: (oldId: string) =>
    `The API did not answer, so a new token may or may not have been created; look for it in the list before trying again. ${oldId} is unchanged and keeps working.`,

  /** Asked when the dialog is closed before the new value was copied. */
  notCopied: {
    title: 'Close without copying the API token?',
    description:
      'You have not copied the new API token. It cannot be shown again once this dialog is closed.',
    confirm: 'Close anyway',
    cancel: 'Back to the new token',
  },

  secret: {
    intro: (newId: string, oldId: string) =>
      `Put the new token into your integrations now. Both tokens work: ${newId} is active, and ${oldId} keeps working until you retire it in the next step.`,
    next: 'Next',
  },

  retire: {
    intro: (oldId: string) =>
      `Once your integrations use the new token, retire ${oldId}. Its last access shows whether anything still uses it.`,
    oldToken: 'Old token',
    newToken: 'New token',
    lastAccess: 'Last access',
    never: 'Never used',
    refresh: 'Refresh',
    refreshLabel: 'Refresh the old token’s last access',
    refreshFailed: 'Could not refresh the old token',
    disable: 'Disable old token',
    delete: 'Delete old token',
    keep: 'Keep it for now',
    done: 'Done',
    back: 'Back to the new token',
    /** The state of both tokens once an action on the old one has ended. */
    disabled: (newId: string, oldId: string) =>
      `${oldId} is disabled: integrations still using it get errors. ${newId} is active.`,
    deleted: (newId: string, oldId: string) => `${oldId} is deleted. ${newId} is active.`,
    failed: (action: 'disable' | 'delete') =>
      action === 'disable' ? 'Could not disable the old token' : 'Could not delete the old token',
    failedState: (newId: string, oldId: string, status: string) =>
      `${newId} is active. ${oldId} is unchanged (${status}) and keeps its access; you can try again or keep it for now.`,
    /** After a refusal that would come again (no permission): no "try again". */
    refusedState: (newId: string, oldId: string, status: string) =>
      `${newId} is active. ${oldId} is unchanged (${status}) and keeps its access.`,
    /** No answer came (`writeOutcomeUnknown`): the old token may have been changed all the same. */
    unknown: (action: 'disable' | 'delete') =>
      action === 'disable'
        ? 'No answer: it is not known whether the old token was disabled'
        : 'No answer: it is not known whether the old token was deleted',
    /** Its state as read again after a request without an answer. */
    unknownState: (newId: string, oldId: string, status: string) =>
      `${newId} is active. ${oldId}, as read again since: ${status}.`,
    /** A delete without an answer, the old token found gone when read again: it went through. */
    deletedWithoutAnswer: (newId: string, oldId: string) =>
      `No answer came, but reading it again shows it: ${oldId} is deleted. ${newId} is active.`,
    /** The old token was deleted meanwhile (404): nothing is left to retire. */
    goneState: (newId: string, oldId: string) => `${newId} is active. ${oldId} no longer exists.`,
  },

  /** Where a token's page names the token that replaced it. */
  replacedBy: 'Replaced by',
  /** The lookup behind "Replaced by" failed: said, so that no row is not read as "not replaced". */
  replacedByFailed: (reason: string) => `Could not check whether another token replaces this one. ${reason}`,
  replacedByLabel: (id: string) => `Open ${id}, the token that replaces this one`,
} as const;

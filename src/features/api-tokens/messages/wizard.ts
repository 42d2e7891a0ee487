// Text of the Add API token wizard, the Edit API token dialog and the token form they share.
import { nameInText } from '../../../lib/name-in-text';

export const wizardMessages = {
  addTitle: 'Add API token',
  /** The Add dialog's page title for the host's window (`onTitleChange`). */
  addPageTitle: 'Add API token · API tokens',
  editTitle: 'Edit API token',
  stepsLabel: 'Steps',
  steps: {
    general: 'General',
    modules: 'Modules',
    overview: 'Overview',
    summary: 'Summary',
  },
  /** Read after a step's name in the step list. */
  stepDone: 'completed',
  stepHasErrors: 'has errors',
  stepOf: (current: number, total: number) => `Step ${current} of ${total}`,

  close: 'Close',
  back: 'Back',
  next: 'Next',
  add: 'Add',
  save: 'Save',
  viewDetails: 'View details',
  edit: 'Edit',
  editStep: (step: string) => `Edit ${step}`,

  optional: 'Optional',
  logo: {
    label: 'Logo',
    hint: 'Max file size is 5 MB. Supported file types are .jpg and .png.',
    add: 'Add logo',
    change: 'Change logo',
    remove: 'Remove logo',
    preview: 'Logo preview',
    none: 'No logo',
    invalidType: 'The logo must be a .jpg or .png image.',
    tooLarge: 'The logo must be 5 MB or smaller.',
    empty: 'The logo file is empty.',
    unreadable: 'The logo file could not be read. Choose it again.',
    chosen: (fileName: string) => `Chosen: ${fileName}`,
    copyFailed: 'The logo of the original token could not be copied. Add it again if you need it.',
  },
  name: {
    label: 'API token name',
    placeholder: 'Enter API token name',
    required: 'Enter a name for the API token.',
    /** A name of only characters that draw nothing (zero-width, blank, fillers) would show as an empty link. */
    invisible: 'Enter a name with visible characters.',
    /**
     * A name holding a character that draws nothing or turns the text's direction (`hiddenCharacter`): it would not
     * be the name it looks like. `kind` is one of `hiddenKinds`.
     */
    hidden: (kind: string) => `Remove the hidden character (${kind}) from the name.`,
    hiddenKinds: {
      zeroWidthSpace: 'zero-width space',
      wordJoiner: 'word joiner',
      zeroWidthNoBreakSpace: 'zero-width no-break space',
      mongolianVowelSeparator: 'Mongolian vowel separator',
      softHyphen: 'soft hyphen',
      combiningGraphemeJoiner: 'combining grapheme joiner',
      hangulFiller: 'Hangul filler',
      invisibleOperator: 'invisible operator',
      braillePatternBlank: 'braille pattern blank',
      directionControl: 'text direction control',
    },
    /**
     * Beside a name the token has saved with a hidden character (Edit): kept as it is, it is not sent again, so it
     * is no error. `kind` is one of `hiddenKinds`.
     */
    hiddenKept: (kind: string) =>
      `The saved name contains a hidden character (${kind}). You can save the token with it, or remove it.`,
    /** The same beside a name copied from a token for a new one (Duplicate, Rotate), which `hidden` refuses. */
    hiddenCopied: (kind: string) =>
      `The copied name contains a hidden character (${kind}), which the name of a new token cannot have.`,
    /** Takes the hidden characters out of the name field; a blank one becomes a space. */
    removeHidden: 'Remove hidden characters',
    tooLong: (max: string) => `The name can be at most ${max} characters.`,
    /** A hint, not an error: names need not be unique. */
    exists: (name: string, id: string) =>
      `A token named “${nameInText(name)}” already exists (${id}). You can still use this name; a different one makes the tokens easier to tell apart.`,
    /** The check behind `exists` failed: said, so that no hint is not read as "the name is free". */
    checkFailed: (reason: string) => `Could not check whether another token has this name. ${reason}`,
  },
  description: {
    label: 'Description',
    placeholder: 'Enter description',
    tooLong: (max: string) => `The description can be at most ${max} characters.`,
    counter: (count: string, max: string) => `${count} / ${max}`,
    counterLabel: (count: string, max: string) => `${count} of ${max} characters used`,
  },
  modules: {
    legend: 'Modules',
    intro: 'Choose the modules this API token can access.',
    search: 'Search modules',
    searchPlaceholder: 'Search by name or description',
    selectAll: 'Select all',
    selectNone: 'Select none',
    selectAllVisible: 'Select all shown',
    selectNoneVisible: 'Clear all shown',
    selectedCount: (selected: string, total: string) => `${selected} of ${total} selected`,
    visibleCount: (visible: string, total: string) => `${visible} of ${total} modules shown`,
    noMatch: (query: string) => `No module matches “${query}”.`,
    clearSearch: 'Clear search',
    empty: 'No modules are enabled for this account, so an API token cannot be created yet.',
    loading: 'Loading modules…',
    loadFailed: 'Could not load the modules',
    required: 'Choose at least one module.',
    unavailable: (id: string) => `${id} (no longer available)`,
  },
  overview: {
    intro: 'Check the details before you add the API token.',
    noDescription: '—',
  },
  creating: 'Adding the API token…',
  createFailed: 'Could not add the API token',
  /** Stops waiting for a create that is taking long. */
  cancelCreating: 'Cancel',
  createStopped:
    'Adding was cancelled before the server answered. The API token may have been added anyway: if so, it is listed in the grid under this name and its value cannot be shown, so delete or rotate it. Your input is kept here.',
  createUnknownOutcome: 'No answer: it is not known whether the API token was added',
  /** Under the reason, when no answer came: what to look for before adding again. */
  createUnknownNote:
    'If it was added, it is listed in the grid under this name (the name field then says so) and its value cannot be shown: delete or rotate it. Your input is kept here.',
  /** The wizard was left while its create ran, and the create failed. */
  createFailedAfterLeaving: (name: string, reason: string) =>
    `The API token “${nameInText(name)}” was not added. ${reason}`,
  /** The wizard was left while its create ran, and no answer came: it may have been added all the same. */
  createUnknownAfterLeaving: (name: string) =>
    `No answer: it is not known whether the API token “${nameInText(name)}” was added. If it was, it is listed under this name and its value cannot be shown: delete or rotate it.`,
  saving: 'Saving changes…',
  /** Stops waiting for a save that is taking long. */
  cancelSaving: 'Cancel',
  saveFailed: 'Could not save the changes',
  saved: (name: string) => `API token “${nameInText(name)}” was saved.`,
  /** The module was left while the save ran (Back, the portal navigating), and it failed: a notification. */
  saveFailedAfterLeaving: (name: string, reason: string) =>
    `The changes to the API token “${nameInText(name)}” were not saved. ${reason}`,
  /** As above, and no answer came. */
  saveUnknownAfterLeaving: (name: string) =>
    `No answer: it is not known whether the changes to the API token “${nameInText(name)}” were saved. Its page shows its current state.`,
  nothingChanged: 'Nothing has changed.',

  summary: {
    title: 'API token added',
    created: (name: string, id: string) => `“${nameInText(name)}” (${id}) was added.`,
    secretLabel: 'API token',
    warningTitle: 'Copy the API token now',
    warning:
      'This is the only time the API token is shown. Store it somewhere safe, such as a password manager: once you close this window it cannot be shown again.',
    copy: 'Copy API token',
    copied: 'Copied',
    copyFailed: 'Copying failed. Select the API token and copy it by hand.',
    noSecret: 'The server did not return the API token value.',
    /** For the host's notify when the module was closed before a new token's value could be shown. */
    notShown: (name: string, id: string) =>
      `The API token “${nameInText(name)}” (${id}) was added, but the page was left before its value could be shown, and it cannot be shown again. Delete or rotate that token.`,
    /** Asked when Close is chosen before the API token was copied. */
    notCopied: {
      title: 'Close without copying the API token?',
      description: 'You have not copied the API token. It cannot be shown again.',
      confirm: 'Close anyway',
      cancel: 'Back to the summary',
    },
  },

  duplicate: {
    loading: 'Loading the token to duplicate…',
    slow: 'Loading the token to duplicate is taking longer than usual. You can keep waiting, or close and try again later.',
    loadFailed: 'Could not load the API token to duplicate',
    startBlank: 'Start with an empty form',
    copyName: (name: string) => `${name} (copy)`,
    intro: (name: string) =>
      `Prefilled from “${nameInText(name)}”. Nothing is added until you choose Add on the Overview step.`,
  },
  draft: {
    restored:
      'What you typed before you left this form is back. Nothing is added until you choose Add on the Overview step.',
    startOver: 'Start over',
  },
  editDialog: {
    loading: 'Loading the API token…',
    slow: 'Loading the API token is taking longer than usual. You can keep waiting, or close and try again later.',
    loadFailed: 'Could not load the API token',
    stopped:
      'Saving was cancelled before the server answered. The changes may have been saved anyway: the token is being read again, and your input is kept here.',
    unknownOutcome: 'No answer: it is not known whether the changes were saved',
    unknownNote: 'The token is being read again, and your input is kept here.',
    /** No answer came, but the token read again since shows every change that was sent. */
    savedOnReading: 'No answer came, but reading the token again shows the changes were saved.',
    /** No answer came, and the token read again since does not show the changes sent. */
    notSavedOnReading: 'No answer came, and reading the token again shows the changes were not saved',
    notSavedNote: 'Your input is kept here: Save sends it again.',
    /** Saving was cancelled, and the token read again since shows every change that was sent. */
    stoppedSavedOnReading: 'Saving was cancelled, but reading the token again shows the changes were saved.',
    /** Saving was cancelled, and the token read again since does not show the changes sent. */
    stoppedNotSavedOnReading:
      'Saving was cancelled, and reading the token again shows the changes were not saved.',
  },

  discard: {
    title: 'Discard changes?',
    description: 'What you entered will be lost.',
    confirm: 'Discard',
    cancel: 'Keep editing',
  },
} as const;

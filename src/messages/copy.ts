// Copying to the clipboard, wherever it is offered. Kept apart from commonMessages because nothing on the first
// paint copies: these words load with the code that shows them.
export const copyMessages = {
  copied: 'Copied to clipboard.',
  copyFailed: 'Copying failed. Select the text and copy it by hand.',
  copyTraceId: 'Copy Trace ID',
  /** When several failures are listed, says whose Trace ID a button copies. */
  copyTraceIdFor: (subject: string) => `Copy Trace ID (${subject})`,
} as const;

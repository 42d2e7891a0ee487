// The dialogs an action opens over any screen, in one chunk: loaded the first time someone edits or rotates. They
// share the token form with the Add wizard, so one chunk keeps the shared code in one file too.
export { EditTokenDialog } from '../wizard/edit-token-dialog';
export { RotateTokenDialog } from '../rotate/rotate-token-dialog';

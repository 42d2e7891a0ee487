/** The module's code (grid, detail page, dialogs and their styles), in its own chunk. */
export function loadModuleCode() {
  return import('./api-tokens-module');
}

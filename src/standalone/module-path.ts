// A file of its own: the app needs this path, and must not bring the head script's text (shell-route-script.ts)
// into its bundle with it.
/** Where the standalone app mounts the module. */
export const MODULE_PATH = '/settings/api-tokens';

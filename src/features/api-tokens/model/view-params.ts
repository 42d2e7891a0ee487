// A file of its own, without imports: the standalone page's head script (src/standalone/shell-route-script.ts) reads
// these names too, and the build's configuration loads that script outside the bundler.

/** The URL parameter names; one place, so a rename cannot miss a reader or a writer. */
export const VIEW_PARAMS = {
  status: 'status',
  q: 'q',
  sort: 'sort',
  page: 'page',
  size: 'size',
  module: 'module',
  createdBy: 'createdBy',
  createdFrom: 'createdFrom',
  createdTo: 'createdTo',
  lastAccess: 'lastAccess',
} as const;

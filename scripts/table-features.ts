import type { Plugin } from 'vite';

/** TanStack Table's core as its package ships it for bundlers. */
const TABLE_CORE = /[\\/]@tanstack[\\/]table-core[\\/]build[\\/]lib[\\/]index\.mjs(?:\?.*)?$/;

/** The core's list of built-in features, which every table is made with. */
const BUILT_IN_FEATURES = /const builtInFeatures = \[([^\]]*)\];/;

/**
 * The built-in features as table-core 8 lists them. The grid uses the first five: its headers, hiding columns, and
 * selecting rows (pinning and ordering are what its headers are built with). The rest compute rows on the client:
 * filtering, faceting, sorting, grouping, expanding and paging the data, pinning rows, and sizing columns.
 */
export const USED_FEATURES = [
  'Headers',
  'ColumnVisibility',
  'ColumnOrdering',
  'ColumnPinning',
  'RowSelection',
];
export const UNUSED_FEATURES = [
  'ColumnFaceting',
  'ColumnFiltering',
  'GlobalFaceting',
  'GlobalFiltering',
  'RowSorting',
  'ColumnGrouping',
  'RowExpanding',
  'RowPagination',
  'RowPinning',
  'ColumnSizing',
];

/**
 * What the unused features leave behind for the others. The server filters, sorts and pages the grid
 * (`manualFiltering`, `manualSorting`, `manualPagination`), and nothing is grouped or expanded, so in the full
 * library each of these stages hands on the one before it, down to the core row model: here they are that model.
 * The two resets are what a new core row model asks of the paging and expanding state, which no longer exists.
 */
const SERVER_ROW_MODELS =
  '{ createTable: (table) => { const core = () => table.getCoreRowModel(); ' +
  'for (const stage of ["PreFiltered", "Filtered", "PreGrouped", "Grouped", "PreSorted", "Sorted", "PreExpanded", ' +
  '"Expanded", "PrePagination", "Pagination"]) table["get" + stage + "RowModel"] = core; ' +
  'table._autoResetPageIndex = table._autoResetExpanded = () => {}; } }';

/** The core's code with only the features the grid uses; throws when the core is not the one this was made for. */
export function keepUsedFeatures(code: string): string {
  const list = BUILT_IN_FEATURES.exec(code);
  if (!list) throw new Error('table-core: its list of built-in features was not found.');
  const names = (list[1] ?? '')
    .replace(/\/\/.*$/gm, '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const known = [...USED_FEATURES, ...UNUSED_FEATURES];
  if (names.length !== known.length || names.some((name) => !known.includes(name)))
    throw new Error(
      `table-core: its built-in features are now ${names.join(', ')}; scripts/table-features.ts knows ${known.join(', ')}.`,
    );
  // As many lines as the list took: the lines after it keep their numbers, so the source map stays right.
  const lines = '\n'.repeat(list[0].split('\n').length - 1);
  return code.replace(
    list[0],
    `const serverRowModels = ${SERVER_ROW_MODELS}; const builtInFeatures = [${USED_FEATURES.join(', ')}, serverRowModels];${lines}`,
  );
}

/**
 * TanStack Table 8 makes every table with all fifteen of its built-in features, so a bundle carries each one's code
 * whether the table uses it or not: about 6 KB gzipped of the grid's first-paint script goes on filtering, sorting,
 * grouping, expanding, paging and sizing that the server does or nobody asks for. (Version 9 lets a table choose its
 * features; until then, this.) The build, the tests and the dev server (which serves the core unbundled for it,
 * `optimizeDeps.exclude`) get the core with only the features the grid uses; a table that used another one would
 * find its methods missing at once. The dev server leaves the others' code in the file, unused.
 */
export function tableFeatures(): Plugin {
  return {
    name: 'table-features',
    transform: {
      filter: { id: TABLE_CORE },
      handler(code) {
        return { code: keepUsedFeatures(code), map: null };
      },
    },
  };
}

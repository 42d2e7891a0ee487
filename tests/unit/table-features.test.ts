// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createTable, getCoreRowModel, type RowSelectionState, type TableState } from '@tanstack/table-core';
import { describe, expect, it } from 'vitest';
import { keepUsedFeatures, UNUSED_FEATURES, USED_FEATURES } from '../../scripts/table-features';

interface Row {
  id: string;
}

/** A table made as the grid makes it (useReactTable's way): the server sorts, filters and pages, the page only selects. */
function serverTable(data: Row[]) {
  let state = {} as TableState;
  const table = createTable<Row>({
    data,
    columns: [{ id: 'name', cell: ({ row }) => row.original.id }],
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    enableRowSelection: true,
    state,
    onStateChange: (updater) => {
      state = typeof updater === 'function' ? updater(state) : updater;
      table.setOptions((options) => ({ ...options, state }));
    },
    renderFallbackValue: null,
  });
  state = { ...table.initialState, columnVisibility: {}, rowSelection: {} as RowSelectionState };
  table.setOptions((options) => ({ ...options, state }));
  return table;
}

const rows = (...ids: string[]) => ids.map((id) => ({ id }));

describe("TanStack Table's core, as the build and these tests get it", () => {
  it('is made with the features the grid uses only', () => {
    const table = serverTable(rows('a'));
    expect(table._features).toHaveLength(USED_FEATURES.length + 1);
    // Sorting, filtering, paging and sizing on the client are not there.
    for (const method of [
      'setSorting',
      'setColumnFilters',
      'setPagination',
      'setColumnSizing',
      'setExpanded',
    ])
      expect(table, method).not.toHaveProperty(method);
  });

  it('shows the rows as the server sent them, and selects them', () => {
    const table = serverTable(rows('b', 'a', 'c'));
    expect(table.getRowModel().rows.map((row) => row.id)).toEqual(['b', 'a', 'c']);
    expect(table.getHeaderGroups()[0]?.headers.map((header) => header.id)).toEqual(['name']);
    table.getRow('a').toggleSelected(true);
    expect(table.getIsSomePageRowsSelected()).toBe(true);
    table.toggleAllPageRowsSelected(true);
    expect(table.getIsAllPageRowsSelected()).toBe(true);
    expect(table.getState().rowSelection).toEqual({ a: true, b: true, c: true });
    expect(table.getSelectedRowModel().rows).toHaveLength(3);
  });

  it("stops the build when the core's features are not the ones it was made for", () => {
    const packageJson = createRequire(import.meta.url).resolve('@tanstack/table-core/package.json');
    const source = readFileSync(join(dirname(packageJson), 'build/lib/index.mjs'), 'utf8');
    const trimmed = keepUsedFeatures(source);
    for (const name of UNUSED_FEATURES as string[])
      expect(trimmed).not.toMatch(new RegExp(`builtInFeatures = \\[[^\\]]*\\b${name}\\b`));
    // The code after the list keeps its lines.
    expect(trimmed.split('\n')).toHaveLength(source.split('\n').length);
    expect(() => keepUsedFeatures(source.replace('RowPinning, ', 'RowPinning, RowSpanning, '))).toThrow(
      /RowSpanning/,
    );
    expect(() => keepUsedFeatures(source.replace('builtInFeatures = [', 'features = ['))).toThrow(
      /not found/,
    );
  });
});

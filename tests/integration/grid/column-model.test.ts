import { describe, expect, it } from 'vitest';
import { buildListQuery } from '../../../src/features/api-tokens/api/list-query';
import { SORTABLE_COLUMNS } from '../../../src/features/api-tokens/model/columns';
import {
  DEFAULT_VIEW,
  parseGridView,
  serializeGridView,
  type GridSort,
  type SortField,
} from '../../../src/features/api-tokens/model/grid-view';

describe('the grid column list', () => {
  it('gives every sortable column a URL name that reads back and the API field the list is ordered by', () => {
    const apiFields: Record<SortField, string> = {
      name: 'name',
      createdBy: 'audit.created.by.name',
      created: 'audit.created.at',
      lastAccess: 'lastAccessAt',
      status: 'status',
    };
    expect(SORTABLE_COLUMNS.map((col) => col.sort.param)).toEqual(Object.keys(apiFields));
    for (const [field, apiField] of Object.entries(apiFields) as [SortField, string][]) {
      for (const direction of ['asc', 'desc'] as const) {
        const sort: GridSort = { field, direction };
        const view = parseGridView(serializeGridView({ ...DEFAULT_VIEW, sort }));
        expect(view.sort).toEqual(sort);
        const query = new URLSearchParams(buildListQuery(view, { now: 0 }));
        expect(query.get('order')).toBe(`${direction === 'desc' ? '-' : ''}${apiField},id`);
      }
    }
  });
});

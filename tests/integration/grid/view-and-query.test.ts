import { describe, expect, it } from 'vitest';
import {
  buildListQuery,
  lastAccessCutoff,
  startOfDayIso,
} from '../../../src/features/api-tokens/api/list-query';
import {
  DEFAULT_VIEW,
  MAX_PAGE,
  parseGridView,
  serializeGridView,
  type GridView,
} from '../../../src/features/api-tokens/model/grid-view';

const parse = (search: string) => parseGridView(new URLSearchParams(search));
const NOW = Date.parse('2026-11-01T12:34:56.000Z');

describe('grid view <-> URL parameters', () => {
  it('reads every parameter', () => {
    expect(
      parse(
        '?status=Disabled&q=erp&sort=name&page=3&size=25&module=MOD-1756&module=MOD-2131&createdBy=USR-4721-0318&createdFrom=2025-01-01&createdTo=2025-06-30&lastAccess=90d',
      ),
    ).toEqual<GridView>({
      status: 'Disabled',
      q: 'erp',
      sort: { field: 'name', direction: 'asc' },
      page: 3,
      size: 25,
      moduleIds: ['MOD-1756', 'MOD-2131'],
      createdBy: 'USR-4721-0318',
      createdFrom: '2025-01-01',
      createdTo: '2025-06-30',
      lastAccess: { kind: 'idle', days: 90 },
    });
    expect(parse('?lastAccess=never&sort=-lastAccess').lastAccess).toEqual({ kind: 'never' });
    expect(parse('?lastAccess=90d-or-never').lastAccess).toEqual({ kind: 'stale', days: 90 });
    expect(serializeGridView({ ...DEFAULT_VIEW, lastAccess: { kind: 'stale', days: 30 } }).toString()).toBe(
      'lastAccess=30d-or-never',
    );
  });

  it('falls back to the default for each value that does not parse, keeping the valid ones', () => {
    const view = parse(
      '?status=Deleted&sort=-password&page=-4&size=7&module=DROP TABLE&createdFrom=2025-02-30&createdTo=yesterday&lastAccess=forever&q=ok',
    );
    expect(view).toEqual({ ...DEFAULT_VIEW, q: 'ok' });
    expect(parse('?page=2.5&size=abc').page).toBe(1);
    // A page past the last there can be is past the end, not a value that does not parse.
    expect(parse('?page=99999999999').page).toBe(MAX_PAGE);
    expect(parse('?lastAccess=0d').lastAccess).toBeNull();
    expect(parse('?lastAccess=90d-or-later').lastAccess).toBeNull();
  });

  it('is lenient where the meaning is clear', () => {
    expect(parse('?status=disabled').status).toBe('Disabled');
    expect(parse('?module=mod-1756,MOD-1756').moduleIds).toEqual(['MOD-1756']);
    // Reversed dates are read as the range they obviously mean.
    const view = parse('?createdFrom=2025-06-30&createdTo=2025-01-01');
    expect([view.createdFrom, view.createdTo]).toEqual(['2025-01-01', '2025-06-30']);
  });

  it('sanitises search text from the URL', () => {
    expect(parse(`?q=${encodeURIComponent('  "erp"   sync ')}`).q).toBe('"erp" sync');
    expect(parse(`?q=${encodeURIComponent(' "erp  sync" ')}`).q).toBe('"erp sync"');
    expect(parse(`?q=${encodeURIComponent(' "" " ')}`).q).toBe('');
    expect(parse(`?q=${'x'.repeat(300)}`).q).toHaveLength(100);
  });

  it('omits defaults, keeps foreign parameters and round-trips', () => {
    expect(serializeGridView(DEFAULT_VIEW).toString()).toBe('');
    const view: GridView = {
      ...DEFAULT_VIEW,
      status: 'Active',
      q: 'a b',
      page: 2,
      size: 50,
      lastAccess: { kind: 'never' },
    };
    const params = serializeGridView(view, new URLSearchParams('scenario=large&status=Disabled'));
    expect(params.get('scenario')).toBe('large');
    expect(params.getAll('status')).toEqual(['Active']);
    expect(params.has('sort')).toBe(false);
    expect(parseGridView(params)).toEqual(view);
  });
});

describe('grid view -> RQL', () => {
  it('asks for the default page: newest first, audit and modules selected, never more than a page', () => {
    expect(buildListQuery(DEFAULT_VIEW, { now: NOW })).toBe(
      'select=+audit,+modules&order=-audit.created.at,id&limit=10&offset=0',
    );
  });

  it('combines status, search and paging as the contract writes them', () => {
    const query = buildListQuery(
      {
        ...DEFAULT_VIEW,
        status: 'Disabled',
        q: 'erp',
        page: 3,
        size: 25,
        sort: { field: 'name', direction: 'asc' },
      },
      { now: NOW },
    );
    expect(query).toBe(
      'eq(status,"Disabled")&or(ilike(name,"*erp*"),ilike(id,"*erp*"))&select=+audit,+modules&order=name,id&limit=25&offset=50',
    );
  });

  it('maps every sortable column to its API field', () => {
    const order = (field: GridView['sort']['field']) =>
      new URLSearchParams(
        buildListQuery({ ...DEFAULT_VIEW, sort: { field, direction: 'desc' } }, { now: NOW }),
      ).get('order');
    expect(order('name')).toBe('-name,id');
    expect(order('createdBy')).toBe('-audit.created.by.name,id');
    expect(order('created')).toBe('-audit.created.at,id');
    expect(order('lastAccess')).toBe('-lastAccessAt,id');
    expect(order('status')).toBe('-status,id');
  });

  it('escapes wildcards and encodes what the user typed', () => {
    expect(buildListQuery({ ...DEFAULT_VIEW, q: '50% *off* & more' }, { now: NOW })).toContain(
      'or(ilike(name,"*50%25%20%5C*off%5C*%20%26%20more*"),ilike(id,"*50%25%20%5C*off%5C*%20%26%20more*"))',
    );
  });

  it('looks for a search holding " by the parts between its double quotes, sending no double quote', () => {
    const query = buildListQuery({ ...DEFAULT_VIEW, q: 'Say "hi" bot' }, { now: NOW });
    expect(query).toContain(
      'or(and(ilike(name,"*Say%20*"),ilike(name,"*hi*"),ilike(name,"*%20bot*")),' +
        'and(ilike(id,"*Say%20*"),ilike(id,"*hi*"),ilike(id,"*%20bot*")))',
    );
    expect(query).not.toContain('%22');
    expect(buildListQuery({ ...DEFAULT_VIEW, createdBy: `O'Neil "Ops"` }, { now: NOW })).toContain(
      `and(ilike(audit.created.by.name,"*O'Neil%20*"),ilike(audit.created.by.name,"*Ops*"))`,
    );
  });

  it('builds the Filter panel filters', () => {
    const query = buildListQuery(
      {
        ...DEFAULT_VIEW,
        moduleIds: ['MOD-1756', 'MOD-2131'],
        createdBy: 'USR-4721-0318',
        createdFrom: '2025-01-01',
        createdTo: '2025-01-31',
        lastAccess: { kind: 'idle', days: 90 },
      },
      { now: NOW, timeZone: 'UTC' },
    );
    expect(query).toContain('in(modules.id,("MOD-1756","MOD-2131"))');
    expect(query).toContain('eq(audit.created.by.id,"USR-4721-0318")');
    expect(query).toContain('ge(audit.created.at,"2025-01-01T00%3A00%3A00.000Z")');
    expect(query).toContain('lt(audit.created.at,"2025-02-01T00%3A00%3A00.000Z")');
    expect(query).toContain('lt(lastAccessAt,"2026-08-03T12%3A00%3A00.000Z")');
    expect(
      buildListQuery(
        { ...DEFAULT_VIEW, createdBy: 'morgan', lastAccess: { kind: 'never' }, moduleIds: ['MOD-1756'] },
        { now: NOW },
      ),
    ).toMatch(
      /^eq\(modules\.id,"MOD-1756"\)&ilike\(audit\.created\.by\.name,"\*morgan\*"\)&eq\(lastAccessAt,null\(\)\)&/,
    );
    // Not used in 90 days, never-used tokens included.
    expect(
      buildListQuery({ ...DEFAULT_VIEW, lastAccess: { kind: 'stale', days: 90 } }, { now: NOW }),
    ).toMatch(/^or\(eq\(lastAccessAt,null\(\)\),lt\(lastAccessAt,"2026-08-03T12%3A00%3A00\.000Z"\)\)&/);
  });

  it('reads date-created days in the configured time zone and keeps the cutoff stable within the hour', () => {
    expect(startOfDayIso('2025-07-01', 'Europe/Zurich')).toBe('2025-06-30T22:00:00.000Z');
    expect(startOfDayIso('2025-01-01', 'America/New_York')).toBe('2025-01-01T05:00:00.000Z');
    expect(startOfDayIso('2025-03-30', 'Europe/Zurich', 1)).toBe('2025-03-30T22:00:00.000Z');
    expect(lastAccessCutoff(1, NOW)).toBe(lastAccessCutoff(1, NOW + 20 * 60_000));
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildQueryString, rql, sanitizeSearch, SEARCH_MAX_LENGTH, type RqlExpr } from '../../src/lib/rql';

describe('buildQueryString: the contract examples', () => {
  it('filters by status with audit selected, newest first', () => {
    expect(
      buildQueryString({
        filter: rql.eq('status', 'Active'),
        select: ['+audit'],
        order: [{ field: 'audit.created.at', direction: 'desc' }],
        limit: 25,
        offset: 0,
      }),
    ).toBe('eq(status,"Active")&select=+audit&order=-audit.created.at&limit=25&offset=0');
  });

  it('searches name or id case-insensitively', () => {
    const search = 'erp';
    expect(
      buildQueryString({
        filter: rql.or(rql.ilike('name', rql.contains(search)), rql.ilike('id', rql.contains(search))),
        limit: 25,
        offset: 0,
      }),
    ).toBe('or(ilike(name,"*erp*"),ilike(id,"*erp*"))&limit=25&offset=0');
  });

  it('combines a status list with a module', () => {
    expect(
      buildQueryString({
        filter: rql.and(rql.in('status', ['Active', 'Disabled']), rql.eq('modules.id', 'MOD-1756')),
        order: ['name'],
        limit: 10,
        offset: 20,
      }),
    ).toBe('and(in(status,(Active,Disabled)),eq(modules.id,"MOD-1756"))&order=name&limit=10&offset=20');
  });

  it('lists the audit trail of a token', () => {
    expect(
      buildQueryString({
        filter: rql.eq('object.id', 'TKN-1234-5678'),
        order: ['-timestamp'],
        limit: 10,
        offset: 0,
      }),
    ).toBe('eq(object.id,"TKN-1234-5678")&order=-timestamp&limit=10&offset=0');
  });

  it('writes the mock server smoke test query', () => {
    expect(buildQueryString({ filter: rql.eq('status', 'Disabled'), order: ['-name'], limit: 5 })).toBe(
      'eq(status,"Disabled")&order=-name&limit=5',
    );
  });

  it('adds and removes fields with select', () => {
    expect(buildQueryString({ select: ['+audit', '+modules', '-description', 'icon'] })).toBe(
      'select=+audit,+modules,-description,icon',
    );
  });

  it('nests fields with dots', () => {
    expect(String(rql.eq('account.id', 'ACC-1234-5678'))).toBe('eq(account.id,"ACC-1234-5678")');
    expect(String(rql.ge('audit.created.at', '2026-01-01'))).toBe('ge(audit.created.at,"2026-01-01")');
  });
});

describe('values', () => {
  it('quotes strings and IDs, leaves numbers and booleans bare', () => {
    expect(String(rql.eq('status', 'Active'))).toBe('eq(status,"Active")');
    expect(String(rql.eq('id', 'TKN-0001-0002'))).toBe('eq(id,"TKN-0001-0002")');
    expect(String(rql.eq('count', 5))).toBe('eq(count,5)');
    expect(String(rql.ne('ratio', -1.5))).toBe('ne(ratio,-1.5)');
    expect(String(rql.eq('isEnabledByDefault', true))).toBe('eq(isEnabledByDefault,true)');
    expect(String(rql.eq('numberAsText', '5'))).toBe('eq(numberAsText,"5")');
  });

  it('percent-encodes the contents of values, not the syntax', () => {
    expect(String(rql.eq('name', 'a b,c(d)&e=f+g#h%i'))).toBe('eq(name,"a%20b%2Cc(d)%26e%3Df%2Bg%23h%25i")');
    expect(String(rql.eq('name', 'Zürich ✓'))).toBe('eq(name,"Z%C3%BCrich%20%E2%9C%93")');
    expect(String(rql.eq('name', "O'Brien"))).toBe('eq(name,"O\'Brien")');
  });

  it('switches to single quotes when the value holds a double quote', () => {
    expect(String(rql.eq('name', 'say "hi"'))).toBe("eq(name,'say%20%22hi%22')");
  });

  it('rejects a value holding both quote characters', () => {
    expect(() => rql.eq('name', `it's "x"`)).toThrow(RangeError);
  });

  it('rejects lone surrogates, which cannot be percent-encoded', () => {
    expect(() => rql.eq('name', 'a\uD800b')).toThrow(TypeError);
  });

  it('sends dates as quoted ISO strings', () => {
    expect(String(rql.lt('lastAccessAt', new Date(Date.UTC(2026, 7, 1))))).toBe(
      'lt(lastAccessAt,"2026-08-01T00%3A00%3A00.000Z")',
    );
    expect(String(rql.gt('lastAccessAt', '2026-08-01T00:00:00.000Z'))).toBe(
      'gt(lastAccessAt,"2026-08-01T00%3A00%3A00.000Z")',
    );
    expect(() => rql.le('x', new Date(Number.NaN))).toThrow(RangeError);
  });

  it('writes all range operators', () => {
    expect([rql.gt('n', 1), rql.ge('n', 1), rql.lt('n', 1), rql.le('n', 1)].map(String)).toEqual([
      'gt(n,1)',
      'ge(n,1)',
      'lt(n,1)',
      'le(n,1)',
    ]);
  });

  it('rejects numbers the server cannot read', () => {
    expect(() => rql.eq('n', Number.NaN)).toThrow(RangeError);
    expect(() => rql.eq('n', Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('writes the null() and empty() constants', () => {
    expect(String(rql.eq('lastAccessAt', rql.null()))).toBe('eq(lastAccessAt,null())');
    expect(String(rql.ne('lastAccessAt', rql.null()))).toBe('ne(lastAccessAt,null())');
    expect(String(rql.eq('description', rql.empty()))).toBe('eq(description,empty())');
  });

  it('refuses JavaScript null in place of rql.null()', () => {
    expect(() => rql.eq('x', null as unknown as string)).toThrow(TypeError);
  });
});

describe('lists', () => {
  it('leaves plain words bare and quotes everything else', () => {
    expect(String(rql.in('status', ['Active', 'Disabled']))).toBe('in(status,(Active,Disabled))');
    expect(String(rql.out('status', ['Disabled']))).toBe('out(status,(Disabled))');
    expect(String(rql.in('modules.id', ['MOD-1756', 'MOD-2000']))).toBe(
      'in(modules.id,("MOD-1756","MOD-2000"))',
    );
    expect(String(rql.in('x', ['true', 'null', '5', 'two words', 5, false, rql.null()]))).toBe(
      'in(x,("true","null","5","two%20words",5,false,null()))',
    );
  });

  it('rejects an empty list', () => {
    expect(() => rql.in('status', [])).toThrow(RangeError);
    expect(() => rql.out('status', [])).toThrow(RangeError);
  });
});

describe('like patterns', () => {
  it('puts wildcards only at the ends and escapes user stars', () => {
    expect(String(rql.ilike('name', rql.contains('a*b')))).toBe('ilike(name,"*a%5C*b*")');
    expect(String(rql.like('name', rql.startsWith('erp')))).toBe('like(name,"erp*")');
    expect(String(rql.like('name', rql.endsWith('sync')))).toBe('like(name,"*sync")');
    expect(String(rql.ilike('name', rql.exactly('*')))).toBe('ilike(name,"%5C*")');
    expect(String(rql.like('name', rql.pattern('erp*')))).toBe('like(name,"erp*")');
  });

  it('doubles a backslash only where it would start an escape', () => {
    expect(rql.contains('a\\b').toString()).toBe('*a\\b*');
    expect(rql.contains('a\\').toString()).toBe('*a\\\\*');
    expect(rql.contains('a\\*').toString()).toBe('*a\\\\\\**');
    expect(rql.contains('\\\\').toString()).toBe('*\\\\\\\\*');
  });

  it('accepts only patterns, not raw strings', () => {
    expect(() => rql.like('name', 'erp*' as never)).toThrow(TypeError);
  });
});

describe('combinators', () => {
  const a = rql.eq('a', 1);
  const b = rql.eq('b', 2);

  it('nests and/or/not', () => {
    expect(String(rql.and(a, rql.or(b, rql.not(a))))).toBe('and(eq(a,1),or(eq(b,2),not(eq(a,1))))');
  });

  it('skips falsy parts and unwraps a single one', () => {
    const search = '';
    expect(String(rql.and(a, search && rql.eq('name', search), undefined, null, false))).toBe('eq(a,1)');
    expect(rql.and(undefined, false)).toBeUndefined();
    expect(String(rql.or(undefined, b))).toBe('eq(b,2)');
  });

  it('refuses an or() of nothing, which would match nothing', () => {
    expect(() => rql.or()).toThrow(RangeError);
  });

  it('refuses RQL written as text', () => {
    expect(() => rql.and('eq(a,1)' as unknown as RqlExpr, a)).toThrow(TypeError);
    expect(() => rql.not('eq(a,1)' as unknown as RqlExpr)).toThrow(TypeError);
    expect(() => buildQueryString({ filter: ['eq(a,1)' as unknown as RqlExpr] })).toThrow(TypeError);
  });

  it('serialises expressions as their text in JSON (query keys)', () => {
    expect(JSON.stringify({ filter: a })).toBe('{"filter":"eq(a,1)"}');
  });
});

describe('field names', () => {
  it.each(['', 'a b', 'a,b', 'eq(x', '.a', 'a.', 'a..b', 'a"b', 'a&b', 'a=b', 'näme', 'a-b'])(
    'rejects %j',
    (name) => {
      expect(() => rql.eq(name, 1)).toThrow(RangeError);
      expect(() => buildQueryString({ order: [name] })).toThrow(RangeError);
      expect(() => buildQueryString({ select: [`+${name}`] })).toThrow(RangeError);
    },
  );

  it('accepts letters, digits, _, $ and dots', () => {
    expect(String(rql.eq('$meta.omitted_1.x2', 'a'))).toBe('eq($meta.omitted_1.x2,"a")');
  });
});

describe('buildQueryString', () => {
  it('emits several filters as &-joined expressions, skipping falsy ones', () => {
    expect(
      buildQueryString({
        filter: [rql.eq('status', 'Active'), undefined, rql.eq('modules.id', 'MOD-1'), false],
      }),
    ).toBe('eq(status,"Active")&eq(modules.id,"MOD-1")');
  });

  it('writes nothing for nothing', () => {
    expect(buildQueryString({})).toBe('');
    expect(buildQueryString({ filter: [], order: [], select: [] })).toBe('');
  });

  it('accepts order keys as strings or objects, normalising ascending ones to a bare name', () => {
    expect(
      buildQueryString({ order: ['+name', { field: 'id', direction: 'asc' }, '-audit.created.at'] }),
    ).toBe('order=name,id,-audit.created.at');
    expect(() => buildQueryString({ order: [{ field: 'id', direction: 'up' as 'asc' }] })).toThrow(
      RangeError,
    );
  });

  it.each([-1, 1.5, Number.NaN, 2 ** 60])('rejects limit/offset %s', (n) => {
    expect(() => buildQueryString({ limit: n })).toThrow(RangeError);
    expect(() => buildQueryString({ offset: n })).toThrow(RangeError);
  });
});

describe('sanitizeSearch', () => {
  it('trims and collapses whitespace, and keeps double quotes inside the text', () => {
    expect(sanitizeSearch('  "erp"   sync\t\nbridge  ')).toBe('"erp" sync bridge');
    expect(sanitizeSearch('a " b')).toBe('a " b');
    expect(sanitizeSearch('Say "hi" bot')).toBe('Say "hi" bot');
  });

  it('keeps double quotes, and leaves nothing of a text of quotes and spaces only', () => {
    expect(sanitizeSearch('  "TKN-1234-5678" ')).toBe('"TKN-1234-5678"');
    expect(sanitizeSearch('"A" and "B"')).toBe('"A" and "B"');
    expect(sanitizeSearch(` "" \n `)).toBe('');
    expect(sanitizeSearch('"')).toBe('');
    expect(sanitizeSearch(' " "" ')).toBe('');
  });

  it("keeps other characters, including ' * and \\", () => {
    expect(sanitizeSearch("O'Brien *x* \\y")).toBe("O'Brien *x* \\y");
  });

  it('caps the length in code points without splitting a character', () => {
    const long = '😀'.repeat(SEARCH_MAX_LENGTH + 10);
    const capped = sanitizeSearch(long);
    expect(Array.from(capped)).toHaveLength(SEARCH_MAX_LENGTH);
    expect(capped).toBe('😀'.repeat(SEARCH_MAX_LENGTH));
    expect(sanitizeSearch(`${'a'.repeat(99)} b`)).toBe('a'.repeat(99));
  });

  it('replaces lone surrogates so the text can be encoded', () => {
    expect(sanitizeSearch('a\uD800b\uDC00')).toBe('a\uFFFDb\uFFFD');
    expect(() => rql.contains(sanitizeSearch('a\uD800')).toString()).not.toThrow();
    expect(String(rql.ilike('name', rql.contains(sanitizeSearch('a\uD800'))))).toBe(
      'ilike(name,"*a%EF%BF%BD*")',
    );
  });
});

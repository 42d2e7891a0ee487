// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseRqlExpression, parseRqlQuery } from './parse';
import { RqlSyntaxError, type RqlQuery } from './types';

const noSelect = { include: [], exclude: [] };

function filterOf(search: string) {
  return parseRqlQuery(search).filter;
}

function syntaxError(search: string): RqlSyntaxError {
  try {
    parseRqlQuery(search);
  } catch (error) {
    expect(error).toBeInstanceOf(RqlSyntaxError);
    return error as RqlSyntaxError;
  }
  throw new Error(`expected ${JSON.stringify(search)} to be rejected`);
}

describe('parseRqlQuery: the contract examples', () => {
  it('reads filter, select, order, limit and offset', () => {
    expect(
      parseRqlQuery('?eq(status,"Active")&select=+audit&order=-audit.created.at&limit=25&offset=0'),
    ).toEqual({
      filter: { op: 'eq', field: 'status', value: 'Active' },
      select: { include: ['audit'], exclude: [] },
      order: [{ field: 'audit.created.at', direction: 'desc' }],
      limit: 25,
      offset: 0,
    } satisfies RqlQuery);
  });

  it('reads or/ilike', () => {
    expect(filterOf('?or(ilike(name,"*erp*"),ilike(id,"*erp*"))&limit=25&offset=0')).toEqual({
      op: 'or',
      args: [
        { op: 'ilike', field: 'name', value: '*erp*' },
        { op: 'ilike', field: 'id', value: '*erp*' },
      ],
    });
  });

  it('reads and/in with a nested field', () => {
    expect(
      parseRqlQuery(
        '?and(in(status,(Active,Disabled)),eq(modules.id,"MOD-1756"))&order=name&limit=10&offset=20',
      ),
    ).toEqual({
      filter: {
        op: 'and',
        args: [
          { op: 'in', field: 'status', values: ['Active', 'Disabled'] },
          { op: 'eq', field: 'modules.id', value: 'MOD-1756' },
        ],
      },
      order: [{ field: 'name', direction: 'asc' }],
      select: noSelect,
      limit: 10,
      offset: 20,
    });
  });

  it('reads the curl example as sent, with %22', () => {
    expect(parseRqlQuery('eq(status,%22Disabled%22)&order=-name&limit=5')).toEqual({
      filter: { op: 'eq', field: 'status', value: 'Disabled' },
      order: [{ field: 'name', direction: 'desc' }],
      select: noSelect,
      limit: 5,
      offset: null,
    });
  });
});

describe('operators', () => {
  it.each(['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'ilike'] as const)('%s(field,value)', (op) => {
    expect(parseRqlExpression(`${op}(a.b,"x")`)).toEqual({ op, field: 'a.b', value: 'x' });
  });

  it('in/out take a list', () => {
    expect(parseRqlExpression('in(status,(Active))')).toEqual({
      op: 'in',
      field: 'status',
      values: ['Active'],
    });
    expect(parseRqlExpression(`out(id,("TKN-1",'TKN-2',3,null()))`)).toEqual({
      op: 'out',
      field: 'id',
      values: ['TKN-1', 'TKN-2', 3, { kind: 'null' }],
    });
    expect(parseRqlExpression('in(status,())')).toEqual({ op: 'in', field: 'status', values: [] });
  });

  it('and/or take one or more expressions, not exactly one', () => {
    expect(parseRqlExpression('and(eq(a,1))')).toEqual({
      op: 'and',
      args: [{ op: 'eq', field: 'a', value: 1 }],
    });
    expect(parseRqlExpression('or(eq(a,1),eq(b,2),not(eq(c,3)))')).toEqual({
      op: 'or',
      args: [
        { op: 'eq', field: 'a', value: 1 },
        { op: 'eq', field: 'b', value: 2 },
        { op: 'not', arg: { op: 'eq', field: 'c', value: 3 } },
      ],
    });
  });

  it('reads the constants', () => {
    expect(parseRqlExpression('eq(lastAccessAt,null())')).toEqual({
      op: 'eq',
      field: 'lastAccessAt',
      value: { kind: 'null' },
    });
    expect(parseRqlExpression('ne(description,empty())')).toEqual({
      op: 'ne',
      field: 'description',
      value: { kind: 'empty' },
    });
  });

  it('ignores whitespace between tokens', () => {
    expect(filterOf('and(%20eq(a,%20"x%20y"%20)%20,%20eq(b,1))')).toEqual({
      op: 'and',
      args: [
        { op: 'eq', field: 'a', value: 'x y' },
        { op: 'eq', field: 'b', value: 1 },
      ],
    });
  });
});

describe('values', () => {
  it('reads both quote styles, as typed or percent-encoded by the browser', () => {
    for (const search of ['eq(a,"x")', "eq(a,'x')", 'eq(a,%22x%22)', 'eq(a,%27x%27)']) {
      expect(filterOf(search)).toEqual({ op: 'eq', field: 'a', value: 'x' });
    }
  });

  it('takes a quoted literal verbatim after the one decode', () => {
    expect(filterOf('eq(a,"x,y(z)\'")')).toEqual({ op: 'eq', field: 'a', value: "x,y(z)'" });
    expect(filterOf("eq(a,'say%20%22hi%22')")).toEqual({ op: 'eq', field: 'a', value: 'say "hi"' });
    expect(filterOf('eq(a,"100%2541")')).toEqual({ op: 'eq', field: 'a', value: '100%41' });
    expect(filterOf('eq(a,"%C3%BC%5C*")')).toEqual({ op: 'eq', field: 'a', value: 'ü\\*' });
    expect(filterOf('eq(a,"")')).toEqual({ op: 'eq', field: 'a', value: '' });
  });

  it('reads unquoted JSON numbers as numbers and true/false as booleans, other words as strings', () => {
    const values = [
      '25',
      '-1.5',
      '1e+21',
      '0',
      'true',
      'false',
      'Active',
      '007',
      '2026-01-01',
      'null',
      '1.',
      '-',
    ]
      .map((token) => parseRqlExpression(`eq(a,${token})`))
      .map((node) => ('value' in node ? node.value : undefined));
    expect(values).toEqual([
      25,
      -1.5,
      1e21,
      0,
      true,
      false,
      'Active',
      '007',
      '2026-01-01',
      'null',
      '1.',
      '-',
    ]);
  });

  it('keeps quoted numbers as strings', () => {
    expect(parseRqlExpression('eq(a,"25")')).toEqual({ op: 'eq', field: 'a', value: '25' });
  });
});

describe('parameters and shorthand', () => {
  it('reads key=value as eq(key,value)', () => {
    expect(filterOf('status=Active')).toEqual({ op: 'eq', field: 'status', value: 'Active' });
    expect(filterOf('account.id=%22ACC-1%22')).toEqual({ op: 'eq', field: 'account.id', value: 'ACC-1' });
    expect(filterOf('count=5')).toEqual({ op: 'eq', field: 'count', value: 5 });
    expect(filterOf('lastAccessAt=null()')).toEqual({
      op: 'eq',
      field: 'lastAccessAt',
      value: { kind: 'null' },
    });
    expect(filterOf('name=a%26b%3Dc')).toEqual({ op: 'eq', field: 'name', value: 'a&b=c' });
  });

  it('ANDs several top-level expressions in order', () => {
    expect(filterOf('?eq(a,1)&status=Active&ne(b,2)')).toEqual({
      op: 'and',
      args: [
        { op: 'eq', field: 'a', value: 1 },
        { op: 'eq', field: 'status', value: 'Active' },
        { op: 'ne', field: 'b', value: 2 },
      ],
    });
  });

  it('skips empty parts and has no filter without expressions', () => {
    expect(parseRqlQuery('')).toEqual({
      filter: null,
      order: [],
      select: noSelect,
      limit: null,
      offset: null,
    });
    expect(parseRqlQuery('?&&limit=0&')).toEqual({
      filter: null,
      order: [],
      select: noSelect,
      limit: 0,
      offset: null,
    });
  });

  it('reads several order keys and select entries', () => {
    const query = parseRqlQuery('order=-audit.created.at,+name,id&select=+audit,modules,-description');
    expect(query.order).toEqual([
      { field: 'audit.created.at', direction: 'desc' },
      { field: 'name', direction: 'asc' },
      { field: 'id', direction: 'asc' },
    ]);
    expect(query.select).toEqual({ include: ['audit', 'modules'], exclude: ['description'] });
  });
});

describe('errors', () => {
  it.each([
    ['and(eq(a,1)', /Expected "\)" to close "and\(" opened at position 0/, 11],
    ['eq(a,1))', /Unexpected "\)"/, 7],
    ['foo(a,1)', /Unknown operator "foo"/, 0],
    ['eq(,1)', /Expected a field name/, 3],
    ['eq(a..b,1)', /Invalid field name "a\.\.b"/, 3],
    ['eq(a,"x)', /Unterminated string/, 5],
    ['eq(a,)', /Expected a value/, 5],
    ['eq(a)', /Expected ","/, 4],
    ['eq(a,1,2)', /Expected "\)"/, 6],
    ['not(eq(a,1),eq(b,2))', /not\(\) takes exactly one expression/, 11],
    ['in(status,Active)', /in\(\) takes a list in parentheses/, 10],
    ['and()', /and\(\) needs at least one expression/, 4],
    ['eq(a,foo())', /Unknown constant "foo\(\)"/, 5],
    ['eq(a,x y)', /Expected "\)"/, 7],
    ['"Active"', /Expected an expression/, 0],
    ['limit=-1', /limit must be a non-negative integer, got "-1"/, 6],
    ['limit=1.5', /limit must be a non-negative integer/, 6],
    ['offset=abc', /offset must be a non-negative integer/, 7],
    ['limit=', /limit must be a non-negative integer/, 6],
    ['limit=1&limit=2', /"limit" is given more than once/, 0],
    ['order=name,,id', /Empty field name in order/, 11],
    ['select=+a%20b', /Invalid field name "a b" in select/, 8],
    ['a%20b=1', /Invalid field name "a b"/, 0],
    ['=1', /Empty field name/, 0],
    ['eq(a,"100%")', /Malformed percent-encoding/, 9],
    ['eq(a,"%C3")', /Malformed percent-encoding/, 6],
  ])('%s', (search, message, position) => {
    const error = syntaxError(search);
    expect(error.message).toMatch(message);
    expect(error.position).toBe(position);
  });

  it('refuses absurdly deep nesting instead of overflowing the stack', () => {
    const deep = `${'not('.repeat(10_000)}eq(a,1)${')'.repeat(10_000)}`;
    expect(syntaxError(deep).message).toMatch(/nested more than/);
  });

  it('accepts nesting well within the limit', () => {
    expect(() => parseRqlExpression(`${'not('.repeat(50)}eq(a,1)${')'.repeat(50)}`)).not.toThrow();
  });
});

// Reads a request's query string the way the Marketplace API does.
//
// Decisions the mock makes where the contract is silent:
// - Each `&`-separated part is percent-decoded exactly once, before parsing, and a quoted literal is taken
//   verbatim after that. A second decode of literals would corrupt any value that really contains "%41"-like
//   text, and src/lib/rql.ts never double-encodes, so its output reads back exactly.
// - Quoted literals are always strings. Unquoted ones are numbers when they are JSON numbers (`25`, `-1.5`,
//   `1e+21`; `007` stays a string), booleans for `true`/`false`, and strings otherwise (`Active`).
// - `and`/`or` take one or more expressions, `in`/`out` a parenthesised list (empty allowed), whitespace
//   between tokens is ignored. Repeating `limit`, `offset`, `order` or `select` is an error.
// - Error positions count characters in the decoded part the message quotes.

import {
  RqlSyntaxError,
  type RqlComparisonOp,
  type RqlNode,
  type RqlOrderKey,
  type RqlQuery,
  type RqlValue,
} from './types';

const PARAMETERS = new Set(['limit', 'offset', 'order', 'select']);
const COMPARISONS: ReadonlySet<string> = new Set<RqlComparisonOp>([
  'eq',
  'ne',
  'gt',
  'ge',
  'lt',
  'le',
  'like',
  'ilike',
]);
const OPERATORS = ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'ilike', 'in', 'out', 'and', 'or', 'not'];
const FIELD_PATTERN = /^[A-Za-z0-9_$]+(?:\.[A-Za-z0-9_$]+)*$/;
const FIELD_CHAR = /[A-Za-z0-9_$.]/;
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const WHITESPACE = /\s/;
/** Deep enough for any real filter, shallow enough that hostile input cannot exhaust the stack. */
const MAX_DEPTH = 64;

function describe(source: string): string {
  return JSON.stringify(source.length > 200 ? `${source.slice(0, 200)}…` : source);
}

function fail(message: string, position: number, source: string): never {
  throw new RqlSyntaxError(`${message} (at position ${position} of ${describe(source)})`, position);
}

function decodePart(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    const badEscape = raw.search(/%(?![0-9A-Fa-f]{2})/);
    // A well-formed escape can still decode to invalid UTF-8; then the first escape is as close as we can say.
    const position = badEscape === -1 ? raw.indexOf('%') : badEscape;
    return fail('Malformed percent-encoding', Math.max(position, 0), raw);
  }
}

function unquotedValue(token: string): RqlValue {
  if (JSON_NUMBER.test(token)) return Number(token);
  if (token === 'true') return true;
  if (token === 'false') return false;
  return token;
}

class ExpressionParser {
  private pos = 0;
  private depth = 0;

  constructor(private readonly source: string) {}

  parse(): RqlNode {
    this.skipWhitespace();
    const node = this.node();
    this.skipWhitespace();
    if (this.pos < this.source.length) {
      this.fail(`Unexpected ${JSON.stringify(this.source[this.pos])} after the end of the expression`);
    }
    return node;
  }

  private fail(message: string, position: number = this.pos): never {
    return fail(message, position, this.source);
  }

  private skipWhitespace(): void {
    while (this.pos < this.source.length && WHITESPACE.test(this.source[this.pos] as string)) this.pos++;
  }

  private peek(): string | undefined {
    this.skipWhitespace();
    return this.source[this.pos];
  }

  private expect(char: string, context: string): void {
    const found = this.peek();
    if (found !== char) {
      const what = found === undefined ? 'the end of the expression' : JSON.stringify(found);
      this.fail(`Expected "${char}" ${context}, found ${what}`);
    }
    this.pos++;
  }

  private node(): RqlNode {
    this.skipWhitespace();
    const start = this.pos;
    while (this.pos < this.source.length && /[A-Za-z]/.test(this.source[this.pos] as string)) this.pos++;
    const op = this.source.slice(start, this.pos);
    if (!op) {
      const found = this.source[this.pos];
      this.fail(
        found === undefined
          ? 'Expected an expression such as eq(field,"value"), found the end of the input'
          : `Expected an expression such as eq(field,"value"), found ${JSON.stringify(found)}`,
      );
    }
    if (!OPERATORS.includes(op)) {
      this.fail(`Unknown operator "${op}"; expected one of ${OPERATORS.join(', ')}`, start);
    }
    this.expect('(', `after "${op}"`);
    if (++this.depth > MAX_DEPTH) this.fail(`Expressions are nested more than ${MAX_DEPTH} levels deep`);
    const node = this.operands(op, start);
    this.depth--;
    return node;
  }

  private operands(op: string, start: number): RqlNode {
    if (op === 'and' || op === 'or') {
      if (this.peek() === ')') this.fail(`${op}() needs at least one expression`);
      const args = [this.node()];
      while (this.peek() === ',') {
        this.pos++;
        args.push(this.node());
      }
      this.expect(')', `to close "${op}(" opened at position ${start}`);
      return { op, args };
    }
    if (op === 'not') {
      const arg = this.node();
      if (this.peek() === ',') this.fail('not() takes exactly one expression');
      this.expect(')', `to close "not(" opened at position ${start}`);
      return { op, arg };
    }
    const field = this.field();
    this.expect(',', `after the field name in "${op}("`);
    if (op === 'in' || op === 'out') {
      if (this.peek() !== '(') {
        this.fail(`${op}() takes a list in parentheses, e.g. ${op}(status,(Active,Disabled))`);
      }
      this.pos++;
      const values: RqlValue[] = [];
      if (this.peek() === ')') {
        this.pos++;
      } else {
        values.push(this.value());
        while (this.peek() === ',') {
          this.pos++;
          values.push(this.value());
        }
        this.expect(')', `to close the list of "${op}("`);
      }
      this.expect(')', `to close "${op}(" opened at position ${start}`);
      return { op, field, values };
    }
    if (!COMPARISONS.has(op)) this.fail(`Unknown operator "${op}"`, start);
    const value = this.value();
    this.expect(')', `to close "${op}(" opened at position ${start}`);
    return { op: op as RqlComparisonOp, field, value };
  }

  private field(): string {
    this.skipWhitespace();
    const start = this.pos;
    while (this.pos < this.source.length && FIELD_CHAR.test(this.source[this.pos] as string)) this.pos++;
    const name = this.source.slice(start, this.pos);
    if (!name) this.fail('Expected a field name');
    if (!FIELD_PATTERN.test(name)) this.fail(`Invalid field name "${name}"`, start);
    return name;
  }

  private value(): RqlValue {
    this.skipWhitespace();
    const start = this.pos;
    const first = this.source[start];
    if (first === '"' || first === "'") {
      const end = this.source.indexOf(first, start + 1);
      if (end === -1) this.fail(`Unterminated string: no closing ${first}`, start);
      this.pos = end + 1;
      return this.source.slice(start + 1, end);
    }
    while (this.pos < this.source.length && !/[\s,()"']/.test(this.source[this.pos] as string)) this.pos++;
    const token = this.source.slice(start, this.pos);
    if (this.source[this.pos] === '(') {
      if (token !== 'null' && token !== 'empty') {
        this.fail(`Unknown constant "${token}()"; expected null() or empty()`, start);
      }
      this.pos++;
      this.expect(')', `after "${token}("`);
      return { kind: token };
    }
    if (!token) this.fail('Expected a value');
    return unquotedValue(token);
  }
}

/** Parses one RQL expression, already percent-decoded, e.g. `eq(status,"Active")`. */
export function parseRqlExpression(expression: string): RqlNode {
  return new ExpressionParser(expression).parse();
}

function shorthandValue(text: string): RqlValue {
  if (text === 'null()') return { kind: 'null' };
  if (text === 'empty()') return { kind: 'empty' };
  const q = text[0];
  if ((q === '"' || q === "'") && text.length >= 2 && text.endsWith(q) && !text.slice(1, -1).includes(q)) {
    return text.slice(1, -1);
  }
  return unquotedValue(text);
}

function count(name: string, value: string, part: string): number {
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    fail(`${name} must be a non-negative integer, got ${JSON.stringify(value)}`, name.length + 1, part);
  }
  return Number(value);
}

function fieldList(name: string, value: string, part: string): Array<{ sign: string; field: string }> {
  if (value === '') return [];
  let position = name.length + 1;
  return value.split(',').map((entry) => {
    const at = position;
    position += entry.length + 1;
    const sign = entry[0] === '+' || entry[0] === '-' ? entry[0] : '';
    const field = entry.slice(sign.length);
    if (!FIELD_PATTERN.test(field)) {
      fail(
        field ? `Invalid field name "${field}" in ${name}` : `Empty field name in ${name}`,
        at + sign.length,
        part,
      );
    }
    return { sign, field };
  });
}

/**
 * Reads a raw query string as the browser sent it (percent-encoded, with or without the leading `?`).
 * Throws RqlSyntaxError for anything the server would answer with 400.
 */
export function parseRqlQuery(search: string): RqlQuery {
  const raw = search.startsWith('?') ? search.slice(1) : search;
  const filters: RqlNode[] = [];
  const query: RqlQuery = {
    filter: null,
    order: [],
    select: { include: [], exclude: [] },
    limit: null,
    offset: null,
  };
  const seen = new Set<string>();

  for (const rawPart of raw.split('&')) {
    if (rawPart === '') continue;
    const part = decodePart(rawPart);
    if (part === 'render()') {
      query.render = true;
      continue;
    }
    const equals = part.indexOf('=');
    const paren = part.indexOf('(');
    if (equals === -1 || (paren !== -1 && paren < equals)) {
      filters.push(parseRqlExpression(part));
      continue;
    }

    const key = part.slice(0, equals);
    const value = part.slice(equals + 1);
    if (PARAMETERS.has(key)) {
      if (seen.has(key)) fail(`"${key}" is given more than once`, 0, part);
      seen.add(key);
    }
    switch (key) {
      case 'limit':
        query.limit = count(key, value, part);
        break;
      case 'offset':
        query.offset = count(key, value, part);
        break;
      case 'order':
        query.order = fieldList(key, value, part).map(({ sign, field }): RqlOrderKey => ({
          field,
          direction: sign === '-' ? 'desc' : 'asc',
        }));
        break;
      case 'select':
        for (const { sign, field } of fieldList(key, value, part)) {
          (sign === '-' ? query.select.exclude : query.select.include).push(field);
        }
        break;
      default:
        if (!FIELD_PATTERN.test(key)) {
          fail(key ? `Invalid field name "${key}"` : 'Empty field name before "="', 0, part);
        }
        filters.push({ op: 'eq', field: key, value: shorthandValue(value) });
    }
  }

  if (filters.length === 1) query.filter = filters[0] as RqlNode;
  else if (filters.length > 1) query.filter = { op: 'and', args: filters };
  return query;
}

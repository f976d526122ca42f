/**
 * The `--where` expression language: a small, closed grammar over the JSON
 * fields of an account (SPEC 5), parsed by hand and evaluated by walking the
 * tree. Nothing is ever handed to `eval` or `Function`: an expression can
 * read fields and compare them, and that is all.
 *
 *   expr    := or
 *   or      := and ( ("or" | "||") and )*
 *   and     := not ( ("and" | "&&") not )*
 *   not     := ("not" | "!") not | compare
 *   compare := value ( op value )?
 *              op: == != < <= > >= contains in
 *   value   := number | "text" | 'text' | true | false | null | path | list | "(" expr ")"
 *   path    := name ( "." name | "[" digits "]" )*
 *   list    := "[" ( value ( "," value )* )? "]"
 *
 * Numbers take JavaScript's forms with an optional exponent (`1e6`) and `_`
 * separators (`1_000_000`). `==` and `!=` compare text without regard to
 * case; `contains` is a case-insensitive substring test on text and a
 * membership test on lists; `in` is the reverse of `contains` on a list.
 * A field that is null (or an index past the end) never satisfies `<`, `<=`,
 * `>`, `>=`, `contains` or `in`.
 */

export type WhereValue = string | number | boolean | null | WhereValue[] | { [key: string]: unknown };

type Op = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'contains' | 'in';

export type WhereNode =
  | { kind: 'literal'; value: WhereValue }
  | { kind: 'path'; segments: (string | number)[]; text: string; at: number }
  | { kind: 'list'; items: WhereNode[] }
  | { kind: 'not'; operand: WhereNode }
  | { kind: 'logical'; op: 'and' | 'or'; left: WhereNode; right: WhereNode }
  | { kind: 'compare'; op: Op; left: WhereNode; right: WhereNode; at: number };

/** A mistake in an expression, with the 1-based column where it was found. */
export class WhereError extends Error {
  constructor(message: string, readonly column: number) {
    super(message);
  }
}

interface Token {
  type: 'number' | 'string' | 'name' | 'punct' | 'end';
  text: string;
  value?: string | number;
  at: number;
}

const PUNCT = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '!', '(', ')', '[', ']', ',', '.', '='];

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    const at = i;
    const number = /^(?:\d[\d_]*(?:\.\d[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?/.exec(source.slice(i));
    if (number && !(ch === '.' && tokens.length > 0 && tokens[tokens.length - 1]!.type === 'name')) {
      const text = number[0];
      if (/_$|_\.|\._|__/.test(text)) throw new WhereError(`"${text}" is not a number`, at + 1);
      tokens.push({ type: 'number', text, value: Number(text.replace(/_/g, '')), at });
      i += text.length;
      continue;
    }
    if (ch === '"' || ch === "'") {
      let value = '';
      let j = i + 1;
      for (; j < source.length && source[j] !== ch; j++) {
        if (source[j] === '\\' && j + 1 < source.length) j += 1;
        value += source[j];
      }
      if (j >= source.length) throw new WhereError('text without its closing quote', at + 1);
      tokens.push({ type: 'string', text: source.slice(i, j + 1), value, at });
      i = j + 1;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i));
    if (name) {
      const text = name[0];
      tokens.push({ type: 'name', text, at });
      i += text.length;
      continue;
    }
    const punct = PUNCT.find((p) => source.startsWith(p, i));
    if (!punct) throw new WhereError(`unexpected "${ch}"`, at + 1);
    if (punct === '=') throw new WhereError('use == to compare', at + 1);
    tokens.push({ type: 'punct', text: punct, at });
    i += punct.length;
  }
  tokens.push({ type: 'end', text: 'the end', at: source.length });
  return tokens;
}

const COMPARISONS: readonly string[] = ['==', '!=', '<', '<=', '>', '>=', 'contains', 'in'];
const KEYWORDS = new Set(['and', 'or', 'not', 'contains', 'in', 'true', 'false', 'null']);

export function parseWhere(source: string): WhereNode {
  const tokens = tokenize(source);
  let pos = 0;
  const peek = () => tokens[pos]!;
  const next = () => tokens[pos++]!;
  const is = (text: string) => peek().type !== 'string' && peek().text === text;
  const describe = (t: Token) => (t.type === 'end' ? 'the end of the expression' : `"${t.text}"`);
  const expect = (text: string) => {
    if (!is(text)) throw new WhereError(`expected "${text}" but found ${describe(peek())}`, peek().at + 1);
    next();
  };

  function or(): WhereNode {
    let left = and();
    while (is('or') || is('||')) {
      next();
      left = { kind: 'logical', op: 'or', left, right: and() };
    }
    return left;
  }
  function and(): WhereNode {
    let left = not();
    while (is('and') || is('&&')) {
      next();
      left = { kind: 'logical', op: 'and', left, right: not() };
    }
    return left;
  }
  function not(): WhereNode {
    if (is('not') || is('!')) {
      next();
      return { kind: 'not', operand: not() };
    }
    return compare();
  }
  function compare(): WhereNode {
    const left = value();
    const t = peek();
    if (t.type !== 'string' && COMPARISONS.includes(t.text)) {
      next();
      return { kind: 'compare', op: t.text as Op, left, right: value(), at: t.at };
    }
    return left;
  }
  function value(): WhereNode {
    const t = next();
    if (t.type === 'number' || t.type === 'string') return { kind: 'literal', value: t.value! };
    if (t.type === 'punct' && t.text === '(') {
      const inner = or();
      expect(')');
      return inner;
    }
    if (t.type === 'punct' && t.text === '[') {
      const items: WhereNode[] = [];
      if (!is(']')) {
        items.push(value());
        while (is(',')) {
          next();
          items.push(value());
        }
      }
      expect(']');
      return { kind: 'list', items };
    }
    if (t.type === 'name') {
      if (t.text === 'true' || t.text === 'false') return { kind: 'literal', value: t.text === 'true' };
      if (t.text === 'null') return { kind: 'literal', value: null };
      if (KEYWORDS.has(t.text)) throw new WhereError(`expected a field or a value but found "${t.text}"`, t.at + 1);
      const segments: (string | number)[] = [t.text];
      for (;;) {
        if (is('.')) {
          next();
          const n = next();
          if (n.type !== 'name') throw new WhereError(`expected a field name after "." but found ${describe(n)}`, n.at + 1);
          segments.push(n.text);
        } else if (is('[')) {
          next();
          const n = next();
          if (n.type !== 'number' || !Number.isInteger(n.value)) throw new WhereError(`expected an index (0, 1, …) but found ${describe(n)}`, n.at + 1);
          segments.push(n.value as number);
          expect(']');
        } else {
          break;
        }
      }
      return { kind: 'path', segments, text: source.slice(t.at, tokens[pos - 1]!.at + tokens[pos - 1]!.text.length), at: t.at };
    }
    throw new WhereError(`expected a field or a value but found ${describe(t)}`, t.at + 1);
  }

  const tree = or();
  if (peek().type !== 'end') throw new WhereError(`unexpected ${describe(peek())}`, peek().at + 1);
  return tree;
}

/**
 * Checks every field the expression names against a template object (an
 * account with every optional part present), so a misspelt field is an
 * error before any account is read, not a filter that silently matches
 * nothing. `suggest` finds the nearest name for a did-you-mean.
 */
export function checkWhereFields(tree: WhereNode, template: unknown, suggest: (input: string, names: string[]) => string | undefined): void {
  const visit = (node: WhereNode): void => {
    switch (node.kind) {
      case 'path': {
        let here: unknown = template;
        const done: string[] = [];
        for (const segment of node.segments) {
          if (typeof segment === 'number') {
            if (!Array.isArray(here)) throw new WhereError(`${done.join('.')} is not a list: it takes no index`, node.at + 1);
            here = here[0];
          } else {
            if (here === null || typeof here !== 'object' || Array.isArray(here)) {
              throw new WhereError(`${done.join('.')} has no fields (it is ${Array.isArray(here) ? 'a list' : 'a value'})`, node.at + 1);
            }
            const names = Object.keys(here);
            if (!names.includes(segment)) {
              const near = suggest(segment, names);
              const where = done.length > 0 ? ` in ${done.join('.')}` : '';
              throw new WhereError(`unknown field "${segment}"${where}${near ? `; did you mean "${near}"?` : `; fields: ${names.join(', ')}`}`, node.at + 1);
            }
            here = (here as Record<string, unknown>)[segment];
          }
          done.push(String(segment));
        }
        return;
      }
      case 'list':
        node.items.forEach(visit);
        return;
      case 'not':
        visit(node.operand);
        return;
      case 'logical':
      case 'compare':
        visit(node.left);
        visit(node.right);
        return;
      case 'literal':
        return;
    }
  };
  visit(tree);
}

function resolvePath(object: unknown, segments: readonly (string | number)[]): WhereValue {
  let here: unknown = object;
  for (const segment of segments) {
    // Own fields only: an expression never reaches a prototype.
    if (here === null || typeof here !== 'object' || !Object.hasOwn(here, segment)) return null;
    here = (here as Record<string | number, unknown>)[segment];
  }
  return here === undefined ? null : (here as WhereValue);
}

const fold = (s: string) => s.toLocaleLowerCase('en');

function equal(a: WhereValue, b: WhereValue): boolean {
  if (typeof a === 'string' && typeof b === 'string') return fold(a) === fold(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]!));
  return a === b;
}

function contains(haystack: WhereValue, needle: WhereValue): boolean {
  if (Array.isArray(haystack)) return haystack.some((item) => equal(item, needle));
  if (typeof haystack === 'string' && typeof needle === 'string') return fold(haystack).includes(fold(needle));
  return false;
}

function order(a: WhereValue, b: WhereValue): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a.localeCompare(b, 'en');
  return undefined;
}

function evaluate(node: WhereNode, object: unknown): WhereValue {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'path':
      return resolvePath(object, node.segments);
    case 'list':
      return node.items.map((item) => evaluate(item, object));
    case 'not':
      return !truthy(evaluate(node.operand, object));
    case 'logical': {
      const left = truthy(evaluate(node.left, object));
      if (node.op === 'and') return left && truthy(evaluate(node.right, object));
      return left || truthy(evaluate(node.right, object));
    }
    case 'compare': {
      const a = evaluate(node.left, object);
      const b = evaluate(node.right, object);
      switch (node.op) {
        case '==':
          return equal(a, b);
        case '!=':
          return !equal(a, b);
        case 'contains':
          return contains(a, b);
        case 'in':
          return contains(b, a);
        default: {
          const d = order(a, b);
          if (d === undefined) return false;
          return node.op === '<' ? d < 0 : node.op === '<=' ? d <= 0 : node.op === '>' ? d > 0 : d >= 0;
        }
      }
    }
  }
}

/** null, false, 0, "" and [] are false; everything else is true. */
function truthy(v: WhereValue): boolean {
  if (Array.isArray(v)) return v.length > 0;
  return Boolean(v);
}

export function matchesWhere(tree: WhereNode, object: unknown): boolean {
  return truthy(evaluate(tree, object));
}

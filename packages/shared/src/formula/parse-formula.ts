import {
  FORMULA_FUNCTIONS,
  FORMULA_LIMITS,
  type FormulaBinaryOperator,
  type FormulaFunction,
  type FormulaNode,
  type FormulaProblem,
} from './formula-ast.ts';

type Token =
  | { kind: 'number'; value: number; at: number }
  | { kind: 'text'; value: string; at: number }
  | { kind: 'name'; value: string; at: number }
  | { kind: 'symbol'; value: string; at: number }
  | { kind: 'end'; at: number };

class FormulaSyntaxError extends Error {
  constructor(
    readonly detail: string,
    readonly at: number,
  ) {
    super(detail);
  }
}

const SYMBOLS = ['>=', '<=', '!=', '<>', '+', '-', '*', '/', '&', '=', '>', '<', '(', ')', ','];

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < source.length) {
    const char = source[at] as string;
    if (/\s/.test(char)) {
      at += 1;
      continue;
    }
    const number = /^(\d+(\.\d+)?|\.\d+)/.exec(source.slice(at));
    if (number) {
      tokens.push({ kind: 'number', value: Number(number[0]), at });
      at += number[0].length;
      continue;
    }
    if (char === '"' || char === "'") {
      let end = at + 1;
      let value = '';
      while (end < source.length && source[end] !== char) {
        if (source[end] === '\\' && end + 1 < source.length) end += 1;
        value += source[end];
        end += 1;
      }
      if (end >= source.length) throw new FormulaSyntaxError('unterminated text', at);
      tokens.push({ kind: 'text', value, at });
      at = end + 1;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(at));
    if (name) {
      tokens.push({ kind: 'name', value: name[0], at });
      at += name[0].length;
      continue;
    }
    const symbol = SYMBOLS.find((s) => source.startsWith(s, at));
    if (!symbol) throw new FormulaSyntaxError(`unexpected "${char}"`, at);
    tokens.push({ kind: 'symbol', value: symbol === '<>' ? '!=' : symbol, at });
    at += symbol.length;
  }
  tokens.push({ kind: 'end', at });
  return tokens;
}

/** Precedence climbing levels, loosest first. */
const LEVELS: FormulaBinaryOperator[][] = [['=', '!=', '>', '>=', '<', '<='], ['&'], ['+', '-'], ['*', '/']];

class Parser {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}

  private get token(): Token {
    return this.tokens[this.index] as Token;
  }

  private isSymbol(value: string): boolean {
    return this.token.kind === 'symbol' && this.token.value === value;
  }

  private expectSymbol(value: string): void {
    if (!this.isSymbol(value)) throw new FormulaSyntaxError(`expected "${value}"`, this.token.at);
    this.index += 1;
  }

  parseAll(): FormulaNode {
    const node = this.binary(0, 0);
    if (this.token.kind !== 'end') throw new FormulaSyntaxError('unexpected text', this.token.at);
    return node;
  }

  private binary(level: number, depth: number): FormulaNode {
    if (depth > FORMULA_LIMITS.maxDepth) throw new FormulaSyntaxError('too deeply nested', this.token.at);
    if (level === LEVELS.length) return this.unary(depth);
    const operators = LEVELS[level] as FormulaBinaryOperator[];
    let left = this.binary(level + 1, depth + 1);
    while (this.token.kind === 'symbol' && operators.includes(this.token.value as FormulaBinaryOperator)) {
      const op = this.token.value as FormulaBinaryOperator;
      this.index += 1;
      const right = this.binary(level + 1, depth + 1);
      left = { kind: 'binary', op, left, right };
      // Comparisons do not chain: `a < b < c` is refused rather than silently misread.
      if (level === 0) break;
    }
    return left;
  }

  private unary(depth: number): FormulaNode {
    if (this.isSymbol('-')) {
      this.index += 1;
      return { kind: 'negate', operand: this.unary(depth + 1) };
    }
    if (this.isSymbol('+')) {
      this.index += 1;
      return this.unary(depth + 1);
    }
    return this.primary(depth);
  }

  private primary(depth: number): FormulaNode {
    const token = this.token;
    if (token.kind === 'number') {
      this.index += 1;
      return { kind: 'number', value: token.value };
    }
    if (token.kind === 'text') {
      this.index += 1;
      return { kind: 'text', value: token.value };
    }
    if (token.kind === 'symbol' && token.value === '(') {
      this.index += 1;
      const inner = this.binary(0, depth + 1);
      this.expectSymbol(')');
      return inner;
    }
    if (token.kind === 'name') {
      this.index += 1;
      const upper = token.value.toUpperCase();
      if (this.isSymbol('(')) {
        if (!(FORMULA_FUNCTIONS as readonly string[]).includes(upper)) {
          throw new FormulaSyntaxError(`unknown function ${token.value}`, token.at);
        }
        this.index += 1;
        const args: FormulaNode[] = [];
        if (!this.isSymbol(')')) {
          args.push(this.binary(0, depth + 1));
          while (this.isSymbol(',')) {
            this.index += 1;
            args.push(this.binary(0, depth + 1));
          }
        }
        this.expectSymbol(')');
        return { kind: 'call', name: upper as FormulaFunction, args };
      }
      if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'boolean', value: upper === 'TRUE' };
      return { kind: 'field', name: token.value };
    }
    throw new FormulaSyntaxError(token.kind === 'end' ? 'unexpected end' : 'unexpected token', token.at);
  }
}

/**
 * Parses a formula into its tree, or a `formula.syntax` problem with the position (0-based) and a detail.
 * @example parseFormula('amount * (1 - discount / 100)') // { ok: true, node: { kind: 'binary', op: '*', … } }
 */
export function parseFormula(
  source: string,
): { ok: true; node: FormulaNode } | { ok: false; problem: FormulaProblem } {
  if (source.trim() === '') return { ok: false, problem: { code: 'formula.empty', params: {} } };
  if (source.length > FORMULA_LIMITS.maxLength) {
    return { ok: false, problem: { code: 'formula.too_long', params: { max: FORMULA_LIMITS.maxLength } } };
  }
  try {
    return { ok: true, node: new Parser(tokenize(source)).parseAll() };
  } catch (error) {
    if (!(error instanceof FormulaSyntaxError)) throw error;
    return {
      ok: false,
      problem: { code: 'formula.syntax', params: { position: error.at + 1, detail: error.detail } },
    };
  }
}

/** The field names a formula refers to, each once. */
export function formulaFieldNames(node: FormulaNode): string[] {
  const names = new Set<string>();
  const visit = (current: FormulaNode): void => {
    if (current.kind === 'field') names.add(current.name);
    else if (current.kind === 'negate') visit(current.operand);
    else if (current.kind === 'binary') {
      visit(current.left);
      visit(current.right);
    } else if (current.kind === 'call') current.args.forEach(visit);
  };
  visit(node);
  return [...names];
}

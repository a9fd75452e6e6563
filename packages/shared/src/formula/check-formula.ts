import {
  FORMULA_LIMITS,
  type FormulaNode,
  type FormulaProblem,
  type FormulaResultType,
  type FormulaValueType,
} from './formula-ast.ts';

/** What a formula knows about a field it names: its value type, `unsupported`, or undefined (no such field). */
export type FormulaFieldTypeOf = (name: string) => FormulaValueType | 'unsupported' | undefined;

class FormulaTypeError extends Error {
  constructor(readonly problem: FormulaProblem) {
    super(problem.code);
  }
}

const fail = (code: string, params: Record<string, string | number> = {}): never => {
  throw new FormulaTypeError({ code, params });
};

function expectType(actual: FormulaValueType, expected: FormulaValueType[], where: string): void {
  if (!expected.includes(actual))
    fail('formula.type_mismatch', { where, expected: expected.join('|'), actual });
}

function arity(name: string, args: FormulaNode[], min: number, max = min): void {
  if (args.length < min || args.length > max) {
    const expected = max === Number.POSITIVE_INFINITY ? `${min}+` : min === max ? `${min}` : `${min}-${max}`;
    fail('formula.argument_count', { function: name, expected });
  }
}

function typeOf(node: FormulaNode, fields: FormulaFieldTypeOf): FormulaValueType {
  const of = (child: FormulaNode) => typeOf(child, fields);
  switch (node.kind) {
    case 'number':
      return 'number';
    case 'text':
      return 'text';
    case 'boolean':
      return 'boolean';
    case 'field': {
      const type = fields(node.name);
      if (type === undefined) return fail('formula.unknown_field', { field: node.name });
      if (type === 'unsupported') return fail('formula.unsupported_field', { field: node.name });
      return type;
    }
    case 'negate':
      expectType(of(node.operand), ['number'], '-');
      return 'number';
    case 'binary': {
      const left = of(node.left);
      const right = of(node.right);
      switch (node.op) {
        case '+':
        case '-':
        case '*':
        case '/':
          expectType(left, ['number'], node.op);
          expectType(right, ['number'], node.op);
          return 'number';
        case '&':
          expectType(left, ['text', 'date'], '&');
          expectType(right, ['text', 'date'], '&');
          return 'text';
        case '=':
        case '!=':
          expectType(right, [left], node.op);
          return 'boolean';
        default:
          expectType(left, ['number', 'date'], node.op);
          expectType(right, [left], node.op);
          return 'boolean';
      }
    }
    case 'call': {
      const { name, args } = node;
      switch (name) {
        case 'IF': {
          arity(name, args, 3);
          expectType(of(args[0] as FormulaNode), ['boolean'], 'IF');
          const then = of(args[1] as FormulaNode);
          expectType(of(args[2] as FormulaNode), [then], 'IF');
          return then;
        }
        case 'AND':
        case 'OR':
          arity(name, args, 1, Number.POSITIVE_INFINITY);
          for (const arg of args) expectType(of(arg), ['boolean'], name);
          return 'boolean';
        case 'NOT':
          arity(name, args, 1);
          expectType(of(args[0] as FormulaNode), ['boolean'], name);
          return 'boolean';
        case 'CONCAT':
          arity(name, args, 1, Number.POSITIVE_INFINITY);
          for (const arg of args) expectType(of(arg), ['text', 'date'], name);
          return 'text';
        case 'DATEDIFF':
          arity(name, args, 2);
          for (const arg of args) expectType(of(arg), ['date'], name);
          return 'number';
        case 'TODAY':
          arity(name, args, 0);
          return 'date';
        case 'ROUND': {
          arity(name, args, 1, 2);
          expectType(of(args[0] as FormulaNode), ['number'], name);
          const digits = args[1];
          if (
            digits &&
            (digits.kind !== 'number' ||
              !Number.isInteger(digits.value) ||
              digits.value > FORMULA_LIMITS.maxRoundDigits)
          ) {
            fail('formula.round_digits', { max: FORMULA_LIMITS.maxRoundDigits });
          }
          return 'number';
        }
        case 'ABS':
          arity(name, args, 1);
          expectType(of(args[0] as FormulaNode), ['number'], name);
          return 'number';
        case 'COALESCE':
        case 'BLANKVALUE': {
          if (name === 'BLANKVALUE') arity(name, args, 2);
          else arity(name, args, 1, Number.POSITIVE_INFINITY);
          const first = of(args[0] as FormulaNode);
          for (const arg of args.slice(1)) expectType(of(arg), [first], name);
          return first;
        }
      }
    }
  }
}

/** The value type a result type needs from its expression. */
export function expressionTypeFor(result: FormulaResultType): FormulaValueType {
  return result === 'currency' || result === 'percent' ? 'number' : result;
}

/**
 * Type-checks a parsed formula against the fields it names and, when given, the declared result type:
 * the type of its value, or the first problem (unknown field, wrong argument count, type mismatch…).
 * @example checkFormula(node, (name) => (name === 'amount' ? 'number' : undefined), 'currency')
 */
export function checkFormula(
  node: FormulaNode,
  fields: FormulaFieldTypeOf,
  result?: FormulaResultType,
): { ok: true; type: FormulaValueType } | { ok: false; problem: FormulaProblem } {
  try {
    const type = typeOf(node, fields);
    if (result && expressionTypeFor(result) !== type) {
      return {
        ok: false,
        problem: { code: 'formula.result_type', params: { expected: result, actual: type } },
      };
    }
    return { ok: true, type };
  } catch (error) {
    if (error instanceof FormulaTypeError) return { ok: false, problem: error.problem };
    throw error;
  }
}

import type { FormulaNode } from './formula-ast.ts';

/** A formula value in memory: numbers (currency in yuan), text, dates as `YYYY-MM-DD` text, booleans, or null. */
export type FormulaValue = number | string | boolean | null;

export interface FormulaEvaluationContext {
  /** The value of a field by api name, already in formula form. */
  valueOf(name: string): FormulaValue;
  /** Today's date (`YYYY-MM-DD`) in the time zone of the user or the company. */
  today: string;
}

const DAY_MS = 86_400_000;

/** Rounds half away from zero to `digits` decimals, with exactly the operations the SQL form uses. */
export function roundHalfAwayFromZero(value: number, digits = 0): number {
  if (digits === 0) return Math.sign(value) * Math.floor(Math.abs(value) + 0.5);
  const scale = 10 ** digits;
  return (Math.sign(value) * Math.floor(Math.abs(value) * scale + 0.5)) / scale;
}

/**
 * Evaluates a checked formula on one record with the rules of its SQL form: empty (null) operands make
 * arithmetic and comparisons empty, division by zero is empty, AND/OR/NOT follow three-valued logic,
 * IF takes the else branch on an empty condition, and concatenation reads empty as ''.
 * @example evaluateFormula(node, { valueOf: (name) => ({ amount: 100, discount: 10 })[name] ?? null, today: '2024-05-01' }) // 90
 */
export function evaluateFormula(node: FormulaNode, context: FormulaEvaluationContext): FormulaValue {
  const run = (child: FormulaNode) => evaluateFormula(child, context);
  switch (node.kind) {
    case 'number':
    case 'text':
    case 'boolean':
      return node.value;
    case 'field':
      return context.valueOf(node.name);
    case 'negate': {
      const value = run(node.operand);
      return value === null ? null : -(value as number);
    }
    case 'binary': {
      const left = run(node.left);
      const right = run(node.right);
      if (node.op === '&') return `${left ?? ''}${right ?? ''}`;
      if (left === null || right === null) return null;
      switch (node.op) {
        case '+':
          return (left as number) + (right as number);
        case '-':
          return (left as number) - (right as number);
        case '*':
          return (left as number) * (right as number);
        case '/':
          return right === 0 ? null : (left as number) / (right as number);
        case '=':
          return left === right;
        case '!=':
          return left !== right;
        case '>':
          return left > right;
        case '>=':
          return left >= right;
        case '<':
          return left < right;
        case '<=':
          return left <= right;
      }
      break;
    }
    case 'call':
      return callFunction(node, run, context.today);
  }
  return null;
}

function callFunction(
  node: Extract<FormulaNode, { kind: 'call' }>,
  run: (child: FormulaNode) => FormulaValue,
  today: string,
): FormulaValue {
  const args = node.args;
  const first = () => run(args[0] as FormulaNode);
  switch (node.name) {
    case 'IF':
      return first() === true ? run(args[1] as FormulaNode) : run(args[2] as FormulaNode);
    case 'AND': {
      const values = args.map(run);
      if (values.includes(false)) return false;
      return values.includes(null) ? null : true;
    }
    case 'OR': {
      const values = args.map(run);
      if (values.includes(true)) return true;
      return values.includes(null) ? null : false;
    }
    case 'NOT': {
      const value = first();
      return value === null ? null : !value;
    }
    case 'CONCAT':
      return args.map((arg) => run(arg) ?? '').join('');
    case 'DATEDIFF': {
      const end = first();
      const start = run(args[1] as FormulaNode);
      if (end === null || start === null) return null;
      return (Date.parse(String(end)) - Date.parse(String(start))) / DAY_MS;
    }
    case 'TODAY':
      return today;
    case 'ROUND': {
      const value = first();
      const digits = args[1]?.kind === 'number' ? args[1].value : 0;
      return value === null ? null : roundHalfAwayFromZero(value as number, digits);
    }
    case 'ABS': {
      const value = first();
      return value === null ? null : Math.abs(value as number);
    }
    case 'COALESCE':
      for (const arg of args) {
        const value = run(arg);
        if (value !== null) return value;
      }
      return null;
    case 'BLANKVALUE': {
      const value = first();
      return value === null || value === '' ? run(args[1] as FormulaNode) : value;
    }
  }
}

/**
 * The formula language: arithmetic, comparisons, text concatenation and a few functions over the fields of
 * one record, e.g. `amount * (1 - discount / 100)`. See docs/formulas.md.
 */

/** The types a formula value can have. */
export const FORMULA_VALUE_TYPES = ['number', 'text', 'date', 'boolean'] as const;
export type FormulaValueType = (typeof FORMULA_VALUE_TYPES)[number];

/** What a formula field may declare as its result; currency and percent are numbers presented as such. */
export const FORMULA_RESULT_TYPES = ['number', 'currency', 'percent', 'text', 'date', 'boolean'] as const;
export type FormulaResultType = (typeof FORMULA_RESULT_TYPES)[number];

/** Binary operators, `&` being text concatenation. */
export type FormulaBinaryOperator = '+' | '-' | '*' | '/' | '&' | '=' | '!=' | '>' | '>=' | '<' | '<=';

/** The functions of the language, by their upper-case name. */
export const FORMULA_FUNCTIONS = [
  'IF',
  'AND',
  'OR',
  'NOT',
  'CONCAT',
  'DATEDIFF',
  'TODAY',
  'ROUND',
  'ABS',
  'COALESCE',
  'BLANKVALUE',
] as const;
export type FormulaFunction = (typeof FORMULA_FUNCTIONS)[number];

/** A parsed formula. */
export type FormulaNode =
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'field'; name: string }
  | { kind: 'negate'; operand: FormulaNode }
  | { kind: 'binary'; op: FormulaBinaryOperator; left: FormulaNode; right: FormulaNode }
  | { kind: 'call'; name: FormulaFunction; args: FormulaNode[] };

/** A problem with a formula: a stable code (`formula.*`) and its message parameters. */
export interface FormulaProblem {
  code: string;
  params: Record<string, string | number>;
}

/** Limits that keep formulas cheap to parse and to run as SQL. */
export const FORMULA_LIMITS = { maxLength: 2000, maxDepth: 30, maxRoundDigits: 10 } as const;

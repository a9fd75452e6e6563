import {
  evaluateFormula,
  type FormulaNode,
  type FormulaResultType,
  type FormulaValue,
  type FormulaValueType,
  parseFormula,
  roundHalfAwayFromZero,
} from '@lodestar/shared';
import { type RawBuilder, sql } from 'kysely';
import type { DialectName } from '../../db/database.ts';
import type { FieldType } from '../../metadata/field-types/field-type.ts';
import { civilDayIn } from '../../platform/time/zoned-time.ts';
import { formulaSql, roundSql } from './formula-sql.ts';

/** How a formula reads a field: numbers (currency converted from fen to yuan), text, dates or booleans. */
export type FormulaFieldKind = FormulaValueType | 'currency';

const KINDS: Partial<Record<FieldType, FormulaFieldKind>> = {
  text: 'text',
  longText: 'text',
  phone: 'text',
  email: 'text',
  url: 'text',
  select: 'text',
  region: 'text',
  autoNumber: 'text',
  number: 'number',
  percent: 'number',
  currency: 'currency',
  date: 'date',
  boolean: 'boolean',
};

/** The kind a formula reads a field of `type` as, or null when formulas cannot use the type. */
export function formulaKindOf(type: FieldType): FormulaFieldKind | null {
  return KINDS[type] ?? null;
}

/** The options of a formula field. */
export interface FormulaOptions {
  expression: string;
  resultType: FormulaResultType;
}

/** A field a formula may name: its column and how it is read. */
export interface FormulaOperand {
  column: string;
  kind: FormulaFieldKind;
}

/** A field computed by a formula: its SQL on a table alias and its value from a record, both in stored form. */
export interface ComputedField {
  /** `alias` null: unqualified columns. */
  sql(alias: string | null, today: string): RawBuilder<unknown>;
  /** The value from the record's API values by api name (currency in fen, as the SQL yields it). */
  evaluate(record: Record<string, unknown>, today: string): unknown;
}

const parsedFormulas = new Map<string, FormulaNode>();

/** The parsed tree of an expression already checked when its field was saved (cached). */
export function parsedFormula(expression: string): FormulaNode {
  let node = parsedFormulas.get(expression);
  if (!node) {
    const parsed = parseFormula(expression);
    if (!parsed.ok) throw new Error(`stored formula does not parse: ${parsed.problem.code}`);
    node = parsed.node;
    if (parsedFormulas.size > 1000) parsedFormulas.clear();
    parsedFormulas.set(expression, node);
  }
  return node;
}

function operandSql(operand: FormulaOperand, alias: string | null): RawBuilder<unknown> {
  const ref = alias ? sql.id(alias, operand.column) : sql.id(operand.column);
  if (operand.kind === 'number') return sql`cast(${ref} as double precision)`;
  if (operand.kind === 'currency')
    return sql`(cast(${ref} as double precision) / cast(100 as double precision))`;
  return ref;
}

function operandValue(kind: FormulaFieldKind, value: unknown): FormulaValue {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'number':
    case 'currency': {
      const number = Number(value);
      return Number.isNaN(number) ? null : number;
    }
    case 'boolean':
      return value === true || value === 1 ? true : value === false || value === 0 ? false : null;
    default:
      return String(value);
  }
}

/**
 * The computed field of a formula over `operands` (the fields of its object by api name). Currency results
 * are rounded to whole fen in SQL and in memory alike.
 */
export function computedFieldOf(
  options: FormulaOptions,
  operands: (name: string) => FormulaOperand | undefined,
  dialect: DialectName,
): ComputedField {
  const node = parsedFormula(options.expression);
  const operandOf = (name: string) => {
    const operand = operands(name);
    if (!operand) throw new Error(`formula names unknown field ${name}`);
    return operand;
  };
  const toFen = options.resultType === 'currency';
  return {
    sql(alias, today) {
      const expression = formulaSql(node, {
        dialect,
        today,
        fieldSql: (name) => operandSql(operandOf(name), alias),
      });
      return toFen ? roundSql(sql`(${expression} * cast(100 as double precision))`) : expression;
    },
    evaluate(record, today) {
      const value = evaluateFormula(node, {
        today,
        valueOf: (name) => operandValue(operandOf(name).kind, record[name]),
      });
      return toFen && typeof value === 'number' ? roundHalfAwayFromZero(value * 100) : value;
    },
  };
}

/** The calendar day (`YYYY-MM-DD`) of `now` in `timeZone`: what `TODAY()` is. */
export function todayIn(now: Date, timeZone: string): string {
  return new Date(civilDayIn(now, timeZone)).toISOString().slice(0, 10);
}

import { z } from 'zod';
import type { DialectName } from '../../db/database.ts';
import { EMPTY, type FieldTypeModule, isEmptyInput, type ParseResult } from './field-type.ts';

export const NumberOptions = z.strictObject({
  /** Fraction digits allowed in input. */
  scale: z.int().min(0).max(10).default(2),
  min: z.number().optional(),
  max: z.number().optional(),
});
export type NumberOptions = z.infer<typeof NumberOptions>;

/** The column type of a floating-point number on each dialect. */
export function floatColumn(dialect: DialectName) {
  return { dataType: dialect === 'postgres' ? ('double precision' as const) : ('real' as const) };
}

/** Parses a finite number (or a numeric string) with at most `scale` fraction digits, within min/max. */
export function parseNumber(value: unknown, options: NumberOptions): ParseResult {
  if (isEmptyInput(value)) return EMPTY;
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : null;
  if (text === null || !/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(text))
    return { ok: false, code: 'value.expected_number' };
  const number = Number(text);
  if (!Number.isFinite(number)) return { ok: false, code: 'value.expected_number' };
  const fraction = /\.(\d+)$/.exec(String(number))?.[1]?.length ?? 0;
  if (fraction > options.scale)
    return { ok: false, code: 'value.too_many_decimals', params: { scale: options.scale } };
  if (
    (options.min !== undefined && number < options.min) ||
    (options.max !== undefined && number > options.max)
  ) {
    return { ok: false, code: 'value.out_of_range' };
  }
  return { ok: true, value: number };
}

/** A floating-point number (double precision / REAL). */
export const numberField: FieldTypeModule<NumberOptions> = {
  type: 'number',
  optionsSchema: NumberOptions,
  column: (dialect) => floatColumn(dialect),
  conditionType: 'number',
  canBeUnique: true,
  parseInput: (value, options) => parseNumber(value, options),
  present: (value) => (value == null ? null : Number(value)),
  canConvertFrom: (from) => (from === 'number' || from === 'percent' ? 'lossless' : 'impossible'),
};

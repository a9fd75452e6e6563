import { FORMULA_LIMITS, FORMULA_RESULT_TYPES } from '@lodestar/shared';
import { z } from 'zod';
import type { ConditionFieldType } from '../../records/conditions/condition-schema.ts';
import { currencyField } from './currency.ts';
import { EMPTY, type FieldTypeModule, isEmptyInput } from './field-type.ts';

export const FormulaOptions = z.strictObject({
  /** The expression, e.g. `amount * (1 - discount / 100)`; checked against the object's fields on save. */
  expression: z.string().trim().min(1).max(FORMULA_LIMITS.maxLength),
  resultType: z.enum(FORMULA_RESULT_TYPES).default('number'),
});
export type FormulaOptions = z.infer<typeof FormulaOptions>;

const CONDITION_TYPES: Record<FormulaOptions['resultType'], ConditionFieldType> = {
  number: 'number',
  currency: 'number',
  percent: 'number',
  text: 'text',
  date: 'date',
  boolean: 'boolean',
};

/**
 * A value computed from other fields of the record. It has no column: record queries select its compiled
 * SQL expression, so it can be filtered and sorted; the API refuses input for it. Currency results are
 * whole fen, like currency columns.
 */
export const formulaField: FieldTypeModule<FormulaOptions> = {
  type: 'formula',
  optionsSchema: FormulaOptions,
  column: () => {
    throw new Error('formula fields have no column');
  },
  computed: true,
  conditionType: 'number',
  conditionTypeOf: (options) => CONDITION_TYPES[options.resultType],
  readOnly: true,
  canBeUnique: false,
  parseInput: (value) => (isEmptyInput(value) ? EMPTY : { ok: false, code: 'value.read_only' }),
  present(value, options) {
    if (value === null || value === undefined) return null;
    switch (options.resultType) {
      case 'currency':
        return currencyField.present(Math.trunc(Number(value)), { currency: 'CNY' });
      case 'number':
      case 'percent':
        return Number(value);
      case 'boolean':
        return value === true || value === 1;
      default:
        return String(value);
    }
  },
  encodeConditionValue: (value, options) =>
    options.resultType === 'currency'
      ? currencyField.encodeConditionValue?.(value, { currency: 'CNY' })
      : value,
  canConvertFrom: () => 'impossible',
};

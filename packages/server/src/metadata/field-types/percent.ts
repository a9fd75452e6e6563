import type { FieldTypeModule } from './field-type.ts';
import { floatColumn, NumberOptions, parseNumber } from './number.ts';

/** A percentage stored as its number of percent (12.5 means 12.5 %). */
export const percentField: FieldTypeModule<NumberOptions> = {
  type: 'percent',
  optionsSchema: NumberOptions,
  column: (dialect) => floatColumn(dialect),
  conditionType: 'number',
  canBeUnique: false,
  parseInput: (value, options) => parseNumber(value, options),
  present: (value) => (value == null ? null : Number(value)),
  canConvertFrom: (from) => (from === 'number' || from === 'percent' ? 'lossless' : 'impossible'),
};

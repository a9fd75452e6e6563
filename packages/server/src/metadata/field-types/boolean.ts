import { z } from 'zod';
import { EMPTY, type FieldTypeModule, type ParseResult } from './field-type.ts';

/** Yes or no: boolean on PostgreSQL, 0/1 on SQLite; the API speaks true/false. */
export const booleanField: FieldTypeModule<Record<string, never>> = {
  type: 'boolean',
  optionsSchema: z.strictObject({}),
  column: (dialect) => ({ dataType: dialect === 'postgres' ? 'boolean' : 'integer' }),
  conditionType: 'boolean',
  canBeUnique: false,
  parseInput(value): ParseResult {
    if (value === undefined || value === null) return EMPTY;
    if (typeof value !== 'boolean') return { ok: false, code: 'value.expected_boolean' };
    return { ok: true, value };
  },
  present: (value) => (value == null ? null : value === true || value === 1),
  canConvertFrom: (from) => (from === 'boolean' ? 'lossless' : 'impossible'),
};

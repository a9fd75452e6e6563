import { z } from 'zod';
import { EMPTY, type FieldTypeModule, isEmptyInput, type ParseResult } from './field-type.ts';

const DATETIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An instant: timestamptz on PostgreSQL, ISO-8601 UTC text on SQLite; the API speaks ISO-8601 with a zone. */
export const datetimeField: FieldTypeModule<Record<string, never>> = {
  type: 'datetime',
  optionsSchema: z.strictObject({}),
  column: (dialect) => ({ dataType: dialect === 'postgres' ? 'timestamptz' : 'text' }),
  conditionType: 'datetime',
  canBeUnique: false,
  parseInput(value): ParseResult {
    if (isEmptyInput(value)) return EMPTY;
    if (typeof value !== 'string' || !DATETIME_PATTERN.test(value.trim())) {
      return { ok: false, code: 'value.expected_datetime' };
    }
    const instant = new Date(value.trim());
    if (Number.isNaN(instant.getTime())) return { ok: false, code: 'value.expected_datetime' };
    return { ok: true, value: instant.toISOString() };
  },
  present: (value) => (value == null ? null : new Date(String(value)).toISOString()),
  canConvertFrom: (from) => (from === 'datetime' ? 'lossless' : 'impossible'),
};

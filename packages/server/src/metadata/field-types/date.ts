import { z } from 'zod';
import { EMPTY, type FieldTypeModule, isEmptyInput, type ParseResult } from './field-type.ts';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `YYYY-MM-DD` names a real calendar day. */
export function isCalendarDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** A calendar day, stored as `YYYY-MM-DD` text on both dialects. */
export const dateField: FieldTypeModule<Record<string, never>> = {
  type: 'date',
  optionsSchema: z.strictObject({}),
  column: () => ({ dataType: 'text' }),
  conditionType: 'date',
  canBeUnique: true,
  parseInput(value): ParseResult {
    if (isEmptyInput(value)) return EMPTY;
    if (typeof value !== 'string' || !isCalendarDate(value.trim()))
      return { ok: false, code: 'value.expected_date' };
    return { ok: true, value: value.trim() };
  },
  present: (value) => (value == null ? null : String(value)),
  canConvertFrom: (from) => (from === 'date' ? 'lossless' : 'impossible'),
};

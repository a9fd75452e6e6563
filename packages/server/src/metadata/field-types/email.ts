import { normalizeEmail } from '@lodestar/shared';
import { z } from 'zod';
import { EMPTY, type FieldTypeModule, isEmptyInput, type ParseResult } from './field-type.ts';

/** An email address, stored normalised. */
export const emailField: FieldTypeModule<Record<string, never>> = {
  type: 'email',
  optionsSchema: z.strictObject({}),
  column: () => ({ dataType: 'text' }),
  conditionType: 'text',
  canBeUnique: true,
  parseInput(value): ParseResult {
    if (isEmptyInput(value)) return EMPTY;
    const email = typeof value === 'string' ? normalizeEmail(value) : null;
    return email === null ? { ok: false, code: 'value.invalid_email' } : { ok: true, value: email };
  },
  present: (value) => (value == null ? null : String(value)),
  canConvertFrom: (from) => (from === 'email' ? 'lossless' : 'lossy'),
};

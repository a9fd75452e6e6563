import { normalizePhone } from '@lodestar/shared';
import { z } from 'zod';
import { EMPTY, type FieldTypeModule, isEmptyInput, type ParseResult } from './field-type.ts';

/** A mainland mobile or landline number (or a service number), stored normalised. */
export const phoneField: FieldTypeModule<Record<string, never>> = {
  type: 'phone',
  optionsSchema: z.strictObject({}),
  column: () => ({ dataType: 'text' }),
  conditionType: 'text',
  canBeUnique: true,
  parseInput(value): ParseResult {
    if (isEmptyInput(value)) return EMPTY;
    const phone = typeof value === 'string' ? normalizePhone(value) : null;
    return phone === null ? { ok: false, code: 'value.invalid_phone' } : { ok: true, value: phone };
  },
  present: (value) => (value == null ? null : String(value)),
  canConvertFrom: (from) => (from === 'phone' ? 'lossless' : 'lossy'),
};

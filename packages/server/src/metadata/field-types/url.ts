import { isHttpUrl } from '@lodestar/shared';
import { z } from 'zod';
import { EMPTY, type FieldTypeModule, isEmptyInput, type ParseResult } from './field-type.ts';

/** An http(s) URL, safe to render as a link. */
export const urlField: FieldTypeModule<Record<string, never>> = {
  type: 'url',
  optionsSchema: z.strictObject({}),
  column: () => ({ dataType: 'text' }),
  conditionType: 'text',
  canBeUnique: false,
  parseInput(value): ParseResult {
    if (isEmptyInput(value)) return EMPTY;
    if (typeof value !== 'string' || !isHttpUrl(value.trim()))
      return { ok: false, code: 'value.invalid_url' };
    return { ok: true, value: value.trim() };
  },
  present: (value) => (value == null ? null : String(value)),
  canConvertFrom: (from) => (from === 'url' ? 'lossless' : 'lossy'),
};

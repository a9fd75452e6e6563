import { z } from 'zod';
import { EMPTY, type FieldTypeModule, isEmptyInput, type ParseResult } from './field-type.ts';

/** A Chinese administrative division (province, city or district) by its six-digit code. */
export const regionField: FieldTypeModule<Record<string, never>> = {
  type: 'region',
  optionsSchema: z.strictObject({}),
  column: () => ({ dataType: 'text' }),
  conditionType: 'region',
  canBeUnique: false,
  parseInput(value, _options, { regions }): ParseResult {
    if (isEmptyInput(value)) return EMPTY;
    if (typeof value !== 'string' || !regions.isValidRegionCode(value.trim())) {
      return { ok: false, code: 'value.unknown_region' };
    }
    return { ok: true, value: value.trim() };
  },
  present: (value) => (value == null ? null : String(value)),
  canConvertFrom: (from) => (from === 'region' ? 'lossless' : 'lossy'),
};

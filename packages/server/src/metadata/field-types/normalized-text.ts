import { z } from 'zod';
import { EMPTY, type FieldType, type FieldTypeModule, isEmptyInput, type ParseResult } from './field-type.ts';

/**
 * A text-valued field whose input is checked and stored in one canonical form (email, phone, URL):
 * `normalize` returns that form, or null when the input is not valid (answered with `invalidCode`).
 */
export function normalizedTextField(props: {
  type: FieldType;
  normalize: (input: string) => string | null;
  invalidCode: string;
  canBeUnique: boolean;
}): FieldTypeModule<Record<string, never>> {
  return {
    type: props.type,
    optionsSchema: z.strictObject({}),
    column: () => ({ dataType: 'text' }),
    conditionType: 'text',
    canBeUnique: props.canBeUnique,
    parseInput(value): ParseResult {
      if (isEmptyInput(value)) return EMPTY;
      const normalized = typeof value === 'string' ? props.normalize(value) : null;
      return normalized === null ? { ok: false, code: props.invalidCode } : { ok: true, value: normalized };
    },
    present: (value) => (value == null ? null : String(value)),
    canConvertFrom: (from) => (from === props.type ? 'lossless' : 'lossy'),
  };
}

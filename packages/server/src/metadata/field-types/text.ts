import { z } from 'zod';
import { EMPTY, type FieldTypeModule, isEmptyInput } from './field-type.ts';

export const TextOptions = z.strictObject({ maxLength: z.int().min(1).max(1000).default(255) });
export type TextOptions = z.infer<typeof TextOptions>;

/** Parses trimmed text up to `maxLength` characters (shared by the text-like types). */
export function parseText(value: unknown, maxLength: number) {
  if (isEmptyInput(value)) return EMPTY;
  if (typeof value !== 'string') return { ok: false as const, code: 'value.expected_text' };
  const text = value.trim();
  if ([...text].length > maxLength)
    return { ok: false as const, code: 'value.too_long', params: { max: maxLength } };
  return { ok: true as const, value: text };
}

/** A single line of text. */
export const textField: FieldTypeModule<TextOptions> = {
  type: 'text',
  optionsSchema: TextOptions,
  column: () => ({ dataType: 'text' }),
  conditionType: 'text',
  canBeUnique: true,
  parseInput: (value, options) => parseText(value, options.maxLength),
  present: (value) => (value == null ? null : String(value)),
  canConvertFrom: (from) =>
    ['text', 'phone', 'email', 'url', 'select', 'region'].includes(from) ? 'lossless' : 'lossy',
};

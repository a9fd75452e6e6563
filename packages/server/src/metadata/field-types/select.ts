import { z } from 'zod';
import { EMPTY, type FieldTypeModule, isEmptyInput, type ParseResult } from './field-type.ts';

const Labels = z.strictObject({ 'zh-CN': z.string().min(1).max(100), en: z.string().min(1).max(100) });

export const SelectOptions = z.strictObject({
  choices: z
    .array(
      z.strictObject({
        value: z.string().trim().min(1).max(64),
        label: Labels,
        color: z.string().max(32).optional(),
      }),
    )
    .min(1)
    .max(500)
    .refine(
      (choices) => new Set(choices.map((c) => c.value)).size === choices.length,
      'duplicate choice values',
    ),
});
export type SelectOptions = z.infer<typeof SelectOptions>;

/** One value out of an admin-defined list; the stored value is the choice's `value`. */
export const selectField: FieldTypeModule<SelectOptions> = {
  type: 'select',
  optionsSchema: SelectOptions,
  column: () => ({ dataType: 'text' }),
  conditionType: 'select',
  canBeUnique: false,
  parseInput(value, options): ParseResult {
    if (isEmptyInput(value)) return EMPTY;
    if (typeof value !== 'string') return { ok: false, code: 'value.expected_text' };
    if (!options.choices.some((choice) => choice.value === value)) {
      return { ok: false, code: 'value.unknown_choice', params: { value } };
    }
    return { ok: true, value };
  },
  present: (value) => (value == null ? null : String(value)),
  canConvertFrom: (from) => (from === 'select' ? 'lossless' : 'lossy'),
};

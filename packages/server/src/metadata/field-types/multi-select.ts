import { z } from 'zod';
import { MULTI_SELECT_VALUE } from '../../records/conditions/field-operators.ts';
import { EMPTY, type FieldTypeModule, isEmptyInput, type JsonValue, type ParseResult } from './field-type.ts';

const Labels = z.strictObject({ 'zh-CN': z.string().min(1).max(100), en: z.string().min(1).max(100) });

/**
 * The choices of a multi-valued field. Values are restricted to letters, digits, `_` and `-`, and unique
 * ignoring case: the stored JSON text is matched by `like '%"value"%'`, case-insensitively.
 */
export const MultiSelectChoices = z
  .array(
    z.strictObject({
      value: z.string().regex(MULTI_SELECT_VALUE, 'letters, digits, _ and - only (1-40)'),
      label: Labels,
      color: z.string().max(32).optional(),
    }),
  )
  .min(1)
  .max(500)
  .refine(
    (choices) => new Set(choices.map((c) => c.value.toLowerCase())).size === choices.length,
    'duplicate choice values',
  );

export const MultiSelectOptions = z.strictObject({ choices: MultiSelectChoices });
export type MultiSelectOptions = z.infer<typeof MultiSelectOptions>;

/** The stored JSON array text of the values in `input`, de-duplicated in order; empty is null. */
export function parseChoiceList(value: unknown, allowed: ReadonlyArray<{ value: string }>): ParseResult {
  if (isEmptyInput(value)) return EMPTY;
  if (!Array.isArray(value)) return { ok: false, code: 'value.expected_list' };
  const values: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string') return { ok: false, code: 'value.expected_list' };
    if (!allowed.some((choice) => choice.value === item)) {
      return { ok: false, code: 'value.unknown_choice', params: { value: item } };
    }
    if (!values.includes(item)) values.push(item);
  }
  return values.length === 0 ? EMPTY : { ok: true, value: JSON.stringify(values) };
}

/** The stored JSON array text as an array of values; empty (or unreadable) is `[]`. */
export function presentChoiceList(stored: unknown): JsonValue {
  if (typeof stored !== 'string' || stored === '') return [];
  try {
    const values: unknown = JSON.parse(stored);
    return Array.isArray(values) ? values.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/** Any number of values out of an admin-defined list, kept in the order given; stored as JSON array text. */
export const multiSelectField: FieldTypeModule<MultiSelectOptions> = {
  type: 'multiSelect',
  optionsSchema: MultiSelectOptions,
  column: () => ({ dataType: 'text' }),
  conditionType: 'multiSelect',
  canBeUnique: false,
  parseInput: (value, options) => parseChoiceList(value, options.choices),
  present: (value) => presentChoiceList(value),
  canConvertFrom: (from) => (from === 'multiSelect' || from === 'tags' ? 'lossless' : 'impossible'),
};

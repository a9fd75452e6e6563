import { z } from 'zod';
import { parseAutoNumberPattern } from '../../records/auto-number/auto-number-pattern.ts';
import { EMPTY, type FieldTypeModule, isEmptyInput } from './field-type.ts';

export const AutoNumberOptions = z.strictObject({
  /** The numbering pattern, e.g. `HT-{YYYY}-{0000}` (see `parseAutoNumberPattern`). */
  pattern: z.string().superRefine((pattern, context) => {
    const parsed = parseAutoNumberPattern(pattern);
    if (!parsed.ok)
      for (const problem of parsed.problems) context.addIssue({ code: 'custom', message: problem.code });
  }),
});
export type AutoNumberOptions = z.infer<typeof AutoNumberOptions>;

/**
 * A number the server hands out when a record is created, e.g. `HT-2026-0001`; never written through the
 * API. Records that existed before the field was added stay empty.
 */
export const autoNumberField: FieldTypeModule<AutoNumberOptions> = {
  type: 'autoNumber',
  optionsSchema: AutoNumberOptions,
  column: () => ({ dataType: 'text' }),
  conditionType: 'text',
  readOnly: true,
  canBeUnique: false,
  parseInput: (value) => (isEmptyInput(value) ? EMPTY : { ok: false, code: 'value.read_only' }),
  present: (value) => (value == null ? null : String(value)),
  canConvertFrom: () => 'impossible',
};

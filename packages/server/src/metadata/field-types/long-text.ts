import { z } from 'zod';
import type { FieldTypeModule } from './field-type.ts';
import { parseText } from './text.ts';

export const LongTextOptions = z.strictObject({ maxLength: z.int().min(1).max(100_000).default(10_000) });
export type LongTextOptions = z.infer<typeof LongTextOptions>;

/** Multi-line text; line breaks are kept. */
export const longTextField: FieldTypeModule<LongTextOptions> = {
  type: 'longText',
  optionsSchema: LongTextOptions,
  column: () => ({ dataType: 'text' }),
  conditionType: 'text',
  canBeUnique: false,
  parseInput: (value, options) => parseText(value, options.maxLength),
  present: (value) => (value == null ? null : String(value)),
  canConvertFrom: (from) => (from === 'text' || from === 'longText' ? 'lossless' : 'lossy'),
};

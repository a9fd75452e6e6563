import { z } from 'zod';
import type { FieldTypeModule } from './field-type.ts';
import { MultiSelectChoices, multiSelectField, parseChoiceList } from './multi-select.ts';

const Labels = z.strictObject({ 'zh-CN': z.string().min(1).max(100), en: z.string().min(1).max(100) });

/** A tag group defined on the field: its name and its tags (same rules as multi-select choices). */
export const TagsOptions = z.strictObject({ group: Labels, tags: MultiSelectChoices });
export type TagsOptions = z.infer<typeof TagsOptions>;

/**
 * Tags out of the field's tag group, many per record: stored, presented and filtered like a multi-select.
 */
export const tagsField: FieldTypeModule<TagsOptions> = {
  ...(multiSelectField as unknown as FieldTypeModule<TagsOptions>),
  type: 'tags',
  optionsSchema: TagsOptions,
  parseInput: (value, options) => parseChoiceList(value, options.tags),
};

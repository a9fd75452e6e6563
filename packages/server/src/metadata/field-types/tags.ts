import { z } from 'zod';
import { TAG_GROUP_KEY } from '../../platform/tag-groups/tag-group.schemas.ts';
import type { FieldTypeModule } from './field-type.ts';
import { multiSelectField, parseChoiceList } from './multi-select.ts';

/** A `tags` field refers to an admin-defined tag group by key; its tags are managed on the group. */
export const TagsOptions = z.strictObject({ group: z.string().regex(TAG_GROUP_KEY, 'a tag group key') });
export type TagsOptions = z.infer<typeof TagsOptions>;

/**
 * Tags out of the field's tag group, many per record: stored, presented and filtered like a multi-select
 * (a JSON array of tag keys); input is checked against the group's current tags.
 */
export const tagsField: FieldTypeModule<TagsOptions> = {
  ...(multiSelectField as unknown as FieldTypeModule<TagsOptions>),
  type: 'tags',
  optionsSchema: TagsOptions,
  parseInput: (value, options, { tagGroups }) =>
    parseChoiceList(
      value,
      (tagGroups.tagsOf(options.group) ?? []).map((tag) => ({ value: tag.key })),
    ),
};

import { z } from 'zod';
import { MULTI_SELECT_VALUE } from '../../records/conditions/field-operators.ts';

const Labels = z.strictObject({
  'zh-CN': z.string().trim().min(1).max(100),
  en: z.string().trim().min(1).max(100),
});

/** A tag group key: a camelCase-ish identifier that `tags` fields refer to. */
export const TAG_GROUP_KEY = /^[a-z][A-Za-z0-9_]{0,39}$/;

export const TagSchema = z.strictObject({
  key: z.string().regex(MULTI_SELECT_VALUE, 'letters, digits, _ and - only (1-40)'),
  label: Labels,
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #1677ff')
    .nullable()
    .describe('Hex colour shown on the tag, or null for the default'),
});
export type Tag = z.infer<typeof TagSchema>;

const TagList = z
  .array(TagSchema)
  .max(500)
  .refine((tags) => new Set(tags.map((t) => t.key.toLowerCase())).size === tags.length, 'duplicate tag keys');

export const TagGroupSchema = z.object({
  id: z.number(),
  key: z.string(),
  label: z.object({ 'zh-CN': z.string(), en: z.string() }),
  tags: z.array(
    z.object({
      key: z.string(),
      label: z.object({ 'zh-CN': z.string(), en: z.string() }),
      color: z.string().nullable(),
    }),
  ),
  position: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TagGroupOutput = z.infer<typeof TagGroupSchema>;

export const TagGroupList = z.object({ data: z.array(TagGroupSchema) });

export const CreateTagGroupBody = z.strictObject({
  key: z.string().regex(TAG_GROUP_KEY, 'starts with a lower-case letter; letters, digits and _ (1-40)'),
  label: Labels,
  tags: TagList.default([]),
  position: z.number().int().min(0).max(100_000).optional(),
});
export type CreateTagGroupInput = z.infer<typeof CreateTagGroupBody>;

export const UpdateTagGroupBody = z.strictObject({
  label: Labels.optional(),
  tags: TagList.optional().describe(
    'The complete new list; removing a tag that records use is refused (409)',
  ),
  position: z.number().int().min(0).max(100_000).optional(),
});
export type UpdateTagGroupInput = z.infer<typeof UpdateTagGroupBody>;

export const TagGroupIdParams = z.object({ id: z.coerce.number().int().positive() });

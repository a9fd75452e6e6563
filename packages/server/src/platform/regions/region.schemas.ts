import { z } from 'zod';

const RegionCode = z
  .string()
  .regex(/^\d{6}$/, 'a six-digit GB/T 2260 code')
  .describe('Six-digit GB/T 2260 code: 310000 上海市, 310100 its 市辖区, 310115 浦东新区');
const RegionLevelSchema = z.enum(['province', 'city', 'district']);
const NAME_NOTE = 'Official Chinese name (the dataset has no other language; shown as is in every locale)';

export const RegionCodeParams = z.object({ code: RegionCode });

export const RegionChildrenQuery = z
  .object({ parent: RegionCode.optional().describe('Omit for the provinces') })
  .strict();

export const RegionSearchQuery = z
  .object({
    q: z.string().trim().min(1).max(40).describe('Part of a name, e.g. 浦东'),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

const PathEntry = z.object({ code: z.string(), name: z.string() });

export const RegionChildSchema = z.object({
  code: z.string(),
  name: z.string().describe(NAME_NOTE),
  level: RegionLevelSchema,
  hasChildren: z.boolean(),
});

export const RegionChildList = z.object({
  items: z.array(RegionChildSchema).describe('In code order'),
});

export const RegionDetailSchema = z.object({
  code: z.string(),
  name: z.string().describe(NAME_NOTE),
  level: RegionLevelSchema,
  path: z
    .array(PathEntry)
    .describe('Province down to this region itself, including grouping levels such as 市辖区'),
  fullName: z.string().describe('Name for display, grouping levels left out: 上海市浦东新区'),
});

export const RegionSearchResults = z.object({
  items: z
    .array(RegionDetailSchema.extend({ hasChildren: z.boolean() }))
    .describe('Exact name matches first, then names starting with q, then names containing it'),
});

import { z } from 'zod';

export const PeopleQuery = z.object({
  q: z.string().trim().max(100).optional().describe('Part of a name or username'),
  ids: z
    .string()
    .regex(/^\d+(,\d+){0,99}$/, 'up to 100 comma-separated ids')
    .optional()
    .describe('These people only (e.g. to name the owners shown on a page)'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const PersonSchema = z
  .object({
    id: z.number(),
    name: z.string(),
    username: z.string(),
    departmentName: z.string().nullable(),
    active: z.boolean(),
  })
  .meta({ id: 'Person' });

export const PeopleList = z.object({ items: z.array(PersonSchema) });
export type Person = z.infer<typeof PersonSchema>;

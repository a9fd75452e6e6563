import { z } from 'zod';

/** Path parameter naming an object. */
export const ViewObjectParams = z.object({ object: z.string().min(1).max(200) });

/** Path parameters naming a view of an object. */
export const ViewParams = z.object({
  object: z.string().min(1).max(200),
  id: z.coerce.number().int().positive(),
});

/** A new view: columns (field paths), filter (a condition), sort (`-amount,name`), search and sharing. */
export const CreateViewBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  columns: z.array(z.string().min(1).max(200)).max(200),
  filter: z.unknown().nullable().optional().describe('A condition of the condition language'),
  sort: z.string().max(500).nullable().optional(),
  q: z.string().max(200).nullable().optional(),
  shared: z.boolean().default(false),
});
export type CreateViewInput = z.infer<typeof CreateViewBody>;

/** The changed properties of a view. */
export const UpdateViewBody = CreateViewBody.partial().extend({ shared: z.boolean().optional() });
export type UpdateViewInput = z.infer<typeof UpdateViewBody>;

/** A saved list view as the API shows it. */
export const ViewSchema = z
  .object({
    id: z.number(),
    object: z.string(),
    name: z.string(),
    columns: z.array(z.string()),
    filter: z.unknown().nullable(),
    sort: z.string().nullable(),
    q: z.string().nullable(),
    shared: z.boolean(),
    ownerId: z.number().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ListView' });

export const ViewListSchema = z.object({ data: z.array(ViewSchema) });

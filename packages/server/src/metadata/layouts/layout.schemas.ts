import { z } from 'zod';
import { LabelsInput, LabelsSchema, ObjectParams } from '../metadata.schemas.ts';

const Span = z.union([z.literal(1), z.literal(2)]);

const SectionSchema = z.object({
  key: z.string(),
  label: LabelsSchema,
  columns: Span,
  roleIds: z.array(z.int()).nullable(),
  fields: z.array(z.object({ field: z.string(), span: Span })),
});

/** A record layout as the API shows it. */
export const LayoutSchema = z.object({ sections: z.array(SectionSchema) }).meta({ id: 'Layout' });

/** A layout as `PUT` accepts it. */
export const LayoutBody = z.strictObject({
  sections: z
    .array(
      z.strictObject({
        key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_-]{0,39}$/),
        label: LabelsInput,
        columns: Span,
        roleIds: z.array(z.int().positive()).min(1).max(100).nullable().optional(),
        fields: z
          .array(z.strictObject({ field: z.string().min(1).max(200), span: Span.optional() }))
          .max(500),
      }),
    )
    .min(1)
    .max(50),
});
export type LayoutInput = z.infer<typeof LayoutBody>;

/** `?all=1`: every section, whatever the viewer's roles (for the designer). */
export const LayoutQuery = z.object({ all: z.enum(['0', '1']).optional() });

export { ObjectParams };

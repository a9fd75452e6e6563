import { z } from 'zod';
import { FIELD_TYPES } from '../field-types/index.ts';
import type { TypeChangePreview } from './preview-type-change.query.ts';

/** Body of a type-change preview: the new type and, optionally, its options. */
export const TypeChangePreviewBody = z.strictObject({
  type: z.enum(FIELD_TYPES),
  options: z.record(z.string(), z.unknown()).optional(),
});

export const TypeChangePreviewSchema = z
  .object({
    convertible: z.boolean(),
    lossless: z.boolean(),
    total: z.int(),
    convertibleCount: z.int(),
    failing: z.int(),
    lossy: z.int(),
    samples: z.array(
      z.object({ id: z.int(), from: z.unknown(), to: z.unknown(), error: z.string().optional() }),
    ),
    reason: z.string().nullable(),
  })
  .meta({ id: 'TypeChangePreview' });

/** A preview as the API shows it. */
export function presentTypeChangePreview(
  preview: TypeChangePreview,
): z.infer<typeof TypeChangePreviewSchema> {
  return {
    convertible: preview.convertible,
    lossless: preview.lossless,
    total: preview.total,
    convertibleCount: preview.convertibleCount,
    failing: preview.failing,
    lossy: preview.lossy,
    samples: preview.samples.map((sample) => ({
      id: sample.id,
      from: sample.from,
      to: sample.to,
      ...(sample.error ? { error: sample.error } : {}),
    })),
    reason: preview.reason,
  };
}

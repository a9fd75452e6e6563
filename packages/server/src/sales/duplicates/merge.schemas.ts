import { z } from 'zod';
import { RecordSchema } from '../../records/records.schemas.ts';
import { DedupObjectSchema } from './duplicates.schemas.ts';

const Id = z.number().int().positive();
const MAX_DUPLICATES = 10;

const DuplicateIds = z
  .array(Id)
  .min(1)
  .max(MAX_DUPLICATES)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'Each duplicate once' });

export const MergeObjectParams = z.object({ object: DedupObjectSchema });

export const MergePreviewQuery = z.object({
  survivorId: z.coerce.number().int().positive().describe('The record that is kept'),
  duplicateIds: z
    .string()
    .max(200)
    .transform((text, ctx) => {
      const ids = text.split(',').map((part) => Number(part.trim()));
      if (ids.some((id) => !Number.isSafeInteger(id) || id < 1)) {
        ctx.addIssue({ code: 'custom', message: 'Comma-separated record ids' });
        return z.NEVER;
      }
      return ids;
    })
    .pipe(DuplicateIds)
    .describe(`Comma-separated ids of the records merged into it (1–${MAX_DUPLICATES})`),
});

export const MergeBody = z.strictObject({
  survivorId: Id.describe('The record that is kept'),
  duplicateIds: DuplicateIds.describe(
    `The records merged into it and moved to the recycle bin (1–${MAX_DUPLICATES})`,
  ),
  values: z
    .record(z.string().min(1).max(64), Id)
    .optional()
    .describe(
      'Field → id of the record whose value the survivor takes; others: its own, else the first non-empty',
    ),
});

const Moved = z.array(z.object({ object: z.string(), field: z.string(), count: z.number().int() }));

export const MergePreviewSchema = z.object({
  object: DedupObjectSchema,
  records: z.array(RecordSchema).describe('The survivor first, then the duplicates'),
  fields: z.array(
    z.object({
      field: z.string(),
      choosable: z
        .boolean()
        .describe('False: the survivor keeps its value (unique, attachment, read-only to you)'),
      defaultRecordId: z.number(),
      differs: z.boolean(),
    }),
  ),
  references: Moved.describe('Records pointing at the duplicates, moved to the survivor'),
  attachments: z.number().int().describe('Attachments of the duplicates, moved to the survivor'),
});

export const MergeResultSchema = z.object({
  survivor: RecordSchema,
  mergedIds: z.array(z.number()),
  moved: Moved,
  attachments: z.number().int(),
});

import { z } from 'zod';
import { ListQuery } from '../http/pagination.ts';

/** Path parameter naming an object. */
export const RecordObjectParams = z.object({ object: z.string().min(1).max(200) });

/** Path parameters naming a record of an object. */
export const RecordParams = z.object({
  object: z.string().min(1).max(200),
  id: z.coerce.number().int().positive(),
});

/** A record: `id`, `version`, `createdAt`, `updatedAt`, `ownerId` and field values by api name. */
export const RecordSchema = z
  .object({
    id: z.number(),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
    ownerId: z.number().nullable(),
  })
  .catchall(z.unknown())
  .meta({ id: 'Record' });

export const RecordPageSchema = z.object({
  data: z.array(RecordSchema),
  nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page'),
});

/** `?fields=a,b,account.name`: system fields plus only these fields and related paths (one lookup hop). */
export const RecordFieldsParam = z
  .string()
  .max(5_000)
  .optional()
  .describe(
    'Comma-separated fields to return (`*`: every field you may see); `lookup.field` adds a related value under that key, `owner.name` the owner’s name',
  );

export const RecordListQuery = ListQuery.extend({
  filter: z.string().max(20_000).optional().describe('URL-encoded JSON condition'),
  sort: z.string().max(500).optional().describe('Comma-separated field names, `-` for descending'),
  q: z.string().max(200).optional().describe('Case-insensitive search over text-like fields'),
  fields: RecordFieldsParam,
});

/** `?fields=` of one record. */
export const RecordGetQuery = z.object({ fields: RecordFieldsParam });

/** Field values by api name (and `ownerId`); checked against the object's fields. */
export const RecordBody = z.record(z.string(), z.unknown());

export const BulkBody = z.strictObject({
  create: z.array(z.record(z.string(), z.unknown())).max(200).optional(),
  update: z
    .array(
      z
        .object({ id: z.number().int().positive(), version: z.number().int().positive() })
        .catchall(z.unknown()),
    )
    .max(200)
    .optional(),
  delete: z.array(z.number().int().positive()).max(200).optional(),
});

export const BulkResultSchema = z.object({
  created: z.array(RecordSchema),
  updated: z.array(RecordSchema),
  deleted: z.array(z.number()),
});

export const HistorySchema = z.object({
  items: z.array(
    z.object({
      id: z
        .number()
        .describe(
          'The write the change belongs to: the changes of one write (every value of a create) share it',
        ),
      field: z.string(),
      oldValue: z.unknown(),
      newValue: z.unknown(),
      actorUserId: z.number().nullable(),
      at: z.string(),
    }),
  ),
});

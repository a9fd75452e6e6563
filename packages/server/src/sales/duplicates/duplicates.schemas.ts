import { z } from 'zod';
import { RecordSchema } from '../../records/records.schemas.ts';
import { DEDUP_OBJECTS } from './duplicate-objects.ts';
import { MATCH_KINDS } from './match-keys.ts';

export const DedupObjectSchema = z
  .enum(DEDUP_OBJECTS)
  .describe('An object checked for duplicates: `account`, `contact` or `lead`');

export const DuplicatesOfRecordParams = z.object({
  object: DedupObjectSchema,
  id: z.coerce.number().int().positive(),
});

export const CheckDuplicatesBody = z.strictObject({
  object: DedupObjectSchema.describe('The object of the record about to be created or changed'),
  values: z
    .record(z.string().min(1).max(64), z.string().max(1000).nullable())
    .refine((values) => Object.keys(values).length <= 50, { message: 'At most 50 fields' })
    .describe(
      'Field values as typed, by api name; the company name (`name` of an account, `company` of a lead), `phone` and `email` are compared',
    ),
  excludeId: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('The record being edited, left out of its own candidates'),
});

export const DuplicateCandidateSchema = z.object({
  object: DedupObjectSchema,
  record: RecordSchema,
  matchedOn: z
    .array(z.enum(MATCH_KINDS))
    .describe('Why it matched: the same normalised company name, phone or e-mail'),
});

export const DuplicateCandidatesResponse = z.object({ items: z.array(DuplicateCandidateSchema) });

import { z } from 'zod';

/** Most leads one intake request takes. */
export const MAX_INTAKE_BATCH = 500;

const ExternalId = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .describe(
    'The lead’s id in the sending system: an item whose externalId was taken in before is not taken in again',
  );

/** One incoming lead: its lead field values by api name (custom fields included), and an optional external id. */
export const IntakeLeadInput = z
  .object({ externalId: ExternalId.optional() })
  .catchall(z.unknown())
  .describe('Lead field values by api name, e.g. `name`, `phone`, `email`, `company`, `source`, `utmSource`');
export type IntakeLeadInputValue = z.infer<typeof IntakeLeadInput>;

export const IntakeBody = IntakeLeadInput.extend({
  leads: z
    .array(IntakeLeadInput)
    .min(1)
    .max(MAX_INTAKE_BATCH)
    .optional()
    .describe(`A batch of up to ${MAX_INTAKE_BATCH} leads; when given, the body holds nothing else`),
});
export type IntakeBodyValue = z.infer<typeof IntakeBody>;

export const IntakeHeaders = z.object({
  'idempotency-key': z
    .string()
    .optional()
    .describe(
      'Any unique string (e.g. a UUID): a retry with the same key and body gets the first answer again',
    ),
});

const OUTCOMES = ['created', 'linked', 'merged', 'existing'] as const;

export const IntakeResultSchema = z.object({
  outcome: z
    .enum(OUTCOMES)
    .describe(
      '`created`; `linked` (created, flagged as a possible duplicate of `duplicateOf`); `merged` into the open lead `leadId`; `existing`: the externalId was taken in before, as `leadId`',
    ),
  leadId: z.number().nullable(),
  duplicateOf: z.number().nullable(),
  externalId: z.string().nullable(),
});
export type IntakeResult = z.infer<typeof IntakeResultSchema>;

export const IntakeBatchItemSchema = z.object({
  index: z.number().describe('Position of the item in `leads`'),
  outcome: z.enum([...OUTCOMES, 'rejected']),
  leadId: z.number().nullable(),
  duplicateOf: z.number().nullable(),
  externalId: z.string().nullable(),
  errors: z
    .array(z.object({ field: z.string(), code: z.string(), message: z.string() }))
    .optional()
    .describe('Why a rejected item was refused, per field'),
});
export type IntakeBatchItem = z.infer<typeof IntakeBatchItemSchema>;

export const IntakeBatchSchema = z.object({
  items: z.array(IntakeBatchItemSchema),
  counts: z.object({
    created: z.number(),
    linked: z.number(),
    merged: z.number(),
    existing: z.number(),
    rejected: z.number(),
  }),
});
export type IntakeBatch = z.infer<typeof IntakeBatchSchema>;

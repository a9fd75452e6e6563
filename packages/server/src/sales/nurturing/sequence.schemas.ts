import { z } from 'zod';

const Id = z.number().int().positive();
const Ref = z.object({ id: z.number(), name: z.string() });

export const SequenceIdParams = z.object({ id: z.coerce.number().int().positive() });

export const StepInput = z.strictObject({
  templateId: Id,
  delayDays: z.number().int().min(0).max(365).default(0),
  delayHours: z.number().int().min(0).max(23).default(0),
});

export const SequenceBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  description: z.string().trim().max(1000).nullable().default(null),
  active: z.boolean().default(true).describe('Off: enrols no one and stops the leads it is nurturing'),
  enrolPoolId: Id.nullable()
    .default(null)
    .describe('Enrol every lead that enters this pool (assigned there by a rule, returned or recycled)'),
  handBackRuleSetId: Id.nullable()
    .default(null)
    .describe('The rule set handing an engaged lead back to a rep; null: the one that applies on create'),
  steps: z
    .array(StepInput)
    .min(1)
    .max(20)
    .describe('In order; each sent its delay after the previous step (the first: after enrolment)'),
  version: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('On update: the version read; a newer one is a 409'),
});
export type SequenceInput = z.infer<typeof SequenceBody>;

export const SequenceSchema = z
  .object({
    id: z.number(),
    name: z.string(),
    description: z.string().nullable(),
    active: z.boolean(),
    enrolPool: Ref.nullable(),
    handBackRuleSet: Ref.nullable(),
    steps: z.array(
      z.object({
        template: Ref.extend({ language: z.string() }),
        delayDays: z.number(),
        delayHours: z.number(),
      }),
    ),
    enrolments: z
      .object({ active: z.number(), completed: z.number(), stopped: z.number() })
      .describe('Leads it is nurturing, has finished, and has stopped'),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'NurtureSequence' });
export type SequenceOutput = z.infer<typeof SequenceSchema>;

export const SequenceListSchema = z.object({ items: z.array(SequenceSchema) });

export const EnrolBody = z.strictObject({ leadIds: z.array(Id).min(1).max(500) });

export const SKIP_REASONS = ['noEmail', 'optedOut', 'alreadyEnrolled'] as const;

export const EnrolResultSchema = z.object({
  enrolled: z.array(z.number()).describe('The leads enrolled now'),
  skipped: z
    .array(z.object({ leadId: z.number(), reason: z.enum(SKIP_REASONS) }))
    .describe('Leads left out: no email address, opted out, or already in a sequence'),
});
export type EnrolResult = z.infer<typeof EnrolResultSchema>;

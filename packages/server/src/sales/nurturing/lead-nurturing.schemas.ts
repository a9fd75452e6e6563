import { z } from 'zod';
import { EmailSendSchema } from '../email/email-send.schemas.ts';

const Ref = z.object({ id: z.number(), name: z.string() });

export const LeadIdParams = z.object({ id: z.coerce.number().int().positive() });

export const EnrolmentSchema = z.object({
  id: z.number(),
  sequence: Ref,
  status: z.enum(['active', 'completed', 'stopped']),
  nextStep: z.number().describe('The step sent next (active) or that was due when it ended, from 1'),
  steps: z.number().describe('Steps of the sequence'),
  nextDueAt: z.string().nullable(),
  stopReason: z.string().nullable(),
  enrolledAt: z.string(),
  endedAt: z.string().nullable(),
});
export type EnrolmentOutput = z.infer<typeof EnrolmentSchema>;

export const LeadNurturingSchema = z
  .object({
    poolId: z.number().nullable().describe('The pool the lead waits in; null: a rep has it'),
    optedOut: z
      .object({ at: z.string(), source: z.enum(['link', 'oneClick', 'manual']) })
      .nullable()
      .describe('When the lead (or anyone at its address) unsubscribed'),
    enrolment: EnrolmentSchema.nullable().describe('Its current or latest enrolment'),
    sends: z.array(EmailSendSchema).describe('Its emails, newest first (50 at most)'),
  })
  .meta({ id: 'LeadNurturing' });
export type LeadNurturingOutput = z.infer<typeof LeadNurturingSchema>;

export const NurturingStatusQuery = z.object({
  leadIds: z
    .string()
    .regex(/^\d+(,\d+){0,199}$/)
    .describe('Comma-separated lead ids, 200 at most'),
});

export const NurturingStatusSchema = z.object({
  items: z.array(
    z.object({
      leadId: z.number(),
      optedOut: z.boolean(),
      enrolment: EnrolmentSchema.nullable().describe('Its active enrolment'),
    }),
  ),
});

export const HandBackSchema = z.object({
  owner: Ref.nullable().describe('The rep who has the lead now; null: nobody could take it (still pooled)'),
  via: z.enum(['rule', 'previousOwner', 'poolManager']).nullable(),
});

export const ReplyBody = z
  .object({
    from: z.email().max(320).describe('The address the reply came from (matched without regard to case)'),
    subject: z.string().max(998).optional().describe('The reply’s subject, kept in the audit log'),
  })
  .strict();

export const ReplyResultSchema = z.object({
  leads: z
    .array(z.object({ id: z.number(), owner: Ref.nullable(), via: HandBackSchema.shape.via }))
    .describe('The pooled leads at that address, each handed back (owner null: nobody could take it)'),
});

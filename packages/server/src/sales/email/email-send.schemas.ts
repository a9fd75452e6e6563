import { z } from 'zod';

const Ref = z.object({ id: z.number(), name: z.string() });

export const LeadIdParams = z.object({ id: z.coerce.number().int().positive() });

export const SendLeadEmailBody = z.strictObject({
  templateId: z.number().int().positive(),
});

export const EmailSendSchema = z
  .object({
    id: z.number(),
    to: z.string(),
    subject: z.string(),
    status: z
      .enum(['sending', 'sent', 'retrying', 'failed'])
      .describe('`retrying`: the last attempt failed and the job tries again'),
    attempts: z.number(),
    error: z.string().nullable().describe('The mail server’s answer to the last failed attempt'),
    template: Ref.nullable(),
    sequence: Ref.nullable().describe('The sequence it was a step of; null: sent by hand'),
    step: z.number().nullable().describe('Its step in the sequence, from 1'),
    sentBy: Ref.nullable().describe('Who sent it by hand'),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
  })
  .meta({ id: 'EmailSend' });
export type EmailSendOutput = z.infer<typeof EmailSendSchema>;

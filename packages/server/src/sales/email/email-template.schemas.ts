import { LOCALES } from '@lodestar/shared';
import { z } from 'zod';

export const TemplateIdParams = z.object({ id: z.coerce.number().int().positive() });

export const EmailTemplateBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  language: z
    .enum(LOCALES)
    .describe('The language of the email: merged choice labels and the unsubscribe page follow it'),
  subject: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .describe('Liquid; e.g. `{{ lead.company }}，您好` (values as they are: a subject is plain text)'),
  body: z
    .string()
    .min(1)
    .max(50_000)
    .describe(
      'Liquid, HTML allowed; merged values are HTML-escaped. Fields: `lead.<field>` (any lead field), `sender.name`, `sender.email`, `sender.phone`, `unsubscribe_url`',
    ),
  version: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('On update: the version read; a newer one is a 409'),
});
export type EmailTemplateInput = z.infer<typeof EmailTemplateBody>;

export const EmailTemplateSchema = z
  .object({
    id: z.number(),
    name: z.string(),
    language: z.enum(LOCALES),
    subject: z.string(),
    body: z.string(),
    version: z.number(),
    usedBySteps: z.number().describe('Sequence steps that send it (it cannot be deleted while used)'),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'EmailTemplate' });
export type EmailTemplateOutput = z.infer<typeof EmailTemplateSchema>;

export const EmailTemplateListSchema = z.object({ items: z.array(EmailTemplateSchema) });

export const PreviewBody = z.strictObject({
  language: z.enum(LOCALES),
  subject: z.string().max(500),
  body: z.string().max(50_000),
  leadId: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('Render with this lead (one you may read); left out: with sample data'),
});

export const PreviewSchema = z.object({
  subject: z.string(),
  html: z.string().describe('The whole HTML document, as sent'),
  text: z.string().describe('The plain-text alternative'),
  lead: z
    .object({ id: z.number(), name: z.string() })
    .nullable()
    .describe('The lead used; null: sample data'),
});
export type PreviewOutput = z.infer<typeof PreviewSchema>;

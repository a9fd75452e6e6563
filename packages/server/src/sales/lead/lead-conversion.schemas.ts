import { z } from 'zod';
import { RecordSchema } from '../../records/records.schemas.ts';
import { DuplicateCandidateSchema } from '../duplicates/duplicates.schemas.ts';

export const LeadIdParams = z.object({ id: z.coerce.number().int().positive() });

const Id = z.number().int().positive();

export const ConvertLeadBody = z.strictObject({
  version: Id.optional().describe('The lead’s version as shown; 409 when it changed since'),
  account: z
    .discriminatedUnion('mode', [
      z.strictObject({
        mode: z.literal('new'),
        name: z.string().trim().min(1).max(200).optional().describe('Defaults to the lead’s company'),
      }),
      z.strictObject({ mode: z.literal('existing'), id: Id }),
    ])
    .describe('A new account from the lead, or an existing one to link (its empty fields are filled)'),
  contact: z
    .discriminatedUnion('mode', [
      z.strictObject({ mode: z.literal('new') }),
      z.strictObject({ mode: z.literal('existing'), id: Id }),
      z.strictObject({ mode: z.literal('none') }),
    ])
    .describe('A new contact from the lead’s person, an existing contact of that account, or none'),
  opportunity: z
    .strictObject({
      name: z.string().trim().min(1).max(200),
      amount: z.string().max(40).nullable().optional().describe('CNY, e.g. "100000.00"'),
      closeDate: z.string().max(40).nullable().optional().describe('Expected close date, YYYY-MM-DD'),
    })
    .nullable()
    .optional()
    .describe('An opportunity to open; its pipeline and first stage are the default ones'),
});

export const ConversionResultSchema = z.object({
  lead: RecordSchema,
  account: RecordSchema,
  contact: RecordSchema.nullable(),
  opportunity: RecordSchema.nullable(),
});

export const ConversionPreviewSchema = z.object({
  lead: RecordSchema,
  converted: z.boolean(),
  accounts: z.array(DuplicateCandidateSchema).describe('Accounts with the same company name or phone'),
  contacts: z.array(DuplicateCandidateSchema).describe('Contacts with the same phone or e-mail'),
  may: z.object({
    createAccount: z.boolean(),
    createContact: z.boolean(),
    createOpportunity: z.boolean(),
  }),
});

import { z } from 'zod';
import { QUOTE_ACTIONS } from './quote-status.ts';

const Id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date as YYYY-MM-DD');

export const QuoteParams = z.object({ id: Id });
export const QuoteRevisionParams = z.object({
  id: Id,
  revision: z.coerce.number().int().positive().max(100_000),
});

/** `If-Match` of an action: the quote's `version` as last read (optional); a stale one is a 409. */
export const QuoteActionHeaders = z.object({
  'if-match': z
    .string()
    .regex(/^(?:W\/)?"?[1-9][0-9]{0,14}"?$/, 'The quote’s version, e.g. "3"')
    .optional()
    .describe('The quote’s `version` as last read: a stale one is a 409 and changes nothing'),
});

/** The version an `If-Match` header names, if any. */
export function versionOf(ifMatch: string | undefined): number | undefined {
  return ifMatch === undefined ? undefined : Number(ifMatch.replace(/^W\//, '').replaceAll('"', ''));
}

export const CreateQuoteFromOpportunityBody = z
  .strictObject({
    name: z.string().trim().min(1).max(200).optional().describe('Defaults to the opportunity’s name + 报价'),
    quoteDate: IsoDate.optional(),
    validUntil: IsoDate.optional(),
    terms: z.string().trim().max(10_000).optional(),
  })
  .describe('Send `{}` to take everything from the opportunity');
export type CreateQuoteFromOpportunityInput = z.infer<typeof CreateQuoteFromOpportunityBody>;

export const QuoteRevisionSummarySchema = z.object({
  revision: z.number(),
  total: z.string().describe('价税合计 of the revision, 元'),
  sentAt: z.string(),
  sentBy: z.object({ id: z.number(), name: z.string() }).nullable(),
});
export type QuoteRevisionSummary = z.infer<typeof QuoteRevisionSummarySchema>;

export const QuoteRevisionListSchema = z.object({ items: z.array(QuoteRevisionSummarySchema) });

const Party = z
  .object({ id: z.number(), name: z.string(), phone: z.string().nullable().optional() })
  .nullable();

export const QuoteSnapshotSchema = z.object({
  quoteId: z.number(),
  revision: z.number(),
  number: z.string(),
  name: z.string(),
  status: z.string().describe('The status it was frozen in (sent)'),
  quoteDate: z.string().nullable(),
  validUntil: z.string().nullable(),
  terms: z.string().nullable(),
  account: Party,
  contact: Party,
  opportunity: Party,
  priceListId: z.number().nullable(),
  owner: Party,
  company: z.object({ name: z.string(), address: z.string(), phone: z.string(), taxId: z.string() }),
  lines: z.array(z.record(z.string(), z.unknown())),
  totals: z.record(z.string(), z.string()),
});

export const QuoteRevisionSchema = QuoteRevisionSummarySchema.extend({ snapshot: QuoteSnapshotSchema });

export const QuoteWorkflowSchema = z.object({
  status: z.enum(['draft', 'pendingApproval', 'approved', 'sent', 'accepted', 'rejected', 'expired']),
  revision: z.number(),
  maxDiscount: z.string().describe('The largest line discount, percent'),
  threshold: z.string().describe('The company’s discount approval threshold, percent'),
  approvalRequired: z.boolean().describe('The largest discount exceeds the threshold'),
  actions: z.array(z.enum(QUOTE_ACTIONS)).describe('What the viewer may do to the quote now'),
});
export type QuoteWorkflowOutput = z.infer<typeof QuoteWorkflowSchema>;

import { z } from 'zod';

export const AccountOverviewParams = z.object({ id: z.coerce.number().int().positive() });

const Amount = z.string().describe('CNY, exact, two decimals (e.g. "12345.60")');

export const AccountOverviewSchema = z.object({
  accountId: z.number(),
  owner: z.object({ id: z.number(), name: z.string() }).nullable().describe('Who owns the account'),
  contacts: z
    .object({ count: z.number().int() })
    .nullable()
    .describe('Null when the caller may not read contacts'),
  openOpportunities: z
    .object({ count: z.number().int(), amount: Amount })
    .nullable()
    .describe('Opportunities not yet won or lost; null when the caller may not read opportunities'),
  wonOpportunities: z.object({ count: z.number().int(), amount: Amount }).nullable(),
  contracts: z
    .object({ count: z.number().int(), amount: Amount, received: Amount, receivable: Amount })
    .nullable()
    .describe('Contracts in force or fulfilled (approved, signed, completed); null without read permission'),
  openTickets: z.object({ count: z.number().int() }).nullable().describe('Tickets not resolved or closed'),
  lastFollowUpAt: z.string().nullable().describe('When the latest follow-up with the account happened'),
});
export type AccountOverview = z.infer<typeof AccountOverviewSchema>;

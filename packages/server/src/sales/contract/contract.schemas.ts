import { z } from 'zod';
import { CONTRACT_ACTIONS, CONTRACT_STATUSES } from './contract-status.ts';

export const ContractIdParams = z.object({ id: z.coerce.number().int().positive() });

/** The body of a transition: the reason (reject, terminate: required) and, to sign, the signing date. */
export const TransitionBody = z
  .strictObject({
    comment: z.string().max(2000).optional().describe('Reason or note; required to reject and to terminate'),
    signDate: z.iso
      .date()
      .optional()
      .describe('sign only: the signing date (default: the one entered, else today)'),
  })
  .default({});

export const StatusHistoryItem = z.object({
  id: z.number(),
  action: z.string().describe('`create`, a transition, or `supersede`'),
  fromStatus: z.enum(CONTRACT_STATUSES).nullable(),
  toStatus: z.enum(CONTRACT_STATUSES),
  actor: z.object({ id: z.number(), name: z.string() }).nullable().describe('Null for the system'),
  comment: z.string().nullable(),
  at: z.string(),
});
export type StatusHistoryItem = z.infer<typeof StatusHistoryItem>;

export const ContractTransitionsSchema = z.object({
  status: z.enum(CONTRACT_STATUSES),
  actions: z.array(z.enum(CONTRACT_ACTIONS)).describe('Transitions the caller may ask for now'),
  history: z.array(StatusHistoryItem).describe('Oldest first'),
});

import {
  type BreachReassignmentContext,
  registerBreachReassigner,
} from '../lead-response/breach-reassignment.ts';
import { assignLead } from './assign-lead.command.ts';

/**
 * The reassignment of a lead that missed its first-response target, meant for `registerBreachReassigner`:
 * the lead goes through the same rule set's rules again — turns, availability and caps as for a new lead —
 * passing over the owner who missed it and never into a pool. The log records it (channel
 * `responseBreach`), also when no one else qualifies and the lead stays where it is.
 */
export async function reassignLeadAfterBreach(
  ctx: BreachReassignmentContext,
): Promise<{ userId: number; name: string } | null> {
  const result = await assignLead({
    database: ctx.database,
    trx: ctx.trx,
    leadId: ctx.leadId,
    ruleSetId: ctx.ruleSetId,
    channel: 'responseBreach',
    replacing: { ownerId: ctx.ownerId },
  });
  if (result?.outcome !== 'assigned' || result.userId === null) return null;
  const user = await ctx.trx
    .selectFrom('users')
    .select('name')
    .where('id', '=', result.userId)
    .executeTakeFirstOrThrow();
  return { userId: result.userId, name: user.name };
}

registerBreachReassigner(reassignLeadAfterBreach);

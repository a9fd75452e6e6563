import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { assignLead } from './assign-lead.command.ts';
import { selectAssignOnCreateRuleSetId } from './rule-set.repository.ts';

/** What lead intake (web forms, the intake API) tells its hooks about a lead it just created. */
export interface LeadIntakeContext {
  trx: Transaction<DB>;
  database: Database;
  leadId: number;
  /** The web form the lead came through, with the rule set it names (if any). */
  form?: { id: number; ruleSetId: number | null | undefined } | undefined;
  /** The intake channel (`form`, `api`, `ads`, …), kept in the assignment log. */
  channel: string;
}

/**
 * The assignment step of lead intake, meant for `registerLeadIntakeHook` of the intake module: assigns each
 * captured lead by its form's rule set, or by the rule set that applies on create when the form names none,
 * inside the intake transaction — the lead has its owner and follow-up task before intake answers. A lead
 * the records path already assigned by that same rule set (intake creating it as a records write) is left
 * as it is, so it never gets two tasks.
 */
export async function leadIntakeAssignmentHook(ctx: LeadIntakeContext): Promise<void> {
  const ruleSetId = ctx.form?.ruleSetId ?? (await selectAssignOnCreateRuleSetId(ctx.trx));
  if (ruleSetId === undefined || ruleSetId === null) return;
  const earlier = await ctx.trx
    .selectFrom('lead_assignment_log')
    .select('id')
    .where('lead_id', '=', ctx.leadId)
    .where('rule_set_id', '=', ruleSetId)
    .executeTakeFirst();
  if (earlier) return;
  await assignLead({
    database: ctx.database,
    trx: ctx.trx,
    leadId: ctx.leadId,
    ruleSetId,
    channel: ctx.channel,
  });
}

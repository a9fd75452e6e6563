import { cachedQuery } from '../../db/cached-query.ts';
import { type LeadIntakeHookContext, registerLeadIntakeHook } from '../lead-intake/lead-intake-hooks.ts';
import { assignLead } from './assign-lead.command.ts';
import { selectAssignOnCreateRuleSetId } from './rule-set.repository.ts';

/**
 * The assignment step of lead intake, meant for `registerLeadIntakeHook` of the intake module: assigns each
 * captured lead by its form's rule set, or by the rule set that applies on create when the form names none,
 * inside the intake transaction — the lead has its owner and follow-up task before intake answers. A lead
 * the records path already assigned by that same rule set (intake creating it as a records write) is left
 * as it is, so it never gets two tasks.
 */
export async function leadIntakeAssignmentHook(ctx: LeadIntakeHookContext): Promise<void> {
  // A submission merged into an existing lead is no new lead to assign.
  if (ctx.outcome === 'merged') return;
  const ruleSetId = ctx.form?.ruleSetId ?? (await selectAssignOnCreateRuleSetId(ctx.trx));
  if (ruleSetId === undefined || ruleSetId === null) return;
  const earlier = await cachedQuery(
    ctx.trx,
    'leadAssignmentLog.bySet',
    [ctx.leadId, ruleSetId],
    ([lead, set]) =>
      ctx.trx
        .selectFrom('lead_assignment_log')
        .select('id')
        .where('lead_id', '=', lead)
        .where('rule_set_id', '=', set),
  );
  if (earlier.length > 0) return;
  await assignLead({
    database: ctx.database,
    trx: ctx.trx,
    leadId: ctx.leadId,
    ruleSetId,
    channel: ctx.channel,
  });
}

registerLeadIntakeHook(leadIntakeAssignmentHook);

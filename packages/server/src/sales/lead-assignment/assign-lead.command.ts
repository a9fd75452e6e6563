import type { Transaction } from 'kysely';
import { cachedQuery } from '../../db/cached-query.ts';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import type { Viewer } from '../../http/access.ts';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { now } from '../../platform/clock.ts';
import { translate } from '../../platform/i18n.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { createRecordIn } from '../../records/create-record.command.ts';
import type { RecordValues } from '../../records/record-behaviour.ts';
import { type RecordContext, recordContext } from '../../records/record-context.ts';
import { systemRecordContext } from '../../records/system-context.ts';
import { changeLeadOwner, selectLeadOwnerAndName } from '../lead/change-lead-owner.ts';
import { type LeadTable, leadTableOf } from '../lead/lead-table.ts';
import { recordOwnerChange, recordPooled } from '../lead-pool/custody.repository.ts';
import { runPoolEntryHooks } from '../lead-pool/pool-entry-hooks.ts';
import { insertPoolEvent } from '../lead-pool/pool-events.repository.ts';
import { startClockForNewOwner, stopClockOnPooling } from '../lead-response/response-clock.ts';
import { SYSTEM_ACTOR } from '../payment/system-actor.ts';
import { insertAssignmentLog } from './assignment-log.repository.ts';
import type { AssignmentOutcome, AssignmentRule, Candidate, RuleSet } from './assignment-rule.ts';
import { TURN_TAKING } from './assignment-rule.ts';
import { loadCandidates } from './candidates.repository.ts';
import { decideAssignment } from './decide-assignment.ts';
import { handOverAssignmentTask } from './hand-over-task.ts';
import { LEAD_ASSIGNED, LEAD_REASSIGNED_AFTER_BREACH } from './lead-assignment.messages.ts';
import { matchRules, matchRulesOnValues } from './match-rules.ts';
import {
  lockRuleState,
  selectAssignOnCreateRuleSetId,
  selectRuleSetForAssignment,
  writeRuleState,
} from './rule-set.repository.ts';

export interface AssignLeadProps {
  database: Database;
  /** The transaction that created (or holds) the lead: the assignment commits or rolls back with it. */
  trx: Transaction<DB>;
  leadId: number;
  /** The rule set to apply; by default the one that applies on create (none: nothing happens). */
  ruleSetId?: number | null | undefined;
  /** Who caused it (the lead's creator); by default the system. */
  actor?: Viewer | null | undefined;
  /** Where the lead came from, for the log: `records`, `form`, `api`, `responseBreach`, … */
  channel?: string | undefined;
  /**
   * Reassigning a lead its owner has not followed up in time: the owner is passed over and pools are no
   * option — the lead goes to someone else by the rules, or, when no one else qualifies, stays (the log says
   * so). The new owner is told why.
   */
  replacing?: { ownerId: number } | undefined;
  /** Try only the rules that pick a person, never those sending the lead to a pool (handing a lead back). */
  peopleOnly?: boolean | undefined;
  /** Whether the new owner gets the "lead assigned" notification (default: yes); a caller may send its own. */
  notifyOwner?: boolean | undefined;
}

export interface AssignmentResult {
  outcome: AssignmentOutcome['outcome'];
  ruleSetId: number;
  ruleId: number | null;
  userId: number | null;
  poolId: number | null;
  taskId: number | null;
  logId: number;
  /** Whether the lead's owner changed. */
  ownerChanged: boolean;
}

/**
 * Assigns a lead by a rule set, inside the transaction that holds the lead: the rules it meets are
 * tried in order, turn-taking rules under a lock on their state row (so concurrent leads, in any instance,
 * take turns exactly); the lead gets its owner, a follow-up task due soon and the owner an in-app
 * notification — or it enters a pool — and the log records which rule and why. Returns null when there is
 * no rule set to apply or the lead does not exist.
 * @example await assignLead({ database, trx, leadId, ruleSetId: form.ruleSetId, channel: 'form' })
 */
export async function assignLead(props: AssignLeadProps): Promise<AssignmentResult | null> {
  const { database, trx, leadId } = props;
  const ruleSetId = props.ruleSetId ?? (await selectAssignOnCreateRuleSetId(trx));
  if (ruleSetId === undefined || ruleSetId === null) return null;
  const ruleSet = await selectRuleSetForAssignment(trx, ruleSetId);
  if (!ruleSet) return null;
  const context = await recordContext(database, 'lead', SYSTEM_ACTOR, trx);
  const leads = leadTableOf(await metadataRegistryOf(database).snapshot(trx));
  // Handing a lead back or passing over an owner who missed the target: a person, never a pool.
  const rules =
    props.peopleOnly || props.replacing
      ? ruleSet.rules.filter((rule) => rule.strategy !== 'pool')
      : ruleSet.rules;
  const matched = (await matchRules(trx, context, rules, [leadId])).get(leadId);
  if (!matched) return null;
  // Read now, not after waiting for a rule's turn: the turn is held to the commit, so the less is done
  // under it, the more leads one rule takes per second (intake created the lead: nobody else changes it).
  const current = await selectLeadOwnerAndName(trx, leads, leadId);
  if (!current) return null;
  const moment = now();
  const decision = await decideLive(
    trx,
    leads,
    rules.filter((rule) => matched.has(rule.id)),
    moment,
    props.replacing?.ownerId,
  );
  return applyOutcome(props, leads, ruleSet, decision, moment.toISOString(), current, false);
}

/** An assignment decided before its lead was stored (`planAssignment`), to complete once it is. */
export interface PlannedAssignment {
  ruleSet: RuleSet;
  decision: LiveDecision;
  /** The owner the lead was stored with: the chosen person, nobody (pooled), or its creator (unassigned). */
  ownerId: number | null;
  /** When it was decided: the lead's clock starts then. */
  at: Date;
}

/**
 * Decides, before a new lead is stored, where it goes by a rule set (`ruleSetId`, by default the one that
 * applies on create), from the values it is about to be stored with (`matchRulesOnValues`) — taking the
 * rule's turn as `assignLead` does. The create then stores the lead with its owner and clock at once, and
 * `completePlannedAssignment` does the rest after the insert. Null when there is no rule set to apply or a
 * rule's condition needs stored records (a lookup): then `assignLead` runs after the insert.
 */
export async function planAssignment(props: {
  trx: Transaction<DB>;
  context: RecordContext;
  values: RecordValues;
  ownerId: number | null;
  ruleSetId?: number | null | undefined;
}): Promise<PlannedAssignment | null> {
  const { trx, context } = props;
  const ruleSetId = props.ruleSetId ?? (await selectAssignOnCreateRuleSetId(trx));
  if (ruleSetId === undefined || ruleSetId === null) return null;
  const ruleSet = await selectRuleSetForAssignment(trx, ruleSetId);
  if (!ruleSet) return null;
  const moment = now();
  const matched = matchRulesOnValues(context, ruleSet.rules, props.values, moment);
  if (!matched) return null;
  const leads = leadTableOf(await metadataRegistryOf(context.database).snapshot(trx));
  const decision = await decideLive(trx, leads, matched, moment, undefined);
  const { outcome } = decision;
  const ownerId =
    outcome.outcome === 'assigned' ? outcome.userId : outcome.outcome === 'pooled' ? null : props.ownerId;
  return { ruleSet, decision, ownerId, at: moment };
}

/** The rest of a planned assignment, once its lead is stored with the planned owner: as `assignLead`'s. */
export async function completePlannedAssignment(
  props: AssignLeadProps,
  plan: PlannedAssignment,
  lead: { name: string | null; at: string },
): Promise<AssignmentResult> {
  const leads = leadTableOf(await metadataRegistryOf(props.database).snapshot(props.trx));
  return applyOutcome(
    props,
    leads,
    plan.ruleSet,
    plan.decision,
    lead.at,
    { ownerId: plan.ownerId, name: lead.name },
    true,
  );
}

/** Where a lead goes, and the candidates the rules it tried read (by user id). */
interface LiveDecision {
  outcome: AssignmentOutcome;
  people: Map<number, Candidate>;
}

/**
 * `decideAssignment` on the live tables: turn-taking rules under a lock on their state row (so concurrent
 * leads, in any instance, take turns exactly), the person `replaced` passed over.
 */
async function decideLive(
  trx: Transaction<DB>,
  leads: LeadTable,
  rules: AssignmentRule[],
  moment: Date,
  replaced: number | undefined,
): Promise<LiveDecision> {
  const at = moment.toISOString();
  const people = new Map<number, Candidate>();
  const candidatesOf = async (rule: AssignmentRule) => {
    const candidates = (await loadCandidates(trx, leads, rule, moment)).map((candidate) =>
      candidate.userId === replaced ? { ...candidate, currentOwner: true } : candidate,
    );
    for (const candidate of candidates) people.set(candidate.userId, candidate);
    return candidates;
  };
  const outcome = await decideAssignment(rules, {
    poolExists: async (poolId) =>
      (
        await cachedQuery(trx, 'leadPools.exists', [poolId], ([id]) =>
          trx.selectFrom('lead_pools').select('id').where('id', '=', id),
        )
      ).length > 0,
    turn: async (rule) => {
      if (!TURN_TAKING.has(rule.strategy))
        return { candidates: await candidatesOf(rule), state: { turns: 0, lastUserId: null, weights: {} } };
      // Who may take a turn is read before waiting for the rule's turn; how many open leads they own —
      // when that counts (least-loaded, capacity caps) — only once the turn is ours.
      const early = rule.strategy === 'leastLoaded' ? null : await candidatesOf(rule);
      const state = await lockRuleState(trx, rule.id, at);
      const uncapped = early?.every((candidate) => candidate.maxOpenLeads === null) ?? false;
      return { candidates: uncapped && early ? early : await candidatesOf(rule), state };
    },
    took: async (rule, pick) => {
      if (TURN_TAKING.has(rule.strategy)) await writeRuleState(trx, rule.id, pick.state, at);
    },
  });
  return { outcome, people };
}

/**
 * Gives the lead its owner (or puts it in its pool) with its clock, unless `ownerWritten` (the lead was
 * stored so by a planned assignment), then its follow-up task and notification, or its pool's entry, and
 * the log.
 */
async function applyOutcome(
  props: AssignLeadProps,
  leads: LeadTable,
  ruleSet: RuleSet,
  { outcome, people }: LiveDecision,
  at: string,
  current: { ownerId: number | null; name: string | null },
  ownerWritten: boolean,
): Promise<AssignmentResult> {
  const { trx, database, leadId } = props;
  const actor = props.actor ?? null;
  const actorUserId = actor?.userId ?? null;
  let ownerChanged = false;
  let taskId: number | null = null;
  if (outcome.outcome === 'assigned') {
    if (ownerWritten) {
      ownerChanged = true;
    } else {
      const change = await changeLeadOwner(trx, leads, {
        leadId,
        ownerId: outcome.userId,
        actorUserId,
        at,
        current,
      });
      ownerChanged = change !== undefined;
      await startClockForNewOwner(database, trx, leadId, change ? change.previousOwnerId : outcome.userId, {
        ruleSetId: ruleSet.id,
        ...ruleSet.firstResponse,
      });
    }
    await recordOwnerChange(trx, leadId, at);
    const owner = people.get(outcome.userId)!;
    const name = current.name;
    const tasks = await systemRecordContext(database, 'task', actor ?? SYSTEM_ACTOR, trx);
    const due = new Date(new Date(at).getTime() + ruleSet.taskDueMinutes * 60_000).toISOString();
    const subject = translate(localeOf(owner.locale), 'leadAssignment.task_subject', {
      name: name ?? `#${leadId}`,
    });
    const handedOver =
      props.replacing &&
      (await handOverAssignmentTask(trx, tasks, {
        leadId,
        from: props.replacing.ownerId,
        to: outcome.userId,
        values: { subject, dueAt: due },
      }));
    taskId =
      handedOver ||
      (
        await createRecordIn(
          trx,
          tasks,
          { subject, dueAt: due, priority: 'high', lead: leadId, ownerId: outcome.userId },
          { managed: true },
        )
      ).id;
    if (outcome.userId !== actorUserId && props.notifyOwner !== false) {
      await notify(trx, {
        userIds: [outcome.userId],
        kind: props.replacing ? LEAD_REASSIGNED_AFTER_BREACH : LEAD_ASSIGNED,
        params: { name: name ?? `#${leadId}`, rule: outcome.rule.name },
        object: 'lead',
        recordId: leadId,
        actorUserId,
      });
    }
  } else if (outcome.outcome === 'pooled') {
    const change = ownerWritten
      ? undefined
      : await changeLeadOwner(trx, leads, { leadId, ownerId: null, actorUserId, at, current });
    ownerChanged = change !== undefined;
    if (!ownerWritten) await stopClockOnPooling(database, trx, leadId);
    await recordPooled(trx, leadId, outcome.poolId, at);
    await insertPoolEvent(trx, {
      lead_id: leadId,
      pool_id: outcome.poolId,
      kind: 'entered',
      from_user_id: change?.previousOwnerId ?? null,
      to_user_id: null,
      actor_user_id: actorUserId,
      reason_code: 'rule',
      reason: outcome.rule.name,
      run_id: null,
      at,
    });
    await runPoolEntryHooks({ trx, database, poolId: outcome.poolId, at, leads: { ids: [leadId] } });
  }
  const rule = outcome.outcome === 'unassigned' ? null : outcome.rule;
  const logId = await insertAssignmentLog(trx, {
    lead_id: leadId,
    rule_set_id: ruleSet.id,
    rule_id: rule?.id ?? null,
    rule_name: rule?.name ?? null,
    strategy: rule?.strategy ?? null,
    outcome: outcome.outcome,
    user_id: outcome.outcome === 'assigned' ? outcome.userId : null,
    pool_id: outcome.outcome === 'pooled' ? outcome.poolId : null,
    task_id: taskId,
    reason: JSON.stringify(outcome.reason),
    channel: props.channel ?? 'records',
    actor_user_id: actorUserId,
    at,
  });
  return {
    outcome: outcome.outcome,
    ruleSetId: ruleSet.id,
    ruleId: rule?.id ?? null,
    userId: outcome.outcome === 'assigned' ? outcome.userId : null,
    poolId: outcome.outcome === 'pooled' ? outcome.poolId : null,
    taskId,
    logId,
    ownerChanged,
  };
}

const localeOf = (locale: string) => (locale === 'en' ? 'en' : 'zh-CN');

import type { Kysely, Transaction } from 'kysely';
import { type DB, toBool } from '../../db/schema.ts';
import { leadResponseSettings } from './lead-response.repository.ts';

type AnyDb = Kysely<DB> | Transaction<DB>;

/** The first-response target a lead is held to, and what happens when it misses it. */
export interface ResponsePolicy {
  /** The rule set that assigned the lead; null: the company-wide setting. */
  ruleSetId: number | null;
  targetMinutes: number;
  escalate: boolean;
  /** Reassign by the rule set's rules on a miss (never without a rule set). */
  reassign: boolean;
}

/** The company-wide target: for leads no rule set assigned. */
export async function companyResponsePolicy(db: AnyDb): Promise<ResponsePolicy> {
  const settings = await leadResponseSettings.read(db);
  return {
    ruleSetId: null,
    targetMinutes: settings.targetMinutes,
    escalate: settings.escalate,
    reassign: false,
  };
}

/** A rule set's target, or undefined when there is no such set. */
export async function ruleSetResponsePolicy(
  db: AnyDb,
  ruleSetId: number,
): Promise<ResponsePolicy | undefined> {
  const set = await db
    .selectFrom('lead_rule_sets')
    .select(['id', 'response_target_minutes', 'response_escalate', 'response_reassign'])
    .where('id', '=', ruleSetId)
    .executeTakeFirst();
  if (!set) return undefined;
  return {
    ruleSetId: Number(set.id),
    targetMinutes: set.response_target_minutes,
    escalate: toBool(set.response_escalate),
    reassign: toBool(set.response_reassign),
  };
}

/**
 * The target a lead is held to: that of the rule set that last assigned it to someone (the assignment log
 * remembers it), while that set exists; otherwise the company-wide setting.
 */
export async function selectResponsePolicy(db: AnyDb, leadId: number): Promise<ResponsePolicy> {
  const last = await db
    .selectFrom('lead_assignment_log')
    .select('rule_set_id')
    .where('lead_id', '=', leadId)
    .where('outcome', '=', 'assigned')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const bySet =
    last?.rule_set_id == null ? undefined : await ruleSetResponsePolicy(db, Number(last.rule_set_id));
  return bySet ?? companyResponsePolicy(db);
}

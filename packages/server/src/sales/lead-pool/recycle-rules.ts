import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import { compileCondition } from '../../records/conditions/compile-condition.ts';
import { encodeConditionValues } from '../../records/encode-condition-values.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { CONVERTED } from '../lead/lead-fields.ts';
import type { LeadTable } from '../lead/lead-table.ts';
import type { Pool } from './pool.repository.ts';

const DAY_MS = 86_400_000;

/** Why a lead is recycled. */
export type RecycleReason = 'noFollowUp' | 'notConverted' | 'condition';

/** A pool's recycle rules as SQL over the lead table `r` left-joined with its custody row `c`. */
export interface RecycleSql {
  /** The leads the pool's rules recycle at the moment given. */
  due: Expression<SqlBool>;
  /** Which rule recycles a due lead (the first that applies, in the order above). */
  reason: RawBuilder<RecycleReason>;
}

/**
 * The leads of a pool (its own, or owned by members whose first pool it is and that have none) that its
 * recycle rules take back at `at`: owned, live, not converted, and either without a follow-up for N days
 * (counted from the later of the last follow-up and the owner getting it), not converted M days after the
 * owner got it, or meeting the pool's condition. With `timeRulesOnly` the condition is left out (reminders
 * can only announce what time will do). Null when the pool has no rule (of that kind).
 */
export function recycleSql(
  pool: Pool,
  leads: LeadTable,
  leadContext: RecordContext,
  homeOwners: number[],
  at: Date,
  timeRulesOnly = false,
): RecycleSql | null {
  const rules: Array<[RecycleReason, Expression<SqlBool>]> = [];
  const cutoff = (days: number) => new Date(at.getTime() - days * DAY_MS).toISOString();
  if (pool.noFollowUpDays !== null)
    rules.push([
      'noFollowUp',
      sql<SqlBool>`coalesce(c.last_touch_at, r.created_at) < ${cutoff(pool.noFollowUpDays)}`,
    ]);
  if (pool.notConvertedDays !== null)
    rules.push([
      'notConverted',
      sql<SqlBool>`coalesce(c.owner_since, r.created_at) < ${cutoff(pool.notConvertedDays)}`,
    ]);
  if (pool.recycleCondition !== null && !timeRulesOnly) {
    const encoded = encodeConditionValues(pool.recycleCondition, leadContext.conditionSchema, 'lead');
    rules.push([
      'condition',
      compileCondition(encoded, {
        schema: leadContext.conditionSchema,
        object: 'lead',
        alias: 'r',
        now: at,
        timeZone: leads.timeZone,
      }),
    ]);
  }
  if (rules.length === 0) return null;
  const status = sql.ref(`r.${leads.status}`);
  const inPool =
    homeOwners.length > 0
      ? sql<SqlBool>`(c.pool_id = ${pool.id} or (c.pool_id is null and r.owner_id in (${sql.join(homeOwners)})))`
      : sql<SqlBool>`c.pool_id = ${pool.id}`;
  const due = sql<SqlBool>`r.deleted_at is null and r.owner_id is not null and (${status} is null or ${status} <> ${CONVERTED}) and ${inPool} and (${sql.join(
    rules.map(([, predicate]) => sql`coalesce(${predicate}, false)`),
    sql` or `,
  )})`;
  const reason = sql<RecycleReason>`case ${sql.join(
    rules.map(([code, predicate]) => sql`when ${predicate} then ${sql.lit(code)}`),
    sql` `,
  )} end`;
  return { due, reason };
}

import type { Database } from '../../db/database.ts';
import type { Viewer } from '../../http/access.ts';
import { selectRecord } from '../../records/record.repository.ts';
import { recordContext } from '../../records/record-context.ts';
import { recordNotFound, scopeWhere } from '../../records/record-scope.ts';
import { selectAssignmentLog } from './assignment-log.repository.ts';
import type { AssignmentReason, Strategy } from './assignment-rule.ts';
import type { AssignmentLogOutput } from './lead-assignment.schemas.ts';

/** How many assignments of one lead are shown (a lead changes hands a few times, not hundreds). */
const LIMIT = 100;

/** A lead's assignments, newest first, with rule, owner, pool and the reasoning: 404 unless the viewer reads the lead. */
export async function readAssignmentLog(
  database: Database,
  viewer: Viewer,
  leadId: number,
): Promise<AssignmentLogOutput> {
  const context = await recordContext(database, 'lead', viewer);
  const lead = await selectRecord(
    database.db,
    context.object.tableName,
    leadId,
    scopeWhere(context, 'read', 'live'),
  );
  if (!lead) throw recordNotFound();
  const rows = await selectAssignmentLog(database.db, leadId, LIMIT);
  const ids = (pick: (row: (typeof rows)[number]) => number | null) =>
    [...new Set(rows.map(pick).filter((id): id is number => id !== null))].map(Number);
  const db = database.db;
  const names = async (table: 'users' | 'lead_pools' | 'lead_rule_sets', list: number[]) =>
    list.length === 0
      ? new Map<number, string>()
      : new Map(
          (await db.selectFrom(table).select(['id', 'name']).where('id', 'in', list).execute()).map((row) => [
            Number(row.id),
            row.name,
          ]),
        );
  const users = await names('users', [...ids((row) => row.user_id), ...ids((row) => row.actor_user_id)]);
  const pools = await names(
    'lead_pools',
    ids((row) => row.pool_id),
  );
  const sets = await names(
    'lead_rule_sets',
    ids((row) => row.rule_set_id),
  );
  const ref = (map: Map<number, string>, id: number | null) =>
    id == null ? null : { id: Number(id), name: map.get(Number(id)) ?? `#${id}` };
  return {
    items: rows.map((row) => ({
      id: row.id,
      at: new Date(row.at).toISOString(),
      outcome: row.outcome as AssignmentLogOutput['items'][number]['outcome'],
      channel: row.channel,
      ruleSet: ref(sets, row.rule_set_id),
      rule:
        row.rule_name === null
          ? null
          : { id: row.rule_id == null ? null : Number(row.rule_id), name: row.rule_name },
      strategy: (row.strategy as Strategy | null) ?? null,
      user: ref(users, row.user_id),
      pool: ref(pools, row.pool_id),
      taskId: row.task_id == null ? null : Number(row.task_id),
      actor: ref(users, row.actor_user_id),
      reason: parseReason(row.reason),
    })),
  };
}

function parseReason(text: string): AssignmentReason {
  try {
    return JSON.parse(text) as AssignmentReason;
  } catch {
    return { steps: [], basis: null };
  }
}

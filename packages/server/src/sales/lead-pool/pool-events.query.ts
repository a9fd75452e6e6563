import type { Database } from '../../db/database.ts';
import type { Viewer } from '../../http/access.ts';
import { selectRecord } from '../../records/record.repository.ts';
import { recordContext } from '../../records/record-context.ts';
import { recordNotFound, scopeWhere } from '../../records/record-scope.ts';
import type { PoolEventsOutput } from './lead-pool.schemas.ts';
import { selectPoolEvents } from './pool-events.repository.ts';

/** A lead's comings and goings through pools, newest first: 404 unless the viewer reads the lead. */
export async function readPoolEvents(
  database: Database,
  viewer: Viewer,
  leadId: number,
): Promise<PoolEventsOutput> {
  const context = await recordContext(database, 'lead', viewer);
  const lead = await selectRecord(
    database.db,
    context.object.tableName,
    leadId,
    scopeWhere(context, 'read', 'live'),
  );
  if (!lead) throw recordNotFound();
  const rows = await selectPoolEvents(database.db, leadId, 100);
  const userIds = [
    ...new Set(
      rows.flatMap((row) => [row.from_user_id, row.to_user_id, row.actor_user_id]).filter((id) => id != null),
    ),
  ].map(Number);
  const poolIds = [...new Set(rows.map((row) => row.pool_id).filter((id) => id != null))].map(Number);
  const users =
    userIds.length === 0
      ? new Map<number, string>()
      : new Map(
          (
            await database.db.selectFrom('users').select(['id', 'name']).where('id', 'in', userIds).execute()
          ).map((row) => [Number(row.id), row.name]),
        );
  const pools =
    poolIds.length === 0
      ? new Map<number, string>()
      : new Map(
          (
            await database.db
              .selectFrom('lead_pools')
              .select(['id', 'name'])
              .where('id', 'in', poolIds)
              .execute()
          ).map((row) => [Number(row.id), row.name]),
        );
  const ref = (names: Map<number, string>, id: number | null) =>
    id == null ? null : { id: Number(id), name: names.get(Number(id)) ?? `#${id}` };
  return {
    items: rows.map((row) => ({
      id: row.id,
      at: new Date(row.at).toISOString(),
      kind: row.kind as PoolEventsOutput['items'][number]['kind'],
      pool: ref(pools, row.pool_id),
      from: ref(users, row.from_user_id),
      to: ref(users, row.to_user_id),
      actor: ref(users, row.actor_user_id),
      reasonCode: row.reason_code,
      reason: row.reason,
    })),
  };
}

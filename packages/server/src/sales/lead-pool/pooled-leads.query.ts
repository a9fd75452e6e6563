import type { Database } from '../../db/database.ts';
import type { Viewer } from '../../http/access.ts';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { leadTableOf } from '../lead/lead-table.ts';
import { leadsLostSince } from './pool-events.repository.ts';
import { lastEntries, selectPooledLeads } from './pooled-leads.repository.ts';
import { visiblePoolOrThrow } from './pools.query.ts';

const DAY_MS = 86_400_000;

/**
 * A page of the leads waiting in a pool, for its members and administrators: how each came in (recycled,
 * returned with its reason, by a rule) and from whom, and when the viewer may claim back one they lost.
 */
export async function readPooledLeads(
  database: Database,
  viewer: Viewer,
  poolId: number,
  page: { limit: number; beforeId?: number | undefined },
) {
  const pool = await visiblePoolOrThrow(database, viewer, poolId);
  const snapshot = await metadataRegistryOf(database).snapshot();
  const leads = leadTableOf(snapshot);
  const lead = snapshot.object('lead')!;
  const column = (name: string) => lead.fields.find((field) => field.apiName === name)?.columnName ?? name;
  const rows = await selectPooledLeads(
    database.db,
    leads,
    { company: column('company'), source: column('source'), region: column('region') },
    poolId,
    page,
  );
  const items = rows.slice(0, page.limit);
  const ids = items.map((row) => row.id);
  const entries = await lastEntries(database.db, ids);
  const now = Date.now();
  const cooldown = pool.reclaimCooldownDays * DAY_MS;
  const lost =
    cooldown > 0
      ? await lostAt(database, viewer.userId, ids, new Date(now - cooldown).toISOString())
      : new Map<number, number>();
  const ownerIds = [
    ...new Set([...entries.values()].map((entry) => entry.from_user_id).filter((id) => id !== null)),
  ];
  const names =
    ownerIds.length === 0
      ? new Map<number, string>()
      : new Map(
          (
            await database.db.selectFrom('users').select(['id', 'name']).where('id', 'in', ownerIds).execute()
          ).map((row) => [Number(row.id), row.name]),
        );
  return {
    items: items.map((row) => {
      const entry = entries.get(row.id);
      const lostAtMs = lost.get(row.id);
      return {
        id: row.id,
        name: row.name ?? `#${row.id}`,
        company: row.company,
        source: row.source,
        region: row.region,
        status: row.status,
        pooledAt: row.pooled_at ? new Date(row.pooled_at).toISOString() : null,
        previousOwner:
          entry?.from_user_id != null
            ? { id: entry.from_user_id, name: names.get(entry.from_user_id) ?? `#${entry.from_user_id}` }
            : null,
        lastEvent: entry ? { kind: entry.kind, reasonCode: entry.reason_code, reason: entry.reason } : null,
        cooldownUntil: lostAtMs === undefined ? null : new Date(lostAtMs + cooldown).toISOString(),
      };
    }),
    nextBeforeId: rows.length > page.limit ? (items.at(-1)?.id ?? null) : null,
  };
}

/** When the viewer last lost each of these leads since `since` (epoch ms). */
async function lostAt(database: Database, userId: number, leadIds: number[], since: string) {
  const recent = await leadsLostSince(database.db, userId, leadIds, since);
  if (recent.size === 0) return new Map<number, number>();
  const rows = await database.db
    .selectFrom('lead_pool_events')
    .select(['lead_id', 'at'])
    .where('from_user_id', '=', userId)
    .where('lead_id', 'in', [...recent])
    .where('kind', 'in', ['recycled', 'returned'])
    .orderBy('id')
    .execute();
  return new Map(rows.map((row) => [Number(row.lead_id), new Date(row.at).getTime()]));
}

import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { forbidden } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import { nextFireTime } from '../../platform/jobs/schedule.ts';
import { recordContext } from '../../records/record-context.ts';
import { leadTable } from '../lead/lead-table.ts';
import { SYSTEM_ACTOR } from '../payment/system-actor.ts';
import type { RecyclePreviewOutput } from './lead-pool.schemas.ts';
import { homeOwnersByPool } from './pool.repository.ts';
import { isPoolAdmin } from './pool-standing.ts';
import { visiblePoolOrThrow } from './pools.query.ts';
import { recycleLeadsSchedule } from './recycle-leads.job.ts';
import { recycleSql } from './recycle-rules.ts';

// biome-ignore lint/suspicious/noExplicitAny: record tables are known only from metadata
const dynamic = (db: Kysely<DB>) => db as unknown as Kysely<any>;

/** How many leads the preview lists (the total counts them all). */
const LIMIT = 200;

/**
 * What the next recycle run will take back into a pool — the same SQL as the run, at the moment it will run
 * — for the pool's managers and settings administrators. Reads only.
 */
export async function previewRecycle(
  database: Database,
  viewer: Viewer,
  poolId: number,
  now: Date = new Date(),
): Promise<RecyclePreviewOutput> {
  const pool = await visiblePoolOrThrow(database, viewer, poolId);
  const manager = pool.members.some((member) => member.userId === viewer.userId && member.isManager);
  if (!manager && !isPoolAdmin(viewer)) throw forbidden('leadPool.not_manager');
  const runAt = nextFireTime(recycleLeadsSchedule.cron, now);
  const leads = await leadTable(database);
  const leadContext = await recordContext(database, 'lead', SYSTEM_ACTOR);
  const homes = await homeOwnersByPool(database.db);
  const rules = recycleSql(pool, leads, leadContext, homes.get(pool.id) ?? [], runAt);
  if (!rules) return { runAt: runAt.toISOString(), total: 0, items: [] };
  const due = () =>
    dynamic(database.db)
      .selectFrom(`${leads.table} as r`)
      .leftJoin('lead_custody as c', 'c.lead_id', 'r.id')
      .where(rules.due);
  const total = await due()
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  const rows = (await due()
    .leftJoin('users as u', 'u.id', 'r.owner_id')
    .select([
      'r.id',
      sql.ref(`r.${leads.name}`).as('name'),
      'r.owner_id',
      'u.name as owner_name',
      rules.reason.as('reason'),
    ])
    .orderBy('r.id')
    .limit(LIMIT)
    .execute()) as Array<{
    id: number;
    name: string | null;
    owner_id: number | null;
    owner_name: string | null;
    reason: string;
  }>;
  return {
    runAt: runAt.toISOString(),
    total: Number(total.n),
    items: rows.map((row) => ({
      lead: { id: Number(row.id), name: row.name ?? `#${row.id}` },
      owner:
        row.owner_id == null
          ? null
          : { id: Number(row.owner_id), name: row.owner_name ?? `#${row.owner_id}` },
      reasonCode: row.reason as RecyclePreviewOutput['items'][number]['reasonCode'],
    })),
  };
}

import { type Kysely, sql, type Transaction } from 'kysely';
import { type ColumnTypes, columnTypes } from '../../db/column-types.ts';
import type { Database } from '../../db/database.ts';
import { withRunLock } from '../../db/locking.ts';
import type { DB } from '../../db/schema.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { emitEvent } from '../../platform/events/emit-event.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { recordContext } from '../../records/record-context.ts';
import { type LeadTable, leadTable } from '../lead/lead-table.ts';
import { SYSTEM_ACTOR } from '../payment/system-actor.ts';
import { LEADS_RECYCLE_SOON, LEADS_RECYCLED } from './lead-pool.messages.ts';
import { homeOwnersByPool, type Pool, selectPools } from './pool.repository.ts';
import { runPoolEntryHooks } from './pool-entry-hooks.ts';
import { recycleSql } from './recycle-rules.ts';

// biome-ignore lint/suspicious/noExplicitAny: record tables are known only from metadata
const dynamic = (db: Kysely<DB> | Transaction<DB>) => db as unknown as Kysely<any>;

const DAY_MS = 86_400_000;
const TITLE_LENGTH = 200;

export interface RecycleRunResult {
  pools: Array<{ poolId: number; recycled: number; reminded: number }>;
}

/** Leads (by id) looked at per transaction of a recycle run. */
const CHUNK_IDS = 50_000;
/** Ranges recycled at the same time where the database has concurrent writers (PostgreSQL). */
const PARALLEL_RANGES = 2;

/**
 * The daily recycle run (A-4): for each pool with rules, every lead its rules take back returns to it —
 * set-based, a fixed number of statements per range of 50,000 lead ids however many leads fall due, each
 * range in a transaction of its own: the pool events (reason and previous owner) are inserted from one
 * SELECT over the range's leads (read through the primary key, not a scan of the table), and the owner's
 * history, the timeline entries, the owners and the custody rows are written from those events. Other
 * writes go on between the ranges, and a range's index and log work stays small; on PostgreSQL two ranges
 * run at a time, on connections of their own (their leads differ). Then, in one transaction,
 * each previous owner gets one notification with the count of the whole run, the run one audit entry and
 * one event per pool, and owners of leads their time rules will take within the pool's reminder days are
 * told, once per lead until it changes hands or is followed up. One run per pool at a time (`withRunLock`:
 * a second one skips the pool); running it twice at the same moment changes nothing more.
 */
export async function recycleLeads(
  database: Database,
  at: Date = new Date(),
  onlyPoolIds?: number[],
): Promise<RecycleRunResult> {
  const leads = await leadTable(database);
  const leadContext = await recordContext(database, 'lead', SYSTEM_ACTOR);
  const pools = await selectPools(database.db, onlyPoolIds);
  const homes = await homeOwnersByPool(database.db);
  const types = columnTypes(database.dialect);
  const result: RecycleRunResult = { pools: [] };
  for (const pool of pools) {
    const owners = homes.get(pool.id) ?? [];
    const recycle = recycleSql(pool, leads, leadContext, owners, at);
    const remind =
      pool.reminderDays === null
        ? null
        : recycleSql(
            pool,
            leads,
            leadContext,
            owners,
            new Date(at.getTime() + pool.reminderDays * DAY_MS),
            true,
          );
    if (!recycle && !remind) continue;
    const counts = await withRunLock(database.db, database.caps, `leadPool.recycle:${pool.id}`, async () => {
      const byOwner = new Map<number, number>();
      let recycled = 0;
      try {
        if (recycle) {
          const ranges = await idRanges(database, leads);
          // Ranges touch different leads: with concurrent writers two run side by side.
          const worker = async () => {
            for (let range = ranges.shift(); range; range = ranges.shift()) {
              const [from, to] = range;
              const chunk = await database.transactWrite((trx) =>
                recycleRange(database, trx, types, leads, pool, recycle, at, [from, to]),
              );
              recycled += chunk.count;
              for (const [owner, n] of chunk.byOwner) byOwner.set(owner, (byOwner.get(owner) ?? 0) + n);
            }
          };
          const workers = database.caps.concurrentWriters ? PARALLEL_RANGES : 1;
          const outcomes = await Promise.allSettled(Array.from({ length: workers }, worker));
          const failed = outcomes.find((outcome) => outcome.status === 'rejected');
          if (failed) throw failed.reason;
        }
      } finally {
        // What was recycled is announced even when a later range failed.
        if (recycled > 0)
          await database.transactWrite((trx) => announceRecycled(trx, pool, recycled, byOwner, at));
      }
      const reminded = remind
        ? await database.transactWrite((trx) => remindOwners(trx, types, leads, pool, remind, at))
        : 0;
      return { recycled, reminded };
    });
    if (counts) result.pools.push({ poolId: pool.id, ...counts });
  }
  return result;
}

/** The lead id ranges (from, to] of `CHUNK_IDS` ids each that cover every lead. */
async function idRanges(database: Database, leads: LeadTable): Promise<Array<[number, number]>> {
  const bounds = (await dynamic(database.db)
    .selectFrom(leads.table)
    .select((eb) => [eb.fn.min('id').as('low'), eb.fn.max('id').as('high')])
    .executeTakeFirst()) as { low: number | null; high: number | null } | undefined;
  if (bounds?.low == null || bounds.high == null) return [];
  const ranges: Array<[number, number]> = [];
  for (let from = Number(bounds.low) - 1; from < Number(bounds.high); from += CHUNK_IDS)
    ranges.push([from, Math.min(from + CHUNK_IDS, Number(bounds.high))]);
  return ranges;
}

/** Recycles the due leads with ids in (from, to]: their count, and how many each previous owner lost. */
async function recycleRange(
  database: Database,
  trx: Transaction<DB>,
  types: ColumnTypes,
  leads: LeadTable,
  pool: Pool,
  rules: NonNullable<ReturnType<typeof recycleSql>>,
  at: Date,
  range: [number, number],
): Promise<{ count: number; byOwner: Map<number, number> }> {
  const [from, to] = range;
  const moment = at.toISOString();
  const runId = `recycle:${pool.id}:${moment}`;
  const id = (value: number | null) => sql`cast(${value} as ${sql.raw(types.id)})`;
  const text = (value: string | null) => sql`cast(${value} as text)`;
  const stamp = sql`cast(${moment} as ${sql.raw(types.timestamp)})`;
  // The run's events are those after the last one before it (a primary key range) with its run id.
  const last = await trx
    .selectFrom('lead_pool_events')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  const after = Number(last?.id ?? 0);
  const candidates = dynamic(trx)
    .selectFrom(`${leads.table} as r`)
    .leftJoin('lead_custody as c', 'c.lead_id', 'r.id')
    .select([
      'r.id',
      id(pool.id).as('pool_id'),
      text('recycled').as('kind'),
      'r.owner_id',
      id(null).as('to_user_id'),
      id(null).as('actor_user_id'),
      rules.reason.as('reason_code'),
      text(null).as('reason'),
      text(runId).as('run_id'),
      stamp.as('at'),
    ])
    .where('r.id', '>', from)
    .where('r.id', '<=', to)
    .where(rules.due);
  const inserted = await trx
    .insertInto('lead_pool_events')
    .columns([
      'lead_id',
      'pool_id',
      'kind',
      'from_user_id',
      'to_user_id',
      'actor_user_id',
      'reason_code',
      'reason',
      'run_id',
      'at',
    ])
    .expression(candidates)
    .executeTakeFirst();
  const count = Number(inserted.numInsertedOrUpdatedRows ?? 0);
  if (count === 0) return { count, byOwner: new Map() };
  // The range's events: its leads' (an index range) after the last event before it, with the run's id.
  const events = () =>
    dynamic(trx)
      .selectFrom('lead_pool_events as e')
      .where('e.lead_id', '>', from)
      .where('e.lead_id', '<=', to)
      .where('e.id', '>', after)
      .where('e.run_id', '=', runId);
  await trx
    .insertInto('record_history')
    .columns(['object', 'record_id', 'field', 'old_value', 'new_value', 'actor_user_id', 'at'])
    .expression(
      events().select([
        text('lead').as('object'),
        'e.lead_id',
        text('ownerId').as('field'),
        sql`cast(e.from_user_id as text)`.as('old_value'),
        text(null).as('new_value'),
        id(null).as('actor_user_id'),
        stamp.as('at'),
      ]),
    )
    .execute();
  await trx
    .insertInto('timeline_entries')
    .columns([
      'anchor_object',
      'anchor_id',
      'source_object',
      'source_id',
      'kind',
      'title',
      'changes',
      'actor_user_id',
      'at',
    ])
    .expression(
      events()
        .innerJoin(`${leads.table} as r`, 'r.id', 'e.lead_id')
        .where('r.id', '>', from)
        .where('r.id', '<=', to)
        .select([
          text('lead').as('anchor_object'),
          'e.lead_id',
          text('lead').as('source_object'),
          sql`e.lead_id`.as('source_id'),
          text('updated').as('kind'),
          sql`substr(${sql.ref(`r.${leads.name}`)}, 1, ${TITLE_LENGTH})`.as('title'),
          sql`'[{"field":"ownerId","oldValue":' || cast(e.from_user_id as text) || ',"newValue":null}]'`.as(
            'changes',
          ),
          id(null).as('actor_user_id'),
          stamp.as('at'),
        ]),
    )
    .execute();
  await dynamic(trx)
    .updateTable(leads.table)
    .set((eb) => ({ owner_id: null, version: eb('version', '+', 1), updated_by: null, updated_at: moment }))
    .where('id', '>', from)
    .where('id', '<=', to)
    .where('id', 'in', events().select('e.lead_id'))
    .execute();
  await trx
    .insertInto('lead_custody')
    .columns([
      'lead_id',
      'pool_id',
      'owner_since',
      'last_touch_at',
      'last_follow_up_at',
      'pooled_at',
      'reminded_at',
    ])
    .expression(
      events().select([
        'e.lead_id',
        id(pool.id).as('pool_id'),
        sql`cast(null as ${sql.raw(types.timestamp)})`.as('owner_since'),
        sql`cast(null as ${sql.raw(types.timestamp)})`.as('last_touch_at'),
        sql`cast(null as ${sql.raw(types.timestamp)})`.as('last_follow_up_at'),
        stamp.as('pooled_at'),
        sql`cast(null as ${sql.raw(types.timestamp)})`.as('reminded_at'),
      ]),
    )
    .onConflict((oc) =>
      oc.column('lead_id').doUpdateSet({
        pool_id: (eb) => eb.ref('excluded.pool_id'),
        pooled_at: (eb) => eb.ref('excluded.pooled_at'),
        owner_since: null,
        last_touch_at: null,
        reminded_at: null,
      }),
    )
    .execute();
  const byOwner = (await events()
    .select(['e.from_user_id', (eb) => eb.fn.countAll().as('n')])
    .groupBy('e.from_user_id')
    .execute()) as Array<{ from_user_id: number | null; n: number }>;
  // Inside the range's transaction: a hook (nurturing's enrolment) that throws undoes the range.
  await runPoolEntryHooks({
    trx,
    database,
    poolId: pool.id,
    at: moment,
    leads: { runId, afterEventId: after, leadIds: range },
  });
  return {
    count,
    byOwner: new Map(
      byOwner.flatMap((row) => (row.from_user_id == null ? [] : [[Number(row.from_user_id), Number(row.n)]])),
    ),
  };
}

/** Tells each previous owner how many of their leads the run recycled; one audit entry and event for the run. */
async function announceRecycled(
  trx: Transaction<DB>,
  pool: Pool,
  count: number,
  byOwner: Map<number, number>,
  at: Date,
): Promise<void> {
  const runId = `recycle:${pool.id}:${at.toISOString()}`;
  for (const [owner, n] of byOwner) {
    await notify(trx, {
      userIds: [owner],
      kind: LEADS_RECYCLED,
      params: { count: n, pool: pool.name },
    });
  }
  await recordAudit(
    trx,
    { userId: null },
    {
      action: 'recycle',
      entityType: 'leadPool',
      entityId: pool.id,
      changes: { recycled: [null, count], runId: [null, runId] },
    },
  );
  await emitEvent(trx, {
    type: 'leadPool.recycled',
    aggregateType: 'leadPool',
    aggregateId: pool.id,
    payload: { poolId: pool.id, count, runId },
  });
}

/** Tells owners about leads the time rules will take within the reminder days; once per lead. */
async function remindOwners(
  trx: Transaction<DB>,
  types: ColumnTypes,
  leads: LeadTable,
  pool: Pool,
  rules: NonNullable<ReturnType<typeof recycleSql>>,
  at: Date,
): Promise<number> {
  const moment = at.toISOString();
  const due = () =>
    dynamic(trx)
      .selectFrom(`${leads.table} as r`)
      .leftJoin('lead_custody as c', 'c.lead_id', 'r.id')
      .where(rules.due)
      .where('c.reminded_at', 'is', null);
  const byOwner = (await due()
    .select(['r.owner_id', (eb) => eb.fn.countAll().as('n')])
    .groupBy('r.owner_id')
    .execute()) as Array<{ owner_id: number; n: number }>;
  const total = byOwner.reduce((sum, row) => sum + Number(row.n), 0);
  if (total === 0) return 0;
  const stamp = sql`cast(${moment} as ${sql.raw(types.timestamp)})`;
  await trx
    .insertInto('lead_custody')
    .columns([
      'lead_id',
      'pool_id',
      'owner_since',
      'last_touch_at',
      'last_follow_up_at',
      'pooled_at',
      'reminded_at',
    ])
    .expression(
      due().select([
        'r.id',
        'c.pool_id',
        'c.owner_since',
        'c.last_touch_at',
        'c.last_follow_up_at',
        'c.pooled_at',
        stamp.as('reminded_at'),
      ]),
    )
    .onConflict((oc) =>
      oc.column('lead_id').doUpdateSet({ reminded_at: (eb) => eb.ref('excluded.reminded_at') }),
    )
    .execute();
  for (const row of byOwner)
    await notify(trx, {
      userIds: [Number(row.owner_id)],
      kind: LEADS_RECYCLE_SOON,
      params: { count: Number(row.n), pool: pool.name, days: pool.reminderDays },
    });
  return total;
}

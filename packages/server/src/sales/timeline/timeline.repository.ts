import type { Expression, Kysely, SqlBool, Transaction } from 'kysely';
import { insertRows } from '../../db/cached-insert.ts';
import type { DB, TimelineEntryTable } from '../../db/schema.ts';

export type TimelineEntryRow = Omit<TimelineEntryTable, 'id'> & { id: number };
export type NewTimelineEntry = Omit<TimelineEntryTable, 'id'>;

/** Appends the entries of one write (one statement, its SQL compiled once per shape). */
export async function insertTimelineEntries(trx: Transaction<DB>, rows: NewTimelineEntry[]): Promise<void> {
  await insertRows(trx, 'timeline_entries', rows as unknown as Array<Record<string, unknown>>, 'none');
}

/**
 * Gives `to` anchors the entries one record (`source`) has on anchor `from`, in their order and with their
 * times: the record's history follows it to records it is newly linked to.
 */
export async function copyRecordEntries(
  trx: Transaction<DB>,
  source: { object: string; id: number },
  from: [object: string, id: number],
  to: Array<[object: string, id: number]>,
): Promise<void> {
  const entries = await trx
    .selectFrom('timeline_entries')
    .select(['source_object', 'source_id', 'kind', 'title', 'changes', 'detail', 'actor_user_id', 'at'])
    .where('anchor_object', '=', from[0])
    .where('anchor_id', '=', from[1])
    .where('source_object', '=', source.object)
    .where('source_id', '=', source.id)
    .orderBy('id')
    .execute();
  const rows = to.flatMap(([object, id]) =>
    entries.map((entry) => ({ anchor_object: object, anchor_id: id, ...entry })),
  );
  if (rows.length > 0) await insertTimelineEntries(trx, rows);
}

export interface TimelinePageCriteria {
  anchorObject: string;
  anchorId: number;
  /** Keyset: entries with a smaller id only (the page runs newest first). */
  beforeId?: number | undefined;
  limit: number;
  /** Which entries the viewer may see (per source object, compiled by `timelineVisibility`); null: all. */
  visible: Expression<SqlBool> | null;
}

/** One page of an anchor's timeline, newest first; `limit + 1` rows to tell whether there is a next page. */
export async function selectTimelinePage(
  db: Kysely<DB>,
  criteria: TimelinePageCriteria,
): Promise<TimelineEntryRow[]> {
  let query = db
    .selectFrom('timeline_entries as te')
    .selectAll('te')
    .where('te.anchor_object', '=', criteria.anchorObject)
    .where('te.anchor_id', '=', criteria.anchorId);
  if (criteria.beforeId !== undefined) query = query.where('te.id', '<', criteria.beforeId);
  if (criteria.visible) query = query.where(criteria.visible);
  const rows = await query
    .orderBy('te.id', 'desc')
    .limit(criteria.limit + 1)
    .execute();
  return rows.map((row) => ({
    ...row,
    id: Number(row.id),
    anchor_id: Number(row.anchor_id),
    source_id: Number(row.source_id),
    actor_user_id: row.actor_user_id == null ? null : Number(row.actor_user_id),
  }));
}

/**
 * Moves what was about merged records to their survivor: entries on the merged records' timelines go to the
 * survivor's (dropping those one write had put on both, so it shows once), and entries whose source was a
 * merged record now name the survivor.
 */
export async function reanchorMergedEntries(
  trx: Transaction<DB>,
  object: string,
  survivorId: number,
  mergedIds: number[],
): Promise<void> {
  if (mergedIds.length === 0) return;
  await trx
    .deleteFrom('timeline_entries as m')
    .where('m.anchor_object', '=', object)
    .where('m.anchor_id', 'in', mergedIds)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('timeline_entries as s')
          .select('s.id')
          .whereRef('s.anchor_object', '=', 'm.anchor_object')
          .where('s.anchor_id', '=', survivorId)
          .whereRef('s.source_object', '=', 'm.source_object')
          .whereRef('s.source_id', '=', 'm.source_id')
          .whereRef('s.kind', '=', 'm.kind')
          .whereRef('s.at', '=', 'm.at'),
      ),
    )
    .execute();
  await trx
    .updateTable('timeline_entries')
    .set({ anchor_id: survivorId })
    .where('anchor_object', '=', object)
    .where('anchor_id', 'in', mergedIds)
    .execute();
  await trx
    .updateTable('timeline_entries')
    .set({ source_id: survivorId })
    .where('source_object', '=', object)
    .where('source_id', 'in', mergedIds)
    .execute();
}

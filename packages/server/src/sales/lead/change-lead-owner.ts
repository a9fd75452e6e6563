import type { Transaction } from 'kysely';
import { insertRows } from '../../db/cached-insert.ts';
import { cachedQuery } from '../../db/cached-query.ts';
import { capabilitiesOf } from '../../db/database.ts';
import { runtimeTables as dynamic } from '../../db/runtime-tables.ts';
import type { DB } from '../../db/schema.ts';
import { conflict } from '../../errors.ts';
import { afterEventEmitted, emitEvent, outboxRow } from '../../platform/events/emit-event.ts';
import { insertTimelineEntries } from '../timeline/timeline.repository.ts';
import { runLeadOwnerHooks } from './lead-owner-hooks.ts';
import type { LeadTable } from './lead-table.ts';

const TITLE_LENGTH = 200;

export interface OwnerChange {
  leadId: number;
  /** The new owner; null: nobody (the lead waits in a pool). */
  ownerId: number | null;
  actorUserId: number | null;
  at: string;
  /** The lead's owner and name read earlier in the transaction (`selectLeadOwnerAndName`); read now if absent. */
  current?: { ownerId: number | null; name: string | null } | undefined;
}

/** A live lead's owner and name, or undefined when it is missing or deleted. */
export async function selectLeadOwnerAndName(
  trx: Transaction<DB>,
  leads: LeadTable,
  leadId: number,
): Promise<{ ownerId: number | null; name: string | null } | undefined> {
  const [row] = (await cachedQuery(trx, `lead.ownerAndName:${leads.table}:${leads.name}`, [leadId], ([id]) =>
    dynamic(trx)
      .selectFrom(leads.table)
      .select(['owner_id', `${leads.name} as name`])
      .where('id', '=', id)
      .where('deleted_at', 'is', null),
  )) as Array<{ owner_id: number | null; name: string | null }>;
  return row ? { ownerId: row.owner_id == null ? null : Number(row.owner_id), name: row.name } : undefined;
}

/**
 * Gives a live lead a new owner — or none, which the records API cannot do — as a records write would:
 * the owner's field history row, the version bumped (an edit begun before gets a 409), the lead's
 * timeline entry and a `record.updated` event; then the lead owner hooks run (`registerLeadOwnerHook`).
 * Returns the previous owner, or undefined when the lead is missing, deleted or already owned by `ownerId`
 * (then nothing is written); a 409 when another transaction changed the owner in between.
 */
export async function changeLeadOwner(
  trx: Transaction<DB>,
  leads: LeadTable,
  change: OwnerChange,
): Promise<{ previousOwnerId: number | null; name: string | null } | undefined> {
  const row = change.current ?? (await selectLeadOwnerAndName(trx, leads, change.leadId));
  if (!row) return undefined;
  const previousOwnerId = row.ownerId;
  if (previousOwnerId === change.ownerId) return undefined;
  // Only from the owner read: a concurrent change (another claim of the same pooled lead) makes this a 409.
  const fromNobody = previousOwnerId === null;
  const updated = await cachedQuery(
    trx,
    `lead.changeOwner:${leads.table}:${fromNobody}`,
    [change.ownerId, 1, change.actorUserId, change.at, change.leadId, previousOwnerId],
    ([ownerId, one, actorUserId, at, id, previous]) =>
      dynamic(trx)
        .updateTable(leads.table)
        .set((eb) => ({
          owner_id: ownerId,
          version: eb('version', '+', one),
          updated_by: actorUserId,
          updated_at: at,
        }))
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .where((eb) => (fromNobody ? eb('owner_id', 'is', null) : eb('owner_id', '=', previous)))
        .returning('id'),
  );
  if (updated.length === 0) throw conflict('common.concurrent_update');
  const field = { field: 'ownerId', oldValue: previousOwnerId, newValue: change.ownerId };
  const history = {
    object: 'lead',
    record_id: change.leadId,
    field: 'ownerId',
    old_value: previousOwnerId === null ? null : JSON.stringify(previousOwnerId),
    new_value: change.ownerId === null ? null : JSON.stringify(change.ownerId),
    actor_user_id: change.actorUserId,
    at: change.at,
  };
  const title = row.name == null || row.name === '' ? null : String(row.name).slice(0, TITLE_LENGTH);
  const entry = {
    anchor_object: 'lead',
    anchor_id: change.leadId,
    source_object: 'lead',
    source_id: change.leadId,
    kind: 'updated',
    title,
    changes: JSON.stringify([field]),
    actor_user_id: change.actorUserId,
    at: change.at,
  };
  const event = {
    type: 'record.updated',
    aggregateType: 'lead',
    aggregateId: change.leadId,
    payload: { object: 'lead', id: change.leadId, changedFields: ['ownerId'] },
    actorUserId: change.actorUserId,
  };
  if (capabilitiesOf(trx)?.writableCte) {
    // One statement for the three rows: each statement is a round trip to the server.
    await trx
      .with('history', (db) => db.insertInto('record_history').values(history))
      .with('entry', (db) => db.insertInto('timeline_entries').values(entry))
      .insertInto('outbox_events')
      .values(outboxRow(event))
      .execute();
    await afterEventEmitted(trx, event);
  } else {
    await insertRows(trx, 'record_history', [history], 'none');
    await insertTimelineEntries(trx, [entry]);
    await emitEvent(trx, event);
  }
  await runLeadOwnerHooks({ trx, previousOwnerId, ...change });
  return { previousOwnerId, name: row.name };
}

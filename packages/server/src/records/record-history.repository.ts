import type { Insertable, Kysely, Transaction } from 'kysely';
import { insertRows } from '../db/cached-insert.ts';
import type { DB, RecordHistoryTable } from '../db/schema.ts';
import type { JsonValue } from '../metadata/field-types/index.ts';
import { now } from '../platform/clock.ts';

/** One field change of a record. */
export interface FieldChange {
  field: string;
  oldValue: JsonValue;
  newValue: JsonValue;
}

/** Appends the field changes of one record write. */
export async function insertFieldHistory(trx: Transaction<DB>, entry: FieldHistoryEntry): Promise<void> {
  if (entry.changes.length === 0) return;
  await insertRows(trx, 'record_history', fieldHistoryRows(entry), 'none');
}

/** Who changed which fields of which record. */
export interface FieldHistoryEntry {
  object: string;
  recordId: number;
  actorUserId: number | null;
  changes: FieldChange[];
}

/** The `record_history` rows of one record write, one per changed field. */
export function fieldHistoryRows(entry: FieldHistoryEntry): Array<Insertable<RecordHistoryTable>> {
  const at = now().toISOString();
  return entry.changes.map((change) => ({
    object: entry.object,
    record_id: entry.recordId,
    field: change.field,
    old_value: change.oldValue === null ? null : JSON.stringify(change.oldValue),
    new_value: change.newValue === null ? null : JSON.stringify(change.newValue),
    actor_user_id: entry.actorUserId,
    at,
  }));
}

/** The history of one record, newest first. */
export async function selectFieldHistory(
  db: Kysely<DB>,
  object: string,
  recordId: number,
): Promise<Array<Omit<RecordHistoryTable, 'id'> & { id: number }>> {
  return db
    .selectFrom('record_history')
    .selectAll()
    .where('object', '=', object)
    .where('record_id', '=', recordId)
    .orderBy('id', 'desc')
    .execute();
}

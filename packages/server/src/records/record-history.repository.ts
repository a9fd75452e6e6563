import type { Kysely, Transaction } from 'kysely';
import type { DB, RecordHistoryTable } from '../db/schema.ts';
import type { JsonValue } from '../metadata/field-types/index.ts';

/** One field change of a record. */
export interface FieldChange {
  field: string;
  oldValue: JsonValue;
  newValue: JsonValue;
}

/** Appends the field changes of one record write. */
export async function insertFieldHistory(
  trx: Transaction<DB>,
  entry: { object: string; recordId: number; actorUserId: number | null; changes: FieldChange[] },
): Promise<void> {
  if (entry.changes.length === 0) return;
  const at = new Date().toISOString();
  await trx
    .insertInto('record_history')
    .values(
      entry.changes.map((change) => ({
        object: entry.object,
        record_id: entry.recordId,
        field: change.field,
        old_value: change.oldValue === null ? null : JSON.stringify(change.oldValue),
        new_value: change.newValue === null ? null : JSON.stringify(change.newValue),
        actor_user_id: entry.actorUserId,
        at,
      })),
    )
    .execute();
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

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
  /**
   * The record's first values (a create): kept as one row, field `*`, whose new value maps every field to
   * its value — a create sets many fields, and a row per field would cost more than the create itself.
   * Readers expand it into one change per field (`expandHistoryRow`).
   */
  initial?: boolean;
}

/** The `field` of the one history row holding a record's first values. */
export const INITIAL_VALUES_FIELD = '*';

/** The `record_history` rows of one record write: one per changed field, or one for a create. */
export function fieldHistoryRows(entry: FieldHistoryEntry): Array<Insertable<RecordHistoryTable>> {
  const at = now().toISOString();
  if (entry.initial) {
    const values = Object.fromEntries(entry.changes.map((change) => [change.field, change.newValue]));
    return [
      {
        object: entry.object,
        record_id: entry.recordId,
        field: INITIAL_VALUES_FIELD,
        old_value: null,
        new_value: JSON.stringify(values),
        actor_user_id: entry.actorUserId,
        at,
      },
    ];
  }
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

/** A stored history row as field changes: itself, or — the row of a create — one change per field. */
export function expandHistoryRow(row: {
  field: string;
  old_value: string | null;
  new_value: string | null;
}): FieldChange[] {
  const parse = (value: string | null) => (value === null ? null : (JSON.parse(value) as JsonValue));
  if (row.field !== INITIAL_VALUES_FIELD) {
    return [{ field: row.field, oldValue: parse(row.old_value), newValue: parse(row.new_value) }];
  }
  const values = (parse(row.new_value) ?? {}) as Record<string, JsonValue>;
  return Object.entries(values).map(([field, newValue]) => ({ field, oldValue: null, newValue }));
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

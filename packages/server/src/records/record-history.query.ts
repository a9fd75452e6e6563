import type { JsonValue } from '../metadata/field-types/index.ts';
import { selectRecord } from './record.repository.ts';
import type { RecordContext } from './record-context.ts';
import { expandHistoryRow, selectFieldHistory } from './record-history.repository.ts';
import { recordNotFound, scopeWhere } from './record-scope.ts';

export interface FieldHistoryEntry {
  /** The stored write: the changes of one write (every field of a create) share it. */
  id: number;
  field: string;
  oldValue: JsonValue;
  newValue: JsonValue;
  actorUserId: number | null;
  at: string;
}

/** The field history of a record the viewer may read (live or deleted), without the fields hidden from them. */
export async function recordHistory(context: RecordContext, id: number): Promise<FieldHistoryEntry[]> {
  const { database, object, viewer } = context;
  const live = await selectRecord(database.db, object.tableName, id, scopeWhere(context, 'read', 'live'));
  const row =
    live ?? (await selectRecord(database.db, object.tableName, id, scopeWhere(context, 'read', 'deleted')));
  if (!row) throw recordNotFound();
  const rows = await selectFieldHistory(database.db, object.apiName, id);
  return rows.flatMap((row) =>
    expandHistoryRow(row)
      .filter((change) => viewer.permissions.fieldAccess(object.apiName, change.field) !== 'hidden')
      .map((change) => ({
        id: Number(row.id),
        ...change,
        actorUserId: row.actor_user_id === null ? null : Number(row.actor_user_id),
        at: String(row.at),
      })),
  );
}

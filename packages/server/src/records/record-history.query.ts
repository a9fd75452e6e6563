import type { JsonValue } from '../metadata/field-types/index.ts';
import { selectRecord } from './record.repository.ts';
import type { RecordContext } from './record-context.ts';
import { selectFieldHistory } from './record-history.repository.ts';
import { recordNotFound, scopeWhere } from './record-scope.ts';

export interface FieldHistoryEntry {
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
  return rows
    .filter((entry) => viewer.permissions.fieldAccess(object.apiName, entry.field) !== 'hidden')
    .map((entry) => ({
      id: Number(entry.id),
      field: entry.field,
      oldValue: entry.old_value === null ? null : (JSON.parse(entry.old_value) as JsonValue),
      newValue: entry.new_value === null ? null : (JSON.parse(entry.new_value) as JsonValue),
      actorUserId: entry.actor_user_id === null ? null : Number(entry.actor_user_id),
      at: String(entry.at),
    }));
}

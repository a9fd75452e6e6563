import type { Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import { classifyDatabaseConflict } from '../db/errors.ts';
import type { DB } from '../db/schema.ts';
import { AppError, conflict } from '../errors.ts';
import type { JsonValue } from '../metadata/field-types/index.ts';
import { afterEventEmitted, emitEvent, outboxRow } from '../platform/events/emit-event.ts';
import type { RecordContext } from './record-context.ts';
import { type FieldChange, fieldHistoryRows, insertFieldHistory } from './record-history.repository.ts';

/**
 * Runs one records write as a write transaction (`Database.transactWrite`: its own transaction, or a savepoint
 * of a group commit on SQLite), with the write lock taken first; resolves once it committed.
 */
export async function inRecordTransaction<T>(
  database: Database,
  work: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  try {
    return await database.transactWrite(work);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const kind = classifyDatabaseConflict(error);
    if (kind === 'unique') throw conflict('common.duplicate');
    if (kind === 'concurrent') throw conflict('common.concurrent_update');
    throw error;
  }
}

/** The fields whose API value differs between two snapshots of a record. */
export function changedFields(
  before: Record<string, JsonValue>,
  after: Record<string, JsonValue>,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of Object.keys(after)) {
    const oldValue = before[field] ?? null;
    const newValue = after[field] ?? null;
    if (JSON.stringify(oldValue) !== JSON.stringify(newValue)) changes.push({ field, oldValue, newValue });
  }
  return changes;
}

/**
 * Records what a write did: field history rows and the outbox event, on the write's transaction — one
 * statement where the database allows inserts inside `WITH`, two elsewhere.
 */
export async function recordWrite(
  trx: Transaction<DB>,
  context: RecordContext,
  kind: 'created' | 'updated' | 'deleted' | 'restored',
  recordId: number,
  changes: FieldChange[],
): Promise<void> {
  const object = context.object.apiName;
  const actorUserId = context.viewer.userId;
  const event = {
    type: `record.${kind}`,
    aggregateType: object,
    aggregateId: recordId,
    payload: { object, id: recordId, changedFields: changes.map((change) => change.field) },
    actorUserId,
  };
  const history = { object, recordId, actorUserId, changes, initial: kind === 'created' };
  if (changes.length === 0 || !context.database.caps.writableCte) {
    await insertFieldHistory(trx, history);
    await emitEvent(trx, event);
    return;
  }
  await trx
    .with('history', (db) => db.insertInto('record_history').values(fieldHistoryRows(history)))
    .insertInto('outbox_events')
    .values(outboxRow(event))
    .execute();
  await afterEventEmitted(trx, event);
}

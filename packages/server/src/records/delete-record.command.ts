import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import { now } from '../platform/clock.ts';
import { apiValuesOf } from './record.presenter.ts';
import { selectRecord, updateRecordRow } from './record.repository.ts';
import { runAfterWrite, runBeforeWrite } from './record-behaviour.ts';
import type { RecordContext } from './record-context.ts';
import { recordNotFound, scopeWhere } from './record-scope.ts';
import { inRecordTransaction, recordWrite } from './record-write.ts';

/** Moves a record to the recycle bin (soft delete). */
export async function deleteRecord(context: RecordContext, id: number): Promise<void> {
  await inRecordTransaction(context.database, (trx) => deleteRecordIn(trx, context, id));
}

/** The delete on an open transaction (used by bulk writes too). */
export async function deleteRecordIn(
  trx: Transaction<DB>,
  context: RecordContext,
  id: number,
): Promise<void> {
  const row = await selectRecord(trx, context.object.tableName, id, scopeWhere(context, 'delete', 'live'));
  if (!row) throw recordNotFound();
  const ownerId = row.owner_id == null ? null : Number(row.owner_id);
  await runBeforeWrite(trx, context, { kind: 'delete', id, beforeRow: row, columns: {}, ownerId, given: [] });
  const at = now().toISOString();
  await updateRecordRow(trx, context.object.tableName, id, row.version, {
    deleted_at: at,
    updated_by: context.viewer.userId,
    updated_at: at,
  });
  await recordWrite(trx, context, 'deleted', id, []);
  const values = apiValuesOf(context, row);
  await runAfterWrite(trx, context, {
    kind: 'deleted',
    id,
    before: values,
    after: values,
    changes: [],
    at,
  });
}

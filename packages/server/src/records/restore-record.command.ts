import { now } from '../platform/clock.ts';
import { apiValuesOf, presentRecord, type RecordOutput } from './record.presenter.ts';
import { selectRecord, updateRecordRow } from './record.repository.ts';
import { runAfterWrite, runBeforeWrite } from './record-behaviour.ts';
import type { RecordContext } from './record-context.ts';
import { recordNotFound, scopeWhere } from './record-scope.ts';
import { inRecordTransaction, recordWrite } from './record-write.ts';

/** Brings a record back from the recycle bin. */
export async function restoreRecord(context: RecordContext, id: number): Promise<RecordOutput> {
  return inRecordTransaction(context.database, async (trx) => {
    const row = await selectRecord(
      trx,
      context.object.tableName,
      id,
      scopeWhere(context, 'delete', 'deleted'),
    );
    if (!row) throw recordNotFound();
    const ownerId = row.owner_id == null ? null : Number(row.owner_id);
    await runBeforeWrite(trx, context, {
      kind: 'restore',
      id,
      beforeRow: row,
      columns: {},
      ownerId,
      given: [],
    });
    const at = now().toISOString();
    const restored = await updateRecordRow(trx, context.object.tableName, id, row.version, {
      deleted_at: null,
      updated_by: context.viewer.userId,
      updated_at: at,
    });
    if (!restored) throw recordNotFound();
    await recordWrite(trx, context, 'restored', id, []);
    const values = apiValuesOf(context, restored);
    await runAfterWrite(trx, context, {
      kind: 'restored',
      id,
      before: values,
      after: values,
      changes: [],
      at,
    });
    return presentRecord(context, restored);
  });
}

import { presentRecord, type RecordOutput } from './record.presenter.ts';
import { selectRecord, updateRecordRow } from './record.repository.ts';
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
    const restored = await updateRecordRow(trx, context.object.tableName, id, row.version, {
      deleted_at: null,
      updated_by: context.viewer.userId,
      updated_at: new Date().toISOString(),
    });
    if (!restored) throw recordNotFound();
    await recordWrite(trx, context, 'restored', id, []);
    return presentRecord(context, restored);
  });
}

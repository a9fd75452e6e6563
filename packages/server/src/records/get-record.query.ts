import { presentRecord, type RecordOutput } from './record.presenter.ts';
import { selectRecord } from './record.repository.ts';
import type { RecordContext } from './record-context.ts';
import { recordNotFound, scopeWhere } from './record-scope.ts';

/** One live record the viewer may read, or a 404. */
export async function getRecord(context: RecordContext, id: number): Promise<RecordOutput> {
  const row = await selectRecord(
    context.database.db,
    context.object.tableName,
    id,
    scopeWhere(context, 'read', 'live'),
  );
  if (!row) throw recordNotFound();
  return presentRecord(context, row);
}

import { presentRecord, type RecordOutput } from './record.presenter.ts';
import { selectRecord } from './record.repository.ts';
import type { RecordContext } from './record-context.ts';
import { applyFieldSelection, parseFieldSelection } from './record-fields.ts';
import { recordNotFound, scopeWhere } from './record-scope.ts';

/** One live record the viewer may read (cut to `?fields=` when given), or a 404. */
export async function getRecord(context: RecordContext, id: number, fields?: string): Promise<RecordOutput> {
  const selection = await parseFieldSelection(context, fields);
  const row = await selectRecord(
    context.database.db,
    context.object.tableName,
    id,
    scopeWhere(context, 'read', 'live'),
    selection,
  );
  if (!row) throw recordNotFound();
  return applyFieldSelection(selection, presentRecord(context, row), row);
}

import type { Database } from '../../db/database.ts';
import type { Viewer } from '../../http/access.ts';
import { apiValuesOf } from '../../records/record.presenter.ts';
import { selectRecord } from '../../records/record.repository.ts';
import { recordContext } from '../../records/record-context.ts';
import { recordNotFound, scopeWhere } from '../../records/record-scope.ts';
import type { DedupObject } from './duplicate-objects.ts';
import { type DuplicateCandidate, findDuplicateCandidates } from './find-duplicates.query.ts';

/** Records of the same object sharing a match key with a live record the viewer may read (404 otherwise). */
export async function duplicatesOfRecord(
  database: Database,
  viewer: Viewer,
  object: DedupObject,
  id: number,
): Promise<DuplicateCandidate[]> {
  const context = await recordContext(database, object, viewer);
  const row = await selectRecord(
    database.db,
    context.object.tableName,
    id,
    scopeWhere(context, 'read', 'live'),
  );
  if (!row) throw recordNotFound();
  return findDuplicateCandidates(database, viewer, {
    object,
    values: apiValuesOf(context, row),
    targets: [object],
    excludeId: id,
  });
}

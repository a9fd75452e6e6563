import type { Action } from '@lodestar/shared';
import type { Database } from '../../db/database.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import { selectRecord } from '../../records/record.repository.ts';
import { type RecordContext, recordContext } from '../../records/record-context.ts';
import { recordNotFound, scopeWhere } from '../../records/record-scope.ts';
import { type FileRow, findLiveFile } from './file.repository.ts';
import './file.messages.ts';

/** The context of a live record the viewer may act on with `action` (its data scope applies), else a 404. */
export async function recordInScopeOrThrow(
  database: Database,
  viewer: Viewer,
  object: string,
  recordId: number,
  action: Action,
): Promise<RecordContext> {
  const context = await recordContext(database, object, viewer);
  const row = await selectRecord(
    database.db,
    context.object.tableName,
    recordId,
    scopeWhere(context, action, 'live'),
  );
  if (!row) throw recordNotFound();
  return context;
}

/**
 * A file the viewer may download, else a 404 (the same answer whether it does not exist or is out of
 * reach): an attached file when the viewer may read its live record under their data scope (and, for an
 * attachment field, the field is not hidden from them); a file not attached yet only for its uploader.
 */
export async function readableFileOrThrow(database: Database, viewer: Viewer, id: number): Promise<FileRow> {
  const row = await findLiveFile(database.db, id);
  if (!row) throw notFound('file.not_found');
  if (row.object == null || row.record_id == null) {
    if (row.uploaded_by != null && Number(row.uploaded_by) === viewer.userId) return row;
    throw notFound('file.not_found');
  }
  const { permissions } = viewer;
  if (!permissions.can(row.object, 'read')) throw notFound('file.not_found');
  if (row.field && permissions.fieldAccess(row.object, row.field) === 'hidden')
    throw notFound('file.not_found');
  try {
    await recordInScopeOrThrow(database, viewer, row.object, Number(row.record_id), 'read');
  } catch (error) {
    // The record (or its object) is gone or out of scope: the file is out of reach alike.
    if (error instanceof AppError && error.status === 404) throw notFound('file.not_found');
    throw error;
  }
  return row;
}

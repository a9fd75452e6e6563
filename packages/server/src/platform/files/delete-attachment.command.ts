import type { Database } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import { type AuditActor, recordAudit } from '../audit/record-audit.ts';
import { emitEvent } from '../events/emit-event.ts';
import { findLiveFile, markFileDeleted } from './file.repository.ts';
import { recordInScopeOrThrow } from './file-access.ts';

/**
 * Removes an attachment from a record the viewer may update: the row is marked deleted (the bytes stay in
 * storage, like a record in the recycle bin). Audited, with a `record.attachment_removed` event.
 */
export async function deleteAttachment(
  database: Database,
  viewer: Viewer,
  actor: AuditActor,
  target: { object: string; recordId: number; fileId: number },
): Promise<void> {
  await recordInScopeOrThrow(database, viewer, target.object, target.recordId, 'update');
  await database.db.transaction().execute(async (trx) => {
    const file = await findLiveFile(trx, target.fileId);
    if (
      !file ||
      file.object !== target.object ||
      Number(file.record_id) !== target.recordId ||
      file.field !== null
    ) {
      throw notFound('file.not_found');
    }
    await markFileDeleted(trx, target.fileId);
    await recordAudit(trx, actor, {
      action: 'detach',
      entityType: target.object,
      entityId: target.recordId,
      changes: { attachment: [{ id: target.fileId, name: file.name }, null] },
    });
    await emitEvent(trx, {
      type: 'record.attachment_removed',
      aggregateType: target.object,
      aggregateId: target.recordId,
      payload: { object: target.object, id: target.recordId, fileId: target.fileId },
      actorUserId: actor.userId,
    });
  });
}

import { takeWriteLock } from '../db/locking.ts';
import { type AuditActor, recordAudit } from '../platform/audit/record-audit.ts';
import type { RecordContext } from '../records/record-context.ts';
import { deleteViewRow, selectView } from './list-view.repository.ts';
import { assertMayChange, viewNotFound } from './view-access.ts';

/** Deletes a view under the same rules as changing it, audited. */
export async function deleteListView(context: RecordContext, actor: AuditActor, id: number): Promise<void> {
  await context.database.db.transaction().execute(async (trx) => {
    await takeWriteLock(trx, context.database.caps);
    const row = await selectView(trx, context.object.apiName, id);
    if (!row) throw viewNotFound();
    assertMayChange(context.viewer, row);
    await deleteViewRow(trx, id);
    await recordAudit(trx, actor, {
      action: 'delete',
      entityType: 'listView',
      entityId: id,
      changes: { name: [row.name, null] },
    });
  });
}

import type { Database } from '../../db/database.ts';
import { takeWriteLock } from '../../db/locking.ts';
import { conflict, notFound } from '../../errors.ts';
import { type AuditActor, recordAudit } from '../audit/record-audit.ts';
import { emitEvent } from '../events/emit-event.ts';
import { deleteTagGroupRow, findTagGroup } from './tag-group.repository.ts';
import { fieldsUsingTagGroup } from './tag-group-usage.ts';
import './tag-group.messages.ts';

/** Deletes a tag group; 409 `tag_group.in_use` while a `tags` field refers to it. Audited. */
export async function deleteTagGroup(database: Database, actor: AuditActor, id: number): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    await takeWriteLock(trx, database.caps);
    const current = await findTagGroup(trx, id);
    if (!current) throw notFound('tag_group.not_found');
    const uses = await fieldsUsingTagGroup(trx, current.key);
    if (uses.length > 0) {
      throw conflict('tag_group.in_use', { fields: uses.map((u) => `${u.object}.${u.field}`).join(', ') });
    }
    await deleteTagGroupRow(trx, id);
    await recordAudit(trx, actor, {
      action: 'delete',
      entityType: 'tagGroup',
      entityId: id,
      changes: { key: [current.key, null] },
    });
    await emitEvent(trx, {
      type: 'tagGroup.deleted',
      aggregateType: 'tagGroup',
      aggregateId: id,
      payload: { key: current.key },
      actorUserId: actor.userId,
    });
  });
}

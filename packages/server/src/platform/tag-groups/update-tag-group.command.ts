import type { Database } from '../../db/database.ts';
import { takeWriteLock } from '../../db/locking.ts';
import { conflict, notFound } from '../../errors.ts';
import { type AuditActor, diffChanges, recordAudit } from '../audit/record-audit.ts';
import { emitEvent } from '../events/emit-event.ts';
import { findTagGroup, type TagGroup, updateTagGroupRow } from './tag-group.repository.ts';
import type { UpdateTagGroupInput } from './tag-group.schemas.ts';
import { fieldsUsingTagGroup, tagKeyUsed } from './tag-group-usage.ts';
import './tag-group.messages.ts';

/**
 * Changes a group's label, tags or position. Labels and colours of tags change freely; removing a tag that
 * some record still holds is refused (409 `tag_group.tag_in_use`), so a stored value never names a tag
 * that does not exist. Audited, with a `tagGroup.updated` event.
 */
export async function updateTagGroup(
  database: Database,
  actor: AuditActor,
  id: number,
  input: UpdateTagGroupInput,
): Promise<TagGroup> {
  return database.db.transaction().execute(async (trx) => {
    await takeWriteLock(trx, database.caps);
    const current = await findTagGroup(trx, id);
    if (!current) throw notFound('tag_group.not_found');
    const next = {
      label: input.label ?? current.label,
      tags: input.tags ?? current.tags,
      position: input.position ?? current.position,
    };
    const removed = current.tags.filter((tag) => !next.tags.some((t) => t.key === tag.key));
    if (removed.length > 0) {
      for (const use of await fieldsUsingTagGroup(trx, current.key)) {
        for (const tag of removed) {
          if (await tagKeyUsed(trx, use, tag.key)) {
            throw conflict('tag_group.tag_in_use', { tag: tag.key, field: `${use.object}.${use.field}` });
          }
        }
      }
    }
    const changes = diffChanges(
      { label: current.label, tags: current.tags, position: current.position },
      next,
    );
    if (Object.keys(changes).length === 0) return current;
    await updateTagGroupRow(trx, id, next);
    await recordAudit(trx, actor, { action: 'update', entityType: 'tagGroup', entityId: id, changes });
    await emitEvent(trx, {
      type: 'tagGroup.updated',
      aggregateType: 'tagGroup',
      aggregateId: id,
      payload: { key: current.key, changed: Object.keys(changes) },
      actorUserId: actor.userId,
    });
    return (await findTagGroup(trx, id))!;
  });
}

import type { Database } from '../../db/database.ts';
import { takeWriteLock } from '../../db/locking.ts';
import { conflict } from '../../errors.ts';
import { type AuditActor, diffChanges, recordAudit } from '../audit/record-audit.ts';
import { emitEvent } from '../events/emit-event.ts';
import {
  findTagGroup,
  insertTagGroup,
  listTagGroups,
  type TagGroup,
  tagGroupKeyTaken,
} from './tag-group.repository.ts';
import type { CreateTagGroupInput } from './tag-group.schemas.ts';
import './tag-group.messages.ts';

/** Creates a tag group (409 when the key is taken), audited, with a `tagGroup.created` event. */
export async function createTagGroup(
  database: Database,
  actor: AuditActor,
  input: CreateTagGroupInput,
): Promise<TagGroup> {
  return database.db.transaction().execute(async (trx) => {
    await takeWriteLock(trx, database.caps);
    if (await tagGroupKeyTaken(trx, input.key)) throw conflict('tag_group.key_taken', { key: input.key });
    const position = input.position ?? (await listTagGroups(trx)).length;
    const id = await insertTagGroup(trx, { key: input.key, label: input.label, tags: input.tags, position });
    const created = { key: input.key, label: input.label, tags: input.tags, position };
    await recordAudit(trx, actor, {
      action: 'create',
      entityType: 'tagGroup',
      entityId: id,
      changes: diffChanges(null, created),
    });
    await emitEvent(trx, {
      type: 'tagGroup.created',
      aggregateType: 'tagGroup',
      aggregateId: id,
      payload: { key: input.key },
      actorUserId: actor.userId,
    });
    return (await findTagGroup(trx, id))!;
  });
}

import { columnTypes } from '../../db/column-types.ts';
import type { Database } from '../../db/database.ts';
import type { Viewer } from '../../http/access.ts';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { type AuditActor, recordAudit } from '../../platform/audit/record-audit.ts';
import { emitEvent } from '../../platform/events/emit-event.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { inRecordTransaction } from '../../records/record-write.ts';
import { setColumnWithHistory } from '../duplicates/column-change.repository.ts';
import { rebuildOpenTotals } from '../opportunity/open-stage-totals.repository.ts';
import { HANDOVER_RECEIVED } from './handover.messages.ts';
import { ownedWhere } from './handover.repository.ts';
import { planHandover } from './handover-plan.ts';
import { handoverUsersOrThrow } from './handover-users.ts';

export interface HandoverRequest {
  fromUserId: number;
  toUserId: number;
  /** Objects to hand over; default every object the viewer may hand over. */
  objects?: string[] | undefined;
  /** Whether finished records (won/lost opportunities, done tasks, completed contracts…) move too. */
  includeClosed: boolean;
}

export interface HandoverResult {
  from: { id: number; name: string };
  to: { id: number; name: string };
  counts: Array<{ object: string; count: number }>;
  total: number;
}

/**
 * Hands every live record one user owns over to another (C-6) — every object, custom ones included, so
 * their open tasks and opportunities too — in one transaction: per object one statement appends an
 * `ownerId` field history row per record and one moves them all, however many there are. One audit entry
 * and one `handover.completed` event carry the counts; the receiver gets an in-app notification. Only
 * admins and holders of `assign` with scope `all` on each object handed over may do it.
 */
export async function handOverRecords(
  database: Database,
  viewer: Viewer,
  actor: AuditActor,
  request: HandoverRequest,
): Promise<HandoverResult> {
  const snapshot = await metadataRegistryOf(database).snapshot();
  const parts = planHandover(snapshot, viewer, request);
  const types = columnTypes(database.dialect);
  return inRecordTransaction(database, async (trx) => {
    const { from, to } = await handoverUsersOrThrow(trx, request.fromUserId, request.toUserId);
    const at = new Date().toISOString();
    const counts: HandoverResult['counts'] = [];
    for (const part of parts) {
      const count = await setColumnWithHistory(trx, types, {
        object: part.object,
        table: part.owned.table,
        field: 'ownerId',
        column: 'owner_id',
        value: request.toUserId,
        where: ownedWhere(part.owned),
        actorUserId: viewer.userId,
        at,
      });
      if (count > 0) counts.push({ object: part.object, count });
    }
    // Moved in bulk, past the opportunity behaviour: the kanban's open totals of both owners are recounted.
    if (counts.some((part) => part.object === 'opportunity')) await rebuildOpenTotals(trx, [from.id, to!.id]);
    const total = counts.reduce((sum, part) => sum + part.count, 0);
    const byObject = Object.fromEntries(counts.map((part) => [part.object, part.count]));
    await recordAudit(trx, actor, {
      action: 'handover',
      entityType: 'user',
      entityId: from.id,
      changes: {
        ownerId: [from.id, to!.id],
        counts: [null, byObject],
        includeClosed: [null, request.includeClosed],
      },
    });
    await emitEvent(trx, {
      type: 'handover.completed',
      aggregateType: 'user',
      aggregateId: from.id,
      payload: {
        fromUserId: from.id,
        toUserId: to!.id,
        counts: byObject,
        includeClosed: request.includeClosed,
      },
      actorUserId: viewer.userId,
    });
    if (total > 0 && to!.id !== viewer.userId) {
      await notify(trx, {
        userIds: [to!.id],
        kind: HANDOVER_RECEIVED,
        params: { fromName: from.name, count: total },
        actorUserId: viewer.userId,
      });
    }
    return { from, to: to!, counts, total };
  });
}

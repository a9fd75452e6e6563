import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { now } from '../clock.ts';
import { emitEvent } from '../events/emit-event.ts';
import { insertNotifications } from './notification.repository.ts';
import { isNotificationKind } from './notification-kinds.ts';

/** Values a notification title template can use. */
export type NotificationParams = Record<string, string | number | boolean | null>;

export interface NotifyProps {
  /** Recipients; duplicates are sent once. */
  userIds: readonly number[];
  /** A kind registered with `defineNotificationKind`. */
  kind: string;
  params?: NotificationParams;
  /** The record the notification links to (both or neither). */
  object?: string | null;
  recordId?: number | null;
  /** Who caused it, shown next to the title; omit for the system. */
  actorUserId?: number | null;
}

/**
 * Sends an in-app notification to each recipient, inside the caller's transaction: the notifications
 * (and one `notification.created` outbox event each) exist exactly when the business write commits.
 * Returns the ids of the new notifications.
 * @example await notify(trx, { userIds: [task.owner_id], kind: 'task.due', params: { title: task.title }, object: 'task', recordId: task.id })
 */
export async function notify(trx: Transaction<DB>, props: NotifyProps): Promise<number[]> {
  if (!isNotificationKind(props.kind)) throw new Error(`notification kind "${props.kind}" is not registered`);
  const object = props.object ?? null;
  const recordId = props.recordId ?? null;
  if ((object === null) !== (recordId === null)) {
    throw new Error('a notification links to a record by both object and recordId, or neither');
  }
  const userIds = [...new Set(props.userIds)];
  if (userIds.length === 0) return [];
  const params = props.params ?? {};
  const createdAt = now().toISOString();
  const rows = await insertNotifications(
    trx,
    userIds.map((userId) => ({
      user_id: userId,
      kind: props.kind,
      params: JSON.stringify(params),
      object,
      record_id: recordId,
      actor_user_id: props.actorUserId ?? null,
      created_at: createdAt,
      read_at: null,
    })),
  );
  for (const row of rows) {
    await emitEvent(trx, {
      type: 'notification.created',
      aggregateType: 'notification',
      aggregateId: row.id,
      payload: { id: row.id, userId: row.user_id, kind: props.kind, params, object, recordId },
      actorUserId: props.actorUserId ?? null,
    });
  }
  return rows.map((row) => row.id);
}

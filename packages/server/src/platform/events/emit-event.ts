import type { Kysely, Transaction } from 'kysely';
import { notifyChannel } from '../../db/notify.ts';
import type { DB } from '../../db/schema.ts';
import { announceMetadataChange, METADATA_CHANGED } from './metadata-version.ts';

/** Notification channel that wakes outbox dispatchers when an event is emitted (at commit, in any process). */
export const OUTBOX_CHANNEL = 'lodestar_outbox';

export interface DomainEvent {
  /** Dotted event type, e.g. `user.created`, `record.updated`. */
  type: string;
  aggregateType: string;
  aggregateId?: string | number | null;
  payload?: Record<string, unknown>;
  actorUserId?: number | null;
}

/**
 * Appends an event to the transactional outbox. Call it with the same transaction as the change it
 * describes: the event exists if and only if the change committed. The dispatcher delivers it later.
 * A `metadata.changed` event also tells the other instances to reload their metadata (`announceMetadataChange`).
 */
export async function emitEvent(db: Kysely<DB> | Transaction<DB>, event: DomainEvent): Promise<number> {
  const row = await db
    .insertInto('outbox_events')
    .values({
      type: event.type,
      aggregate_type: event.aggregateType,
      aggregate_id: event.aggregateId == null ? null : String(event.aggregateId),
      payload: JSON.stringify(event.payload ?? {}),
      actor_user_id: event.actorUserId ?? null,
      created_at: new Date().toISOString(),
      dispatched_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await notifyChannel(db, OUTBOX_CHANNEL);
  if (event.type === METADATA_CHANGED) await announceMetadataChange(db);
  return row.id;
}

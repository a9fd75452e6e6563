import type { Insertable, Kysely, Transaction } from 'kysely';
import { insertRows } from '../../db/cached-insert.ts';
import { notifyChannel } from '../../db/notify.ts';
import type { DB, OutboxEventTable } from '../../db/schema.ts';
import { now } from '../clock.ts';
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
  const [row] = await insertRows<{ id: number }>(db, 'outbox_events', [outboxRow(event)], 'id');
  if (!row) throw new Error('insert into outbox_events returned no row');
  await afterEventEmitted(db, event);
  return row.id;
}

/** The `outbox_events` row of an event (for writers that insert it along with other rows). */
export function outboxRow(event: DomainEvent): Insertable<OutboxEventTable> {
  return {
    type: event.type,
    aggregate_type: event.aggregateType,
    aggregate_id: event.aggregateId == null ? null : String(event.aggregateId),
    payload: JSON.stringify(event.payload ?? {}),
    actor_user_id: event.actorUserId ?? null,
    created_at: now().toISOString(),
    dispatched_at: null,
  };
}

/** What follows every inserted event on its transaction: the dispatchers' wake-up and metadata announcements. */
export async function afterEventEmitted(db: Kysely<DB>, event: DomainEvent): Promise<void> {
  await notifyChannel(db, OUTBOX_CHANNEL);
  if (event.type === METADATA_CHANGED) await announceMetadataChange(db);
}

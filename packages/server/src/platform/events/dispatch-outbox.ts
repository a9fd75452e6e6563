import type { Database } from '../../db/database.ts';
import { lockSkippingLocked, takeWriteLock } from '../../db/locking.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { type DispatchedEvent, type EventSubscriber, subscribersOf } from './subscriber.ts';

export interface DispatchOutboxOptions {
  subscribers: readonly EventSubscriber[];
  /** Events handled per transaction. */
  batchSize?: number;
}

/**
 * Delivers the next batch of undispatched outbox events, oldest first: for every event and every
 * subscriber it matches, enqueues one job (idempotency key `event:<eventId>:<subscriber>`), and marks the
 * event dispatched — all in one transaction, so an event is either fully handed over or not at all.
 * Concurrent dispatchers on PostgreSQL take disjoint batches (SKIP LOCKED). Resolves to the number of
 * events dispatched.
 */
export async function dispatchOutbox(database: Database, options: DispatchOutboxOptions): Promise<number> {
  const batchSize = options.batchSize ?? 100;
  return database.db.transaction().execute(async (trx) => {
    await takeWriteLock(trx, database.caps);
    const events = await lockSkippingLocked(
      trx
        .selectFrom('outbox_events')
        .selectAll()
        .where('dispatched_at', 'is', null)
        .orderBy('id')
        .limit(batchSize),
      database.caps,
    ).execute();
    if (events.length === 0) return 0;
    for (const row of events) {
      const event: DispatchedEvent = {
        id: Number(row.id),
        type: row.type,
        aggregateType: row.aggregate_type,
        aggregateId: row.aggregate_id,
        payload: JSON.parse(row.payload) as Record<string, unknown>,
        actorUserId: row.actor_user_id == null ? null : Number(row.actor_user_id),
        createdAt: row.created_at,
      };
      for (const subscriber of subscribersOf(options.subscribers, event.type)) {
        await enqueueJob(trx, {
          name: subscriber.jobName,
          payload: { event },
          idempotencyKey: `event:${event.id}:${subscriber.name}`,
          ...(subscriber.maxAttempts ? { maxAttempts: subscriber.maxAttempts } : {}),
        });
      }
    }
    await trx
      .updateTable('outbox_events')
      .set({ dispatched_at: new Date().toISOString() })
      .where(
        'id',
        'in',
        events.map((e) => e.id),
      )
      .execute();
    return events.length;
  });
}

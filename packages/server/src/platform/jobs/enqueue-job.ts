import type { Kysely, Transaction } from 'kysely';
import { notifyChannel } from '../../db/notify.ts';
import type { DB } from '../../db/schema.ts';
import { type Job, toJob } from './job.ts';

/** Attempts a job gets unless the caller says otherwise (the first run plus four retries). */
export const DEFAULT_MAX_ATTEMPTS = 5;

/** Notification channel that wakes workers when a due job is enqueued (at commit, in any process). */
export const JOBS_CHANNEL = 'lodestar_jobs';

export interface EnqueueJobProps {
  /** Name of the handler that runs it. */
  name: string;
  /** JSON-serialisable input of the handler. */
  payload?: unknown;
  /** Not before this time (ISO string or Date); default now. */
  runAt?: string | Date;
  maxAttempts?: number;
  /**
   * A job with this key is created at most once: enqueueing again returns the existing job, whatever its
   * state. Use it to make "do X because of Y" happen once, e.g. `event:<eventId>:<subscriber>`.
   */
  idempotencyKey?: string | null;
}

export interface EnqueuedJob extends Job {
  /** False when a job with the same idempotency key already existed and was returned instead. */
  created: boolean;
}

/**
 * Adds a job to the queue. Call it with the transaction of the change that calls for the job, so the
 * job exists if and only if the change committed.
 */
export async function enqueueJob(
  db: Kysely<DB> | Transaction<DB>,
  props: EnqueueJobProps,
): Promise<EnqueuedJob> {
  const now = new Date().toISOString();
  const runAt = props.runAt === undefined ? now : new Date(props.runAt).toISOString();
  const maxAttempts = props.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1)
    throw new Error('maxAttempts must be a positive integer');
  const inserted = await db
    .insertInto('jobs')
    .values({
      name: props.name,
      payload: JSON.stringify(props.payload ?? {}),
      status: 'pending',
      attempts: 0,
      max_attempts: maxAttempts,
      run_at: runAt,
      locked_by: null,
      locked_until: null,
      last_error: null,
      idempotency_key: props.idempotencyKey ?? null,
      created_at: now,
      updated_at: now,
      finished_at: null,
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) {
    // A job due later is found by polling when its time comes.
    if (runAt <= now) await notifyChannel(db, JOBS_CHANNEL);
    return { ...toJob(inserted), created: true };
  }
  // Only a duplicate idempotency key makes the insert do nothing.
  const existing = await db
    .selectFrom('jobs')
    .selectAll()
    .where('idempotency_key', '=', props.idempotencyKey ?? '')
    .executeTakeFirstOrThrow();
  return { ...toJob(existing), created: false };
}

import type { Kysely, Transaction } from 'kysely';
import { cachedQuery } from '../../db/cached-query.ts';
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
  const values = [
    props.name,
    JSON.stringify(props.payload ?? {}),
    'pending',
    0,
    maxAttempts,
    runAt,
    null,
    props.idempotencyKey ?? null,
    now,
  ] as const;
  const [inserted] = await cachedQuery(
    db,
    'jobs.enqueue',
    values,
    ([name, payload, status, attempts, max, run, nothing, key, at]) =>
      db
        .insertInto('jobs')
        .values({
          name,
          payload,
          status,
          attempts,
          max_attempts: max,
          run_at: run,
          locked_by: nothing,
          locked_until: nothing,
          last_error: nothing,
          idempotency_key: key,
          created_at: at,
          updated_at: at,
          finished_at: nothing,
        })
        .onConflict((oc) => oc.column('idempotency_key').doNothing())
        .returningAll(),
  );
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

import type { ExpressionBuilder, Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Job } from './job.ts';

/** The lease a worker holds on a running job: the job id, the holder, and which attempt it is. */
export interface JobLease {
  jobId: number;
  workerId: string;
  attempt: number;
}

/**
 * Every write about a running job goes through this filter: a worker that lost its lease (it stalled and
 * another worker took the job over) changes nothing.
 */
function heldBy(lease: JobLease) {
  return (eb: ExpressionBuilder<DB, 'jobs'>) =>
    eb.and([
      eb('id', '=', lease.jobId),
      eb('status', '=', 'running'),
      eb('locked_by', '=', lease.workerId),
      eb('attempts', '=', lease.attempt),
    ]);
}

/** Extends the lease to now + leaseMs; false when the lease was lost (the job is no longer this worker's). */
export async function renewLease(db: Kysely<DB>, lease: JobLease, leaseMs: number): Promise<boolean> {
  const now = Date.now();
  const result = await db
    .updateTable('jobs')
    .set({ locked_until: new Date(now + leaseMs).toISOString(), updated_at: new Date(now).toISOString() })
    .where(heldBy(lease))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Marks the job done; false when the lease had been lost meanwhile. */
export async function markJobDone(db: Kysely<DB>, lease: JobLease): Promise<boolean> {
  const at = new Date().toISOString();
  const result = await db
    .updateTable('jobs')
    .set({ status: 'done', locked_by: null, locked_until: null, finished_at: at, updated_at: at })
    .where(heldBy(lease))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Records a failed run: back to `pending` at `retryAt`, or `dead` (dead-letter) when this was the last
 * attempt. Resolves to the new status, or null when the lease had been lost meanwhile.
 */
export async function markJobFailed(
  db: Kysely<DB>,
  lease: JobLease,
  job: Pick<Job, 'maxAttempts'>,
  error: string,
  retryAt: Date,
): Promise<'pending' | 'dead' | null> {
  const at = new Date().toISOString();
  const dead = lease.attempt >= job.maxAttempts;
  const result = await db
    .updateTable('jobs')
    .set({
      status: dead ? 'dead' : 'pending',
      last_error: error.slice(0, 4000),
      run_at: dead ? at : retryAt.toISOString(),
      locked_by: null,
      locked_until: null,
      finished_at: dead ? at : null,
      updated_at: at,
    })
    .where(heldBy(lease))
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return null;
  return dead ? 'dead' : 'pending';
}

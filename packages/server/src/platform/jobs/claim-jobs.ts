import type { Database } from '../../db/database.ts';
import { lockSkippingLocked } from '../../db/locking.ts';
import { type Job, type JobRow, toJob } from './job.ts';

const LEASE_EXPIRED_ERROR = 'The worker running this job stopped before it finished (lease expired)';

export interface ClaimJobsProps {
  /** Identifies the worker holding the lease. */
  workerId: string;
  /** Job names this worker can run; jobs of other names are left for other workers. */
  names: readonly string[];
  limit: number;
  leaseMs: number;
  now?: Date;
}

/**
 * Takes up to `limit` due pending jobs for this worker: each becomes `running` with a lease until
 * now + leaseMs and one more attempt counted. One statement: on PostgreSQL concurrent claimers skip rows
 * another holds (`FOR UPDATE SKIP LOCKED`), so no two workers ever take the same job; with a single writer
 * the statement is exclusive by itself. Returns the claimed jobs in queue order (run_at, id).
 */
export async function claimJobs(database: Database, props: ClaimJobsProps): Promise<Job[]> {
  if (props.limit <= 0 || props.names.length === 0) return [];
  const { db, caps } = database;
  const now = props.now ?? new Date();
  const due = lockSkippingLocked(
    db
      .selectFrom('jobs')
      .select('id')
      .where('status', '=', 'pending')
      .where('run_at', '<=', now.toISOString())
      .where('name', 'in', props.names)
      .orderBy('run_at')
      .orderBy('id')
      .limit(props.limit),
    caps,
  );
  const rows: JobRow[] = await db
    .updateTable('jobs')
    .set((eb) => ({
      status: 'running',
      attempts: eb('attempts', '+', 1),
      locked_by: props.workerId,
      locked_until: new Date(now.getTime() + props.leaseMs).toISOString(),
      updated_at: now.toISOString(),
    }))
    .where('id', 'in', due)
    .returningAll()
    .execute();
  return rows.map(toJob).sort((a, b) => (a.runAt < b.runAt ? -1 : a.runAt > b.runAt ? 1 : a.id - b.id));
}

/**
 * Returns running jobs whose lease ran out (their worker died or stalled) to the queue for an immediate
 * retry, or dead-letters them when their attempts are used up. Safe to run from every worker at once.
 * Resolves to the number of jobs released.
 */
export async function releaseExpiredLeases(database: Database, now: Date = new Date()): Promise<number> {
  const at = now.toISOString();
  const released = { locked_by: null, locked_until: null, updated_at: at, last_error: LEASE_EXPIRED_ERROR };
  const dead = await database.db
    .updateTable('jobs')
    .set({ ...released, status: 'dead', finished_at: at })
    .where('status', '=', 'running')
    .where('locked_until', '<', at)
    .where((eb) => eb('attempts', '>=', eb.ref('max_attempts')))
    .executeTakeFirst();
  const retried = await database.db
    .updateTable('jobs')
    .set({ ...released, status: 'pending', run_at: at })
    .where('status', '=', 'running')
    .where('locked_until', '<', at)
    .executeTakeFirst();
  return Number(dead.numUpdatedRows) + Number(retried.numUpdatedRows);
}

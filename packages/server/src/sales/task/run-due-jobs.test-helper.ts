import type { Database } from '../../db/database.ts';
import { claimJobs } from '../../platform/jobs/claim-jobs.ts';
import type { JobHandler } from '../../platform/jobs/job-handler.ts';
import { DEFAULT_RETRY_POLICY } from '../../platform/jobs/retry-delay.ts';
import { runClaimedJob } from '../../platform/jobs/run-claimed-job.ts';
import { silentLog } from '../../platform/jobs/worker-log.ts';

/**
 * Runs, as a worker would at the fixed moment `now`, every job of the given handlers that is due by then;
 * returns the outcomes by job name. Tests drive reminder jobs with it instead of waiting for real time.
 */
export async function runDueJobs(
  database: Database,
  handlers: Array<JobHandler<never>>,
  now: Date,
): Promise<Array<{ name: string; outcome: string; payload: unknown }>> {
  const byName = new Map(handlers.map((handler) => [handler.name, handler as JobHandler]));
  const jobs = await claimJobs(database, {
    workerId: 'test-clock',
    names: [...byName.keys()],
    limit: 100,
    leaseMs: 30_000,
    now,
  });
  const results = [];
  for (const job of jobs) {
    const outcome = await runClaimedJob(job, byName.get(job.name), {
      database,
      workerId: 'test-clock',
      leaseMs: 30_000,
      retryPolicy: DEFAULT_RETRY_POLICY,
      log: silentLog,
      abandon: new AbortController().signal,
    });
    results.push({ name: job.name, outcome, payload: job.payload });
  }
  return results;
}

import type { Database } from '../../db/database.ts';
import type { Job } from './job.ts';
import type { JobHandler } from './job-handler.ts';
import { markJobDone, markJobFailed, renewLease } from './job-lease.ts';
import { type RetryPolicy, retryDelayMs } from './retry-delay.ts';
import type { WorkerLog } from './worker-log.ts';

export interface RunClaimedJobOptions {
  database: Database;
  workerId: string;
  leaseMs: number;
  retryPolicy: RetryPolicy;
  log: WorkerLog;
  /** Aborted when the worker gives up waiting for the job at shutdown: heartbeats stop, the lease runs out. */
  abandon: AbortSignal;
}

export type JobOutcome = 'done' | 'pending' | 'dead' | 'lost';

/**
 * Runs a job this worker claimed: renews the lease while the handler works (a heartbeat every third of the
 * lease), then records success, a retry with backoff, or the dead-letter state. `lost` means the lease
 * was lost meanwhile and another worker owns the job now, so nothing was recorded.
 */
export async function runClaimedJob(
  job: Job,
  handler: JobHandler | undefined,
  options: RunClaimedJobOptions,
): Promise<JobOutcome> {
  const { database, workerId, leaseMs, log } = options;
  const lease = { jobId: job.id, workerId, attempt: job.attempts };
  const controller = new AbortController();
  const heartbeat = startHeartbeat(
    () => renewLease(database.db, lease, leaseMs),
    leaseMs / 3,
    controller,
    log,
    job,
  );
  const abandon = () => {
    heartbeat.stop();
    controller.abort(new Error('The worker stopped before the job finished'));
  };
  options.abandon.addEventListener('abort', abandon, { once: true });
  const jobLog = { jobId: job.id, jobName: job.name, attempt: job.attempts };
  let failed = false;
  let failure: unknown;
  const started = Date.now();
  try {
    if (!handler) throw new Error(`No handler for job "${job.name}"`);
    await handler.run(job.payload as never, {
      jobId: job.id,
      jobName: job.name,
      attempt: job.attempts,
      maxAttempts: job.maxAttempts,
      idempotencyKey: job.idempotencyKey,
      db: database.db,
      database,
      signal: controller.signal,
      log,
    });
  } catch (err) {
    failed = true;
    failure = err;
  } finally {
    heartbeat.stop();
    options.abandon.removeEventListener('abort', abandon);
  }
  if (!failed) {
    const recorded = await markJobDone(database.db, lease);
    log.debug(
      { ...jobLog, ms: Date.now() - started },
      recorded ? 'job done' : 'job done after its lease was lost',
    );
    return recorded ? 'done' : 'lost';
  }
  const retryAt = new Date(Date.now() + retryDelayMs(job.attempts, options.retryPolicy));
  const status = await markJobFailed(database.db, lease, job, describeError(failure), retryAt);
  const level = status === 'dead' ? 'error' : 'warn';
  log[level](
    { ...jobLog, err: failure, ...(status === 'pending' ? { retryAt: retryAt.toISOString() } : {}) },
    status === 'dead'
      ? 'job failed for the last time (dead)'
      : status
        ? 'job failed, will retry'
        : 'job failed after its lease was lost',
  );
  return status ?? 'lost';
}

function describeError(err: unknown): string {
  if (err instanceof Error) return err.message ? `${err.name}: ${err.message}` : err.name;
  return String(err);
}

/** Renews the lease periodically; a failed renewal (lease lost) aborts the handler's signal. */
function startHeartbeat(
  renew: () => Promise<boolean>,
  everyMs: number,
  controller: AbortController,
  log: WorkerLog,
  job: Job,
): { stop(): void } {
  let inFlight = false;
  const timer = setInterval(
    () => {
      if (inFlight) return;
      inFlight = true;
      renew()
        .then((held) => {
          if (!held && !controller.signal.aborted) {
            log.warn({ jobId: job.id, jobName: job.name }, 'job lease lost; another worker may run it');
            controller.abort(new Error('The job lease was lost'));
            clearInterval(timer);
          }
        })
        .catch((err: unknown) => log.warn({ err, jobId: job.id }, 'job lease renewal failed'))
        .finally(() => {
          inFlight = false;
        });
    },
    Math.max(50, Math.floor(everyMs)),
  );
  return { stop: () => clearInterval(timer) };
}

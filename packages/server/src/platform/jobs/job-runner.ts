import type { Database } from '../../db/database.ts';
import { claimJobs, releaseExpiredLeases } from './claim-jobs.ts';
import type { Job } from './job.ts';
import type { JobHandler } from './job-handler.ts';
import { startPollLoop } from './poll-loop.ts';
import type { RetryPolicy } from './retry-delay.ts';
import { type JobOutcome, runClaimedJob } from './run-claimed-job.ts';
import type { WorkerLog } from './worker-log.ts';

export interface JobRunnerOptions {
  database: Database;
  handlers: ReadonlyMap<string, JobHandler>;
  workerId: string;
  concurrency: number;
  pollIntervalMs: number;
  leaseMs: number;
  retryPolicy: RetryPolicy;
  log: WorkerLog;
}

export interface JobRunner {
  /** Claims work now instead of at the next poll. */
  wake(): void;
  /** Stops claiming and waits up to `timeoutMs` for running jobs; those still running are abandoned to their leases. */
  stop(timeoutMs: number): Promise<void>;
}

/**
 * Keeps up to `concurrency` jobs running. An idle runner polls; while the queue has a backlog, every job
 * that finishes claims its successor at once, and these claims run side by side (on PostgreSQL they skip
 * each other's rows), so throughput is not bound by one claim at a time.
 */
export function startJobRunner(options: JobRunnerOptions): JobRunner {
  const { database, workerId, concurrency, leaseMs, log } = options;
  const names = [...options.handlers.keys()];
  const running = new Set<Promise<JobOutcome | null>>();
  const claiming = new Set<Promise<number>>();
  const abandon = new AbortController();
  let reserved = 0;
  let backlog = false;
  let stopped = false;
  let lastLeaseCheck = 0;

  const start = (job: Job) => {
    const run = runClaimedJob(job, options.handlers.get(job.name), {
      database,
      workerId,
      leaseMs,
      retryPolicy: options.retryPolicy,
      log,
      abandon: abandon.signal,
    })
      .catch((err: unknown) => {
        log.error({ err, jobId: job.id }, 'could not record the outcome of a job');
        return null;
      })
      .finally(() => {
        running.delete(run);
        if (backlog && !stopped) void fill();
      });
    running.add(run);
  };

  /** Claims jobs for the free slots (slots being claimed by another call count as taken). */
  const fill = (): Promise<number> => {
    const free = concurrency - running.size - reserved;
    if (free <= 0 || stopped) return Promise.resolve(0);
    reserved += free;
    const claim = claimJobs(database, { workerId, names, limit: free, leaseMs })
      .then((jobs) => {
        backlog = jobs.length === free;
        for (const job of jobs) start(job);
        return jobs.length;
      })
      .catch((err: unknown) => {
        log.error({ err }, 'claiming jobs failed');
        return 0;
      })
      .finally(() => {
        reserved -= free;
        claiming.delete(claim);
      });
    claiming.add(claim);
    return claim;
  };

  const loop = startPollLoop(
    'jobs',
    options.pollIntervalMs,
    async () => {
      if (Date.now() - lastLeaseCheck >= leaseMs / 2) {
        lastLeaseCheck = Date.now();
        const released = await releaseExpiredLeases(database);
        if (released) log.warn({ released }, 'released jobs whose worker stopped');
      }
      await fill();
      return false;
    },
    log,
  );

  return {
    wake: () => loop.wake(),
    async stop(timeoutMs) {
      stopped = true;
      await loop.stop();
      await Promise.all([...claiming]);
      if (running.size === 0) return;
      log.info({ running: running.size }, 'waiting for running jobs');
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(resolve, timeoutMs, 'timeout');
      });
      const outcome = await Promise.race([Promise.allSettled([...running]), timeout]);
      clearTimeout(timer);
      if (outcome === 'timeout') {
        log.warn(
          { running: running.size },
          'stopped without waiting for running jobs; their leases will expire',
        );
        abandon.abort();
      }
    },
  };
}

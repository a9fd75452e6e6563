import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Database } from '../../db/database.ts';
import { dispatchOutbox } from '../events/dispatch-outbox.ts';
import { OUTBOX_CHANNEL } from '../events/emit-event.ts';
import type { EventSubscriber } from '../events/subscriber.ts';
import { JOBS_CHANNEL } from './enqueue-job.ts';
import { indexJobHandlers, type JobHandler } from './job-handler.ts';
import { startJobRunner } from './job-runner.ts';
import { startPollLoop } from './poll-loop.ts';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-delay.ts';
import { type ScheduleDefinition, upsertSchedule } from './schedule.ts';
import { runSchedulerTick } from './scheduler-tick.ts';
import { silentLog, type WorkerLog } from './worker-log.ts';

export interface WorkerOptions {
  database: Database;
  handlers: ReadonlyArray<JobHandler<never>>;
  subscribers?: readonly EventSubscriber[];
  /** Registered (upserted) at start, then fired by the scheduler tick. */
  schedules?: readonly ScheduleDefinition[];
  /** Jobs run at the same time. Default 4. */
  concurrency?: number;
  /**
   * Pause between polls of an empty queue or outbox. Default 500 ms. Where the database notifies
   * (PostgreSQL), a job or event committed by any instance wakes the worker at once; polling is the fallback.
   */
  pollIntervalMs?: number;
  /** Pause between scheduler ticks. Default 5 s (cron resolution is a minute). */
  schedulerIntervalMs?: number;
  /** How long a claimed job stays this worker's without a heartbeat. Default 30 s. */
  leaseMs?: number;
  retryPolicy?: RetryPolicy;
  /** How long `stop()` waits for running jobs before leaving them to their leases. Default 25 s. */
  stopTimeoutMs?: number;
  /** Cron time zone; default Asia/Shanghai. */
  timeZone?: string;
  log?: WorkerLog;
  /** Identifies this worker in job leases; default host:pid:random. */
  workerId?: string;
  /** Run jobs, dispatch the outbox, tick the scheduler: each can be turned off (e.g. a jobs-only worker). */
  runJobs?: boolean;
  dispatchEvents?: boolean;
  runSchedules?: boolean;
}

export interface Worker {
  id: string;
  /** Wakes the job loop now (e.g. right after enqueueing in the same process). */
  wake(): void;
  /** Stops claiming, waits for running jobs (bounded by `stopTimeoutMs`), then stops every loop. */
  stop(): Promise<void>;
}

/**
 * Starts the background worker: claims and runs jobs with up to `concurrency` at once, turns outbox
 * events into subscriber jobs, and fires due schedules. Several workers may run against one PostgreSQL
 * database; each job runs on one of them at a time.
 * @example const worker = await startWorker({ database, handlers: PLATFORM_BACKGROUND.handlers, log: app.log })
 */
export async function startWorker(options: WorkerOptions): Promise<Worker> {
  const { database } = options;
  const log = options.log ?? silentLog;
  const handlers = indexJobHandlers(options.handlers);
  const names = [...handlers.keys()];
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const pollIntervalMs = options.pollIntervalMs ?? 500;
  const leaseMs = options.leaseMs ?? 30_000;
  const workerId = options.workerId ?? `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const subscribers = options.subscribers ?? [];
  const schedules = options.schedules ?? [];

  for (const s of subscribers)
    if (!handlers.has(s.jobName))
      log.warn({ subscriber: s.name, job: s.jobName }, 'subscriber job has no handler in this worker');
  for (const s of schedules)
    if (!handlers.has(s.jobName))
      log.warn({ schedule: s.name, job: s.jobName }, 'scheduled job has no handler in this worker');
  if (options.runSchedules !== false)
    for (const schedule of schedules) await upsertSchedule(database.db, schedule);

  const runner =
    options.runJobs === false
      ? null
      : startJobRunner({
          database,
          handlers,
          workerId,
          concurrency,
          pollIntervalMs,
          leaseMs,
          retryPolicy: options.retryPolicy ?? DEFAULT_RETRY_POLICY,
          log,
        });
  const outbox =
    options.dispatchEvents === false
      ? null
      : startPollLoop(
          'outbox',
          pollIntervalMs,
          async () => {
            const dispatched = await dispatchOutbox(database, { subscribers });
            if (dispatched > 0) runner?.wake();
            return dispatched > 0;
          },
          log,
        );
  const loops = [
    ...(outbox ? [outbox] : []),
    ...(options.runSchedules === false
      ? []
      : [
          startPollLoop(
            'scheduler',
            options.schedulerIntervalMs ?? 5000,
            async () => {
              const fired = await runSchedulerTick(database, {
                log,
                ...(options.timeZone ? { timeZone: options.timeZone } : {}),
              });
              if (fired) {
                log.info({ fired }, 'scheduled jobs enqueued');
                runner?.wake();
              }
              return false;
            },
            log,
          ),
        ]),
  ];
  // Wake-ups from other instances' commits; the subscription never throws and retries by itself.
  const unsubscribes = database.listen
    ? await Promise.all([
        ...(runner ? [database.listen(JOBS_CHANNEL, () => runner.wake())] : []),
        ...(outbox ? [database.listen(OUTBOX_CHANNEL, () => outbox.wake())] : []),
      ])
    : [];
  log.info({ workerId, concurrency, jobs: names }, 'worker started');

  let stopping: Promise<void> | null = null;
  return {
    id: workerId,
    wake: () => runner?.wake(),
    stop() {
      stopping ??= (async () => {
        await Promise.all([
          ...unsubscribes.map((unsubscribe) => unsubscribe()),
          runner?.stop(options.stopTimeoutMs ?? 25_000),
          ...loops.map((loop) => loop.stop()),
        ]);
        log.info({ workerId }, 'worker stopped');
      })();
      return stopping;
    },
  };
}

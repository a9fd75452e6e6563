import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import type { WorkerLog } from './worker-log.ts';

/** What a handler gets besides its payload. */
export interface JobContext {
  jobId: number;
  jobName: string;
  /** 1 on the first run, 2 on the first retry, … */
  attempt: number;
  maxAttempts: number;
  idempotencyKey: string | null;
  db: Kysely<DB>;
  database: Database;
  /** Aborted when the worker lost the job's lease (another worker may take it over) or is stopping for good. */
  signal: AbortSignal;
  log: WorkerLog;
}

/** A named piece of background work. Handlers may run more than once for one job: make them idempotent. */
export interface JobHandler<P = unknown> {
  name: string;
  run(payload: P, ctx: JobContext): Promise<void>;
}

/**
 * Declares the handler of the jobs called `name`. A handler that throws is retried with backoff until the
 * job's attempts are used up, then the job is dead-lettered.
 * @example export const sendWelcome = defineJobHandler('user.sendWelcome', async (p: { userId: number }, ctx) => { … })
 */
export function defineJobHandler<P = unknown>(
  name: string,
  run: (payload: P, ctx: JobContext) => Promise<void>,
): JobHandler<P> {
  return { name, run };
}

/** Indexes handlers by job name; two handlers for one name are a programming error. */
export function indexJobHandlers(
  handlers: ReadonlyArray<JobHandler<never>>,
): ReadonlyMap<string, JobHandler> {
  const byName = new Map<string, JobHandler>();
  for (const handler of handlers) {
    if (byName.has(handler.name)) throw new Error(`job handler "${handler.name}" is defined twice`);
    byName.set(handler.name, handler as JobHandler);
  }
  return byName;
}

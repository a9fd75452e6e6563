import { type Kysely, sql } from 'kysely';
import type { DB } from '../../src/db/schema.ts';
import { defineJobHandler } from '../../src/platform/jobs/job-handler.ts';

/**
 * Job handlers for worker tests, shared by in-process workers and worker child processes. Each run of
 * `test.record` and each completed `test.blockFirstAttempt` writes one row to `test_job_runs`, whose
 * UNIQUE job id makes a second run of the same job fail loudly.
 */

export async function createJobRunsTable(db: Kysely<DB>): Promise<void> {
  await sql`create table test_job_runs (job_id bigint not null unique, worker text not null)`.execute(db);
}

export async function jobRuns(db: Kysely<DB>): Promise<Array<{ jobId: number; worker: string }>> {
  const { rows } = await sql<{
    job_id: number;
    worker: string;
  }>`select job_id, worker from test_job_runs`.execute(db);
  return rows.map((r) => ({ jobId: Number(r.job_id), worker: r.worker }));
}

/** Records that the job ran, on whichever worker. */
export const recordRunJob = defineJobHandler('test.record', async (_payload, ctx) => {
  await sql`insert into test_job_runs (job_id, worker) values (${ctx.jobId}, ${workerName()})`.execute(
    ctx.db,
  );
});

/**
 * On its first attempt tells the parent process it started and then never finishes (the test kills the
 * process); on a later attempt records the run like `test.record`.
 */
export const blockFirstAttemptJob = defineJobHandler('test.blockFirstAttempt', async (_payload, ctx) => {
  if (ctx.attempt === 1) {
    process.send?.({ type: 'started', jobId: ctx.jobId });
    await new Promise(() => {});
  }
  await sql`insert into test_job_runs (job_id, worker) values (${ctx.jobId}, ${workerName()})`.execute(
    ctx.db,
  );
});

export const TEST_JOB_HANDLERS = [recordRunJob, blockFirstAttemptJob];

function workerName(): string {
  return process.env.LODESTAR_TEST_WORKER_NAME ?? `pid-${process.pid}`;
}

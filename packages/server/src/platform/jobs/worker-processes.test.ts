import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnWorkerProcess, type WorkerProcess } from '../../../test/support/spawn-worker-process.ts';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/support/test-database.ts';
import { createJobRunsTable, jobRuns, TEST_JOB_HANDLERS } from '../../../test/support/test-job-handlers.ts';
import { waitFor } from '../../../test/support/wait-for.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { enqueueJob } from './enqueue-job.ts';
import { toJob } from './job.ts';
import { startWorker } from './worker.ts';

// Workers in real child processes: one killed mid-job, and two sharing a queue.

const LEASE_MS = 1000;
const JOB_COUNT = 1000;

for (const dialect of DIALECTS) {
  describe(`worker killed mid-job (${dialect})`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      await migrateToLatest(database);
      await createJobRunsTable(database.db);
    });
    afterAll(async () => database?.dispose());

    it('retries the job on another worker and completes it exactly once', async () => {
      const job = await enqueueJob(database.db, { name: 'test.blockFirstAttempt', maxAttempts: 3 });
      const doomed = await spawnWorkerProcess({
        location: database.location,
        name: 'doomed',
        leaseMs: LEASE_MS,
      });
      try {
        const started = await doomed.next<{ type: string; jobId: number }>('started');
        expect(started.jobId).toBe(job.id);
        const running = toJob(
          await database.db.selectFrom('jobs').selectAll().where('id', '=', job.id).executeTakeFirstOrThrow(),
        );
        expect(running).toMatchObject({ status: 'running', attempts: 1, lockedBy: 'doomed' });
        // Let a heartbeat or two renew the lease, then kill the process in the middle of the job.
        await new Promise((resolve) => setTimeout(resolve, LEASE_MS * 0.8));
        await doomed.kill();
      } finally {
        await doomed.kill();
      }
      expect(await jobRuns(database.db)).toEqual([]);

      const survivor = await startWorker({
        database,
        handlers: TEST_JOB_HANDLERS,
        leaseMs: LEASE_MS,
        pollIntervalMs: 50,
        dispatchEvents: false,
        runSchedules: false,
        workerId: 'survivor',
      });
      try {
        const done = await waitFor(
          async () => {
            const row = await database.db
              .selectFrom('jobs')
              .selectAll()
              .where('id', '=', job.id)
              .executeTakeFirstOrThrow();
            return row.status === 'done' && toJob(row);
          },
          { timeoutMs: 15_000, what: 'the job to be completed by the surviving worker' },
        );
        // A little longer, to see that nothing runs it again.
        await new Promise((resolve) => setTimeout(resolve, LEASE_MS * 1.5));
        expect(done).toMatchObject({ status: 'done', attempts: 2, lockedBy: null });
        expect(done.lastError).toContain('lease expired');
        expect(await jobRuns(database.db)).toEqual([{ jobId: job.id, worker: expect.any(String) }]);
        const after = await database.db
          .selectFrom('jobs')
          .select(['status', 'attempts'])
          .where('id', '=', job.id)
          .executeTakeFirstOrThrow();
        expect(after).toMatchObject({ status: 'done', attempts: 2 });
      } finally {
        await survivor.stop();
      }
    });
  });
}

// Several writers at once exist only on PostgreSQL: this suite needs TEST_DATABASE_URL.
if (process.env.TEST_DATABASE_URL) {
  describe('two worker processes on one queue (postgres)', () => {
    let database: TestDatabase;
    const workers: WorkerProcess[] = [];
    beforeAll(async () => {
      database = await createTestDatabase('postgres');
      await migrateToLatest(database);
      await createJobRunsTable(database.db);
    });
    afterAll(async () => {
      for (const w of workers) await w.kill();
      await database?.dispose();
    });

    it(`runs each of ${JOB_COUNT} jobs exactly once`, async () => {
      workers.push(
        ...(await Promise.all(
          ['worker-a', 'worker-b'].map((name) =>
            spawnWorkerProcess({ location: database.location, name, concurrency: 8, pollIntervalMs: 20 }),
          ),
        )),
      );
      // All at once, so that both workers find a full queue.
      const ids = await database.db.transaction().execute(async (trx) => {
        const created: number[] = [];
        for (let i = 0; i < JOB_COUNT; i++)
          created.push((await enqueueJob(trx, { name: 'test.record', payload: { i } })).id);
        return created;
      });
      await waitFor(
        async () => {
          const row = await database.db
            .selectFrom('jobs')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('status', 'in', ['pending', 'running'])
            .executeTakeFirstOrThrow();
          return Number(row.n) === 0;
        },
        { timeoutMs: 60_000, intervalMs: 100, what: 'the queue to drain' },
      );
      expect(await Promise.all(workers.map((w) => w.stop()))).toEqual([0, 0]);

      const runs = await jobRuns(database.db);
      expect(runs).toHaveLength(JOB_COUNT);
      expect(new Set(runs.map((r) => r.jobId)).size).toBe(JOB_COUNT);
      expect(new Set(runs.map((r) => r.jobId))).toEqual(new Set(ids));
      // Both processes took part.
      expect([...new Set(runs.map((r) => r.worker))].sort()).toEqual(['worker-a', 'worker-b']);

      const outcomes = await database.db
        .selectFrom('jobs')
        .select(['status', 'attempts', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy(['status', 'attempts'])
        .execute();
      expect(outcomes.map((o) => ({ ...o, n: Number(o.n) }))).toEqual([
        { status: 'done', attempts: 1, n: JOB_COUNT },
      ]);
      const errors = await database.db
        .selectFrom('jobs')
        .select('id')
        .where('last_error', 'is not', null)
        .execute();
      expect(errors).toEqual([]);
    }, 90_000);
  });
}

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnWorkerProcess } from '../../../test/support/spawn-worker-process.ts';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/support/test-database.ts';
import { createJobRunsTable, jobRuns, recordRunJob } from '../../../test/support/test-job-handlers.ts';
import { waitFor } from '../../../test/support/wait-for.ts';
import type { Database } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { emitEvent } from '../events/emit-event.ts';
import { defineSubscriber } from '../events/subscriber.ts';
import { enqueueJob } from './enqueue-job.ts';
import { startWorker, type Worker } from './worker.ts';

// Workers poll rarely here, so a job that runs at once was found through a wake-up, not a poll.
const SLOW_POLL_MS = 30_000;
/** Far below the poll interval, with room for a busy test machine. */
const PROMPTLY_MS = 1500;

const startSlowWorker = (database: Database, options: { dispatchEvents?: boolean } = {}) =>
  startWorker({
    database,
    handlers: [recordRunJob],
    subscribers: [defineSubscriber({ name: 'wake-test', events: ['wake.*'], jobName: 'test.record' })],
    pollIntervalMs: SLOW_POLL_MS,
    dispatchEvents: options.dispatchEvents ?? false,
    runSchedules: false,
    stopTimeoutMs: 5000,
  });

/** Resolves once `jobId` has run, with the time it took from `since`. */
async function ranWithin(database: Database, jobId: number, since: number): Promise<number> {
  await waitFor(async () => (await jobRuns(database.db)).some((r) => r.jobId === jobId), {
    timeoutMs: PROMPTLY_MS,
    intervalMs: 10,
    what: `job ${jobId} to run`,
  });
  return Date.now() - since;
}

for (const dialect of DIALECTS) {
  describe(`worker wake-up in the same process (${dialect})`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      await migrateToLatest(database);
      await createJobRunsTable(database.db);
    });
    afterAll(async () => database?.dispose());

    it('runs a job at once when woken after the enqueue', async () => {
      const worker = await startSlowWorker(database);
      try {
        // Let the first poll find the queue empty.
        await new Promise((resolve) => setTimeout(resolve, 100));
        const start = Date.now();
        const job = await enqueueJob(database.db, { name: 'test.record' });
        worker.wake();
        expect(await ranWithin(database, job.id, start)).toBeLessThan(PROMPTLY_MS);
      } finally {
        await worker.stop();
      }
    });
  });
}

// Wake-ups between instances use LISTEN/NOTIFY, on PostgreSQL only: this suite needs TEST_DATABASE_URL.
if (process.env.TEST_DATABASE_URL) {
  describe('worker wake-up from another instance (postgres)', () => {
    let database: TestDatabase;
    let other: Database;
    let observer: Database;
    beforeAll(async () => {
      database = await createTestDatabase('postgres');
      await migrateToLatest(database);
      await createJobRunsTable(database.db);
      // Stands for another process (e.g. `serve --no-worker`) writing to the same database.
      other = database.reopen();
      observer = database.reopen();
    });
    afterAll(async () => {
      await observer?.close();
      await other?.close();
      await database?.dispose();
    });

    const listenerConnections = async () => {
      const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from pg_stat_activity
        where application_name = 'lodestar-listener' and query like ${`%${database.location.pgSchema}%`}`.execute(
        observer.db,
      );
      return rows[0]!.n;
    };

    let worker: Worker | null = null;
    const stopWorker = async () => {
      await worker?.stop();
      worker = null;
    };

    it('runs a job enqueued by another instance without waiting for a poll', async () => {
      worker = await startSlowWorker(database);
      try {
        await new Promise((resolve) => setTimeout(resolve, 100));
        for (let i = 0; i < 3; i++) {
          const start = Date.now();
          const job = await other.db
            .transaction()
            .execute((trx) => enqueueJob(trx, { name: 'test.record', payload: { i } }));
          expect(await ranWithin(database, job.id, start)).toBeLessThan(PROMPTLY_MS);
        }
      } finally {
        await stopWorker();
      }
    });

    it('dispatches an event emitted by another instance to its subscriber without waiting for a poll', async () => {
      worker = await startSlowWorker(database, { dispatchEvents: true });
      try {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const start = Date.now();
        const eventId = await other.db
          .transaction()
          .execute((trx) => emitEvent(trx, { type: 'wake.test', aggregateType: 'test', aggregateId: 1 }));
        const job = await waitFor(
          () =>
            database.db
              .selectFrom('jobs')
              .select('id')
              .where('idempotency_key', '=', `event:${eventId}:wake-test`)
              .executeTakeFirst(),
          { timeoutMs: PROMPTLY_MS, intervalMs: 10, what: 'the subscriber job' },
        );
        expect(await ranWithin(database, Number(job.id), start)).toBeLessThan(PROMPTLY_MS);
      } finally {
        await stopWorker();
      }
    });

    it('holds one listener connection while running and closes it when stopped', async () => {
      expect(await listenerConnections()).toBe(0);
      worker = await startSlowWorker(database, { dispatchEvents: true });
      try {
        // Jobs and outbox share the connection.
        expect(await listenerConnections()).toBe(1);
      } finally {
        await stopWorker();
      }
      await waitFor(async () => (await listenerConnections()) === 0, {
        timeoutMs: 2000,
        what: 'the listener connection to close',
      });
    });

    it('wakes a worker in another process', async () => {
      const child = await spawnWorkerProcess({
        location: database.location,
        name: 'listening-child',
        pollIntervalMs: SLOW_POLL_MS,
      });
      try {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const start = Date.now();
        const job = await enqueueJob(database.db, { name: 'test.record', payload: { child: true } });
        expect(await ranWithin(database, job.id, start)).toBeLessThan(PROMPTLY_MS);
        expect((await jobRuns(database.db)).find((r) => r.jobId === job.id)?.worker).toBe('listening-child');
        expect(await child.stop()).toBe(0);
      } finally {
        await child.kill();
      }
    });
  });
}

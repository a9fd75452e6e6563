import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/support/test-database.ts';
import { waitFor } from '../../../test/support/wait-for.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { claimJobs, releaseExpiredLeases } from './claim-jobs.ts';
import { enqueueJob } from './enqueue-job.ts';
import { toJob } from './job.ts';
import { defineJobHandler } from './job-handler.ts';
import { markJobDone } from './job-lease.ts';
import { runClaimedJob } from './run-claimed-job.ts';
import { startWorker } from './worker.ts';
import { silentLog } from './worker-log.ts';

const FAST_RETRY = { baseMs: 50, maxMs: 1000 };

for (const dialect of DIALECTS) {
  describe(`job queue (${dialect})`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      await migrateToLatest(database);
    });
    afterAll(async () => database?.dispose());

    const jobById = async (id: number) =>
      toJob(await database.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow());

    it('creates a job once per idempotency key and returns the existing one after', async () => {
      const first = await enqueueJob(database.db, {
        name: 'idem.test',
        payload: { n: 1 },
        idempotencyKey: 'k-1',
      });
      const second = await enqueueJob(database.db, {
        name: 'idem.test',
        payload: { n: 2 },
        idempotencyKey: 'k-1',
      });
      expect(first.created).toBe(true);
      expect(second).toMatchObject({ created: false, id: first.id, payload: { n: 1 } });
      const rows = await database.db
        .selectFrom('jobs')
        .select('id')
        .where('idempotency_key', '=', 'k-1')
        .execute();
      expect(rows).toHaveLength(1);
      // Inside a transaction too, without aborting it.
      await database.db.transaction().execute(async (trx) => {
        const again = await enqueueJob(trx, { name: 'idem.test', idempotencyKey: 'k-1' });
        expect(again.created).toBe(false);
        await enqueueJob(trx, { name: 'idem.test', idempotencyKey: 'k-2' });
      });
      const count = await database.db
        .selectFrom('jobs')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('name', '=', 'idem.test')
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(2);
    });

    it('enqueues nothing when the surrounding transaction rolls back', async () => {
      await expect(
        database.db.transaction().execute(async (trx) => {
          await enqueueJob(trx, { name: 'rollback.test' });
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');
      const rows = await database.db
        .selectFrom('jobs')
        .select('id')
        .where('name', '=', 'rollback.test')
        .execute();
      expect(rows).toHaveLength(0);
    });

    it('does not run a job before its run-at time', async () => {
      const later = await enqueueJob(database.db, {
        name: 'runat.test',
        runAt: new Date(Date.now() + 60_000),
      });
      const now = await enqueueJob(database.db, { name: 'runat.test' });
      const ran: number[] = [];
      const worker = await startWorker({
        database,
        handlers: [defineJobHandler('runat.test', async (_p, ctx) => void ran.push(ctx.jobId))],
        pollIntervalMs: 20,
        dispatchEvents: false,
        runSchedules: false,
      });
      await waitFor(async () => (await jobById(now.id)).status === 'done', { what: 'the due job' });
      await new Promise((resolve) => setTimeout(resolve, 150));
      await worker.stop();
      expect(ran).toEqual([now.id]);
      expect(await jobById(later.id)).toMatchObject({ status: 'pending', attempts: 0 });
      // Once its time has come it is claimable.
      const claimed = await claimJobs(database, {
        workerId: 'w-test',
        names: ['runat.test'],
        limit: 5,
        leaseMs: 1000,
        now: new Date(Date.now() + 61_000),
      });
      expect(claimed.map((j) => j.id)).toEqual([later.id]);
    });

    it('puts a failed job back with exponential backoff and its error', async () => {
      const job = await enqueueJob(database.db, { name: 'backoff.test', maxAttempts: 3 });
      const [claimed] = await claimJobs(database, {
        workerId: 'w-a',
        names: ['backoff.test'],
        limit: 1,
        leaseMs: 5000,
      });
      expect(claimed).toMatchObject({ id: job.id, status: 'running', attempts: 1, lockedBy: 'w-a' });
      const before = Date.now();
      const outcome = await runClaimedJob(
        claimed!,
        defineJobHandler('backoff.test', async () => {
          throw new Error('boom');
        }),
        {
          database,
          workerId: 'w-a',
          leaseMs: 5000,
          retryPolicy: { baseMs: 1000, maxMs: 60_000 },
          log: silentLog,
          abandon: new AbortController().signal,
        },
      );
      expect(outcome).toBe('pending');
      const failed = await jobById(job.id);
      expect(failed).toMatchObject({
        status: 'pending',
        attempts: 1,
        lastError: 'Error: boom',
        lockedBy: null,
      });
      // First retry waits 1–2 s (2^1 units of 1 s, jitter over the upper half).
      const delay = Date.parse(failed.runAt) - before;
      expect(delay).toBeGreaterThanOrEqual(900);
      expect(delay).toBeLessThanOrEqual(2100);
      // Not claimable before then.
      expect(
        await claimJobs(database, { workerId: 'w-a', names: ['backoff.test'], limit: 1, leaseMs: 5000 }),
      ).toEqual([]);
    });

    it('retries with growing delays and then succeeds', async () => {
      const job = await enqueueJob(database.db, { name: 'flaky.test', maxAttempts: 5 });
      const startedAt: number[] = [];
      const worker = await startWorker({
        database,
        handlers: [
          defineJobHandler('flaky.test', async (_p, ctx) => {
            startedAt.push(Date.now());
            if (ctx.attempt < 3) throw new Error(`attempt ${ctx.attempt} failed`);
          }),
        ],
        pollIntervalMs: 10,
        retryPolicy: FAST_RETRY,
        dispatchEvents: false,
        runSchedules: false,
      });
      const done = await waitFor(async () => {
        const j = await jobById(job.id);
        return j.status === 'done' && j;
      });
      await worker.stop();
      expect(done).toMatchObject({ attempts: 3, lastError: 'Error: attempt 2 failed' });
      expect(done.finishedAt).not.toBeNull();
      expect(startedAt).toHaveLength(3);
      // Backoff after attempt n is at least half of 50 ms · 2^n.
      expect(startedAt[1]! - startedAt[0]!).toBeGreaterThanOrEqual(45);
      expect(startedAt[2]! - startedAt[1]!).toBeGreaterThanOrEqual(95);
    });

    it('dead-letters a job after its last attempt', async () => {
      const job = await enqueueJob(database.db, { name: 'doomed.test', maxAttempts: 2 });
      let runs = 0;
      const worker = await startWorker({
        database,
        handlers: [
          defineJobHandler('doomed.test', async () => {
            runs++;
            throw new Error('always fails');
          }),
        ],
        pollIntervalMs: 10,
        retryPolicy: FAST_RETRY,
        dispatchEvents: false,
        runSchedules: false,
      });
      const dead = await waitFor(async () => {
        const j = await jobById(job.id);
        return j.status === 'dead' && j;
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      await worker.stop();
      expect(runs).toBe(2);
      expect(dead).toMatchObject({ attempts: 2, lastError: 'Error: always fails', lockedBy: null });
      expect(dead.finishedAt).not.toBeNull();
    });

    it('releases jobs whose lease expired, and a late worker can no longer settle them', async () => {
      const retry = await enqueueJob(database.db, { name: 'lease.test', maxAttempts: 2 });
      const last = await enqueueJob(database.db, { name: 'lease.test', maxAttempts: 1 });
      const claimed = await claimJobs(database, {
        workerId: 'w-gone',
        names: ['lease.test'],
        limit: 5,
        leaseMs: 1000,
      });
      expect(claimed.map((j) => j.id).sort()).toEqual([retry.id, last.id].sort());
      expect(await releaseExpiredLeases(database)).toBe(0);
      expect(await releaseExpiredLeases(database, new Date(Date.now() + 2000))).toBe(2);
      expect(await jobById(retry.id)).toMatchObject({ status: 'pending', attempts: 1, lockedBy: null });
      expect((await jobById(retry.id)).lastError).toContain('lease expired');
      expect(await jobById(last.id)).toMatchObject({ status: 'dead', attempts: 1 });
      const settled = await markJobDone(database.db, { jobId: retry.id, workerId: 'w-gone', attempt: 1 });
      expect(settled).toBe(false);
      expect((await jobById(retry.id)).status).toBe('pending');
    });

    it('claims only jobs of names it has handlers for, in run-at order', async () => {
      const base = Date.now() - 10_000;
      const b = await enqueueJob(database.db, { name: 'order.b', runAt: new Date(base + 2) });
      const a = await enqueueJob(database.db, { name: 'order.a', runAt: new Date(base + 1) });
      await enqueueJob(database.db, { name: 'order.other', runAt: new Date(base) });
      const claimed = await claimJobs(database, {
        workerId: 'w-o',
        names: ['order.a', 'order.b'],
        limit: 10,
        leaseMs: 1000,
      });
      expect(claimed.map((j) => j.id)).toEqual([a.id, b.id]);
    });
  });
}

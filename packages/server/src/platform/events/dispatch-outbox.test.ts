import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/support/test-database.ts';
import { createJobRunsTable, jobRuns, recordRunJob } from '../../../test/support/test-job-handlers.ts';
import { waitFor } from '../../../test/support/wait-for.ts';
import type { Database } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { startWorker } from '../jobs/worker.ts';
import { dispatchOutbox } from './dispatch-outbox.ts';
import { emitEvent } from './emit-event.ts';
import { defineSubscriber, matchesEventType } from './subscriber.ts';

const userWatcher = defineSubscriber({ name: 'user-watcher', events: ['user.*'], jobName: 'test.record' });
const roleWatcher = defineSubscriber({
  name: 'role-watcher',
  events: ['role.created'],
  jobName: 'test.record',
});
const everything = defineSubscriber({ name: 'everything', events: ['*'], jobName: 'test.everything' });

describe('event type patterns', () => {
  it('matches exact types, dotted prefixes and the catch-all', () => {
    expect(matchesEventType('user.created', 'user.created')).toBe(true);
    expect(matchesEventType('user.created', 'user.updated')).toBe(false);
    expect(matchesEventType('user.*', 'user.role.added')).toBe(true);
    expect(matchesEventType('user.*', 'users.created')).toBe(false);
    expect(matchesEventType('*', 'anything.at.all')).toBe(true);
  });
});

for (const dialect of DIALECTS) {
  describe(`outbox dispatch (${dialect})`, () => {
    let database: TestDatabase;
    let second: Database;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      await migrateToLatest(database);
      await createJobRunsTable(database.db);
      // A second connection pool stands for another worker process where the database has several writers.
      second = database.caps.concurrentWriters ? database.reopen() : database;
    });
    afterAll(async () => {
      if (second && second !== database) await second.close();
      await database?.dispose();
    });

    const jobsWithKeyPrefix = (prefix: string) =>
      database.db
        .selectFrom('jobs')
        .select(['name', 'idempotency_key', 'payload'])
        .where('idempotency_key', 'like', `${prefix}%`)
        .orderBy('id')
        .execute();

    it('emits nothing when the transaction rolls back', async () => {
      await expect(
        database.db.transaction().execute(async (trx) => {
          await emitEvent(trx, { type: 'user.created', aggregateType: 'user', aggregateId: 999 });
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');
      const rows = await database.db
        .selectFrom('outbox_events')
        .select('id')
        .where('aggregate_id', '=', '999')
        .execute();
      expect(rows).toHaveLength(0);
    });

    it('turns each event into one job per matching subscriber, exactly once with concurrent dispatchers', async () => {
      const subscribers = [userWatcher, roleWatcher, everything];
      const ids = await database.db.transaction().execute(async (trx) => [
        await emitEvent(trx, {
          type: 'user.created',
          aggregateType: 'user',
          aggregateId: 7,
          payload: { username: 'zhangwei' },
          actorUserId: 1,
        }),
        await emitEvent(trx, { type: 'role.created', aggregateType: 'role', aggregateId: 3 }),
        await emitEvent(trx, { type: 'department.deleted', aggregateType: 'department', aggregateId: 4 }),
      ]);
      const counts = await Promise.all([
        dispatchOutbox(database, { subscribers, batchSize: 2 }),
        dispatchOutbox(second, { subscribers, batchSize: 2 }),
        dispatchOutbox(database, { subscribers, batchSize: 2 }),
      ]);
      // Whatever the interleaving, every event is dispatched exactly once.
      while ((await dispatchOutbox(database, { subscribers })) > 0) counts.push(0);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(3);

      const [user, role, department] = ids as [number, number, number];
      const jobs = await jobsWithKeyPrefix('event:');
      expect(jobs.map((j) => j.idempotency_key).sort()).toEqual(
        [
          `event:${user}:user-watcher`,
          `event:${user}:everything`,
          `event:${role}:role-watcher`,
          `event:${role}:everything`,
          `event:${department}:everything`,
        ].sort(),
      );
      const userJob = jobs.find((j) => j.idempotency_key === `event:${user}:user-watcher`)!;
      expect(userJob.name).toBe('test.record');
      expect(JSON.parse(userJob.payload)).toMatchObject({
        event: {
          id: user,
          type: 'user.created',
          aggregateType: 'user',
          aggregateId: '7',
          payload: { username: 'zhangwei' },
          actorUserId: 1,
        },
      });
      const pending = await database.db
        .selectFrom('outbox_events')
        .select('id')
        .where('dispatched_at', 'is', null)
        .execute();
      expect(pending).toHaveLength(0);
      expect(await dispatchOutbox(database, { subscribers })).toBe(0);
    });

    it('runs a subscriber job once when a worker delivers the event', async () => {
      const eventId = await emitEvent(database.db, {
        type: 'user.disabled',
        aggregateType: 'user',
        aggregateId: 8,
      });
      const worker = await startWorker({
        database,
        handlers: [recordRunJob],
        subscribers: [userWatcher],
        pollIntervalMs: 20,
        runSchedules: false,
      });
      const job = await waitFor(
        () =>
          database.db
            .selectFrom('jobs')
            .select(['id', 'status', 'attempts'])
            .where('idempotency_key', '=', `event:${eventId}:user-watcher`)
            .where('status', '=', 'done')
            .executeTakeFirst(),
        { what: 'the subscriber job' },
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      await worker.stop();
      expect(job.attempts).toBe(1);
      const runs = (await jobRuns(database.db)).filter((r) => r.jobId === Number(job.id));
      expect(runs).toHaveLength(1);
    });
  });
}

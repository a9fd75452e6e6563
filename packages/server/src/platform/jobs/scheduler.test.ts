import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/support/test-database.ts';
import { waitFor } from '../../../test/support/wait-for.ts';
import type { Database } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { defineSchedule, nextFireTime, upsertSchedule } from './schedule.ts';
import { runSchedulerTick } from './scheduler-tick.ts';
import { cleanupSessions, sessionsCleanupJob, sessionsCleanupSchedule } from './sessions-cleanup.job.ts';
import { startWorker } from './worker.ts';

describe('cron times', () => {
  it('reads cron expressions in China time', () => {
    // 09:00 in Shanghai is 01:00 UTC.
    expect(nextFireTime('0 9 * * *', new Date('2024-03-01T02:00:00Z')).toISOString()).toBe(
      '2024-03-02T01:00:00.000Z',
    );
    expect(nextFireTime('0 * * * *', new Date('2024-03-01T02:00:00Z')).toISOString()).toBe(
      '2024-03-01T03:00:00.000Z',
    );
  });

  it('refuses an invalid expression when the schedule is declared', () => {
    expect(() => defineSchedule({ name: 'bad', cron: 'every hour', jobName: 'x' })).toThrow();
  });
});

for (const dialect of DIALECTS) {
  describe(`scheduler (${dialect})`, () => {
    let database: TestDatabase;
    let second: Database;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      await migrateToLatest(database);
      second = database.caps.concurrentWriters ? database.reopen() : database;
    });
    afterAll(async () => {
      if (second && second !== database) await second.close();
      await database?.dispose();
    });
    // Each test sets its own clock; schedules of an earlier test would be due in a later one.
    beforeEach(async () => {
      await database.db.deleteFrom('schedules').execute();
    });

    const schedule = (name: string) =>
      database.db.selectFrom('schedules').selectAll().where('name', '=', name).executeTakeFirstOrThrow();
    const jobsOf = (jobName: string) =>
      database.db.selectFrom('jobs').selectAll().where('name', '=', jobName).orderBy('id').execute();

    it('registers a schedule and keeps its next run when registered again unchanged', async () => {
      const now = new Date('2024-05-01T00:10:00Z');
      await upsertSchedule(
        database.db,
        { name: 'report.daily', cron: '0 9 * * *', jobName: 'report.send' },
        now,
      );
      expect(await schedule('report.daily')).toMatchObject({
        next_run_at: '2024-05-01T01:00:00.000Z',
        job_name: 'report.send',
        last_run_at: null,
      });
      await upsertSchedule(
        database.db,
        { name: 'report.daily', cron: '0 9 * * *', jobName: 'report.send' },
        new Date('2024-05-01T00:50:00Z'),
      );
      expect((await schedule('report.daily')).next_run_at).toBe('2024-05-01T01:00:00.000Z');
      await upsertSchedule(
        database.db,
        { name: 'report.daily', cron: '30 9 * * *', jobName: 'report.send', payload: { to: 'sales' } },
        now,
      );
      expect(await schedule('report.daily')).toMatchObject({
        next_run_at: '2024-05-01T01:30:00.000Z',
        payload: JSON.stringify({ to: 'sales' }),
      });
    });

    it('fires a due schedule once even when two schedulers tick at the same time', async () => {
      const registeredAt = new Date('2024-06-01T03:59:00Z');
      await upsertSchedule(
        database.db,
        { name: 'sync.hourly', cron: '0 * * * *', jobName: 'sync.run' },
        registeredAt,
      );
      const fireTime = '2024-06-01T04:00:00.000Z';
      expect((await schedule('sync.hourly')).next_run_at).toBe(fireTime);

      // Before its time: nothing.
      expect(await runSchedulerTick(database, { now: new Date('2024-06-01T03:59:59Z') })).toBe(0);
      expect(await jobsOf('sync.run')).toHaveLength(0);

      const now = new Date('2024-06-01T04:00:01Z');
      const fired = await Promise.all([
        runSchedulerTick(database, { now }),
        runSchedulerTick(second, { now }),
        runSchedulerTick(database, { now }),
      ]);
      expect(fired.reduce((a, b) => a + b, 0)).toBe(1);
      const jobs = await jobsOf('sync.run');
      expect(jobs).toHaveLength(1);
      expect(jobs[0]).toMatchObject({
        idempotency_key: `schedule:sync.hourly:${fireTime}`,
        status: 'pending',
      });
      expect(await schedule('sync.hourly')).toMatchObject({
        next_run_at: '2024-06-01T05:00:00.000Z',
        last_run_at: fireTime,
      });
    });

    it('fires once, not once per miss, after being down for several periods', async () => {
      await upsertSchedule(
        database.db,
        { name: 'catchup.hourly', cron: '0 * * * *', jobName: 'catchup.run' },
        new Date('2024-07-01T00:30:00Z'),
      );
      expect(await runSchedulerTick(database, { now: new Date('2024-07-01T05:10:00Z') })).toBe(1);
      expect(await jobsOf('catchup.run')).toHaveLength(1);
      expect((await schedule('catchup.hourly')).next_run_at).toBe('2024-07-01T06:00:00.000Z');
    });

    it('skips a disabled schedule', async () => {
      await upsertSchedule(
        database.db,
        { name: 'paused', cron: '* * * * *', jobName: 'paused.run' },
        new Date('2024-08-01T00:00:00Z'),
      );
      await database.db
        .updateTable('schedules')
        .set({ enabled: false })
        .where('name', '=', 'paused')
        .execute();
      expect(await runSchedulerTick(database, { now: new Date('2024-08-01T01:00:00Z') })).toBe(0);
      expect(await jobsOf('paused.run')).toHaveLength(0);
    });

    it('cleans up expired sessions and stale sign-in counters through the built-in schedule', async () => {
      const now = Date.now();
      const iso = (offsetMs: number) => new Date(now + offsetMs).toISOString();
      await database.db
        .insertInto('users')
        .values({
          username: 'cleanup-user',
          email: null,
          name: '清理测试',
          phone: null,
          department_id: null,
          manager_id: null,
          status: 'active',
          locale: 'zh-CN',
          password_hash: null,
          password_changed_at: null,
          last_login_at: null,
          created_at: iso(0),
          updated_at: iso(0),
        })
        .execute();
      const user = await database.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'cleanup-user')
        .executeTakeFirstOrThrow();
      const session = (id: string, expiresIn: number) => ({
        id,
        user_id: user.id,
        created_at: iso(-86_400_000),
        expires_at: iso(expiresIn),
        last_seen_at: iso(-3600_000),
        ip: null,
        user_agent: null,
      });
      await database.db
        .insertInto('sessions')
        .values([session('expired-session', -1000), session('live-session', 3600_000)])
        .execute();
      await database.db
        .insertInto('login_throttle')
        .values([
          { key: 'ip:10.0.0.1', failures: 3, window_started_at: iso(-2 * 86_400_000), locked_until: null },
          { key: 'ip:10.0.0.2', failures: 1, window_started_at: iso(-60_000), locked_until: null },
          {
            key: 'account:locked',
            failures: 9,
            window_started_at: iso(-2 * 86_400_000),
            locked_until: iso(600_000),
          },
        ])
        .execute();

      // Registered by the worker at start; made due now.
      const worker = await startWorker({
        database,
        handlers: [sessionsCleanupJob],
        schedules: [sessionsCleanupSchedule],
        pollIntervalMs: 20,
        schedulerIntervalMs: 20,
        dispatchEvents: false,
      });
      await database.db
        .updateTable('schedules')
        .set({ next_run_at: iso(-1000) })
        .where('name', '=', 'sessions.cleanup')
        .execute();
      await waitFor(async () => (await jobsOf('sessions.cleanup')).some((j) => j.status === 'done'), {
        what: 'the cleanup job',
      });
      await worker.stop();

      const sessions = await database.db.selectFrom('sessions').select('id').orderBy('id').execute();
      expect(sessions.map((s) => s.id)).toEqual(['live-session']);
      const throttles = await database.db.selectFrom('login_throttle').select('key').orderBy('key').execute();
      expect(throttles.map((t) => t.key)).toEqual(['account:locked', 'ip:10.0.0.2']);
      expect(await cleanupSessions(database.db)).toEqual({ sessions: 0, throttles: 0 });
    });
  });
}

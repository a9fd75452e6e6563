import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, insertUser } from '../../../test/support/org-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { loadViewer } from '../../platform/auth/load-viewer.ts';
import { announceViewerChange } from '../../platform/auth/viewer-version.ts';
import { readMyDay } from './my-day.query.ts';
import { listMyTasks } from './my-tasks.query.ts';
import { runDueJobs } from './run-due-jobs.test-helper.ts';
import { taskReminderJob } from './task-reminder.job.ts';

const HOUR = 3_600_000;
const inHours = (hours: number) => {
  const at = new Date(Date.now() + hours * HOUR);
  at.setUTCSeconds(0, 0);
  return at.toISOString();
};

for (const dialect of DIALECTS) {
  describe(`tasks (${dialect})`, () => {
    let t: TestApp;
    let rep: string;
    let repId: number;
    let other: string;

    const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown, cookie = rep) =>
      t.call(cookie, method, url, body);
    const create = async (values: Record<string, unknown>, cookie = rep) => {
      const res = await call('POST', '/objects/task/records', values, cookie);
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as Record<string, unknown> & { id: number; version: number };
    };
    const update = async (task: { id: number; version: number }, values: Record<string, unknown>) => {
      const res = await call('PATCH', `/objects/task/records/${task.id}`, {
        version: task.version,
        ...values,
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as Record<string, unknown> & { id: number; version: number };
    };
    const pendingReminders = async (id: number) =>
      (
        await t.database.db
          .selectFrom('jobs')
          .select(['run_at'])
          .where('name', '=', 'task.remind')
          .where('status', '=', 'pending')
          .where('idempotency_key', 'like', `task.remind:${id}:%`)
          .execute()
      ).map((job) => new Date(job.run_at).toISOString());
    const dueNotifications = () =>
      t.database.db
        .selectFrom('notifications')
        .selectAll()
        .where('user_id', '=', repId)
        .where('kind', '=', 'task.due')
        .execute();

    beforeAll(async () => {
      t = await createTestApp(dialect);
      repId = await insertUser(t.database.db, { username: 'rep.task', name: '吴磊', roles: ['salesRep'] });
      await insertUser(t.database.db, { username: 'rep.other', roles: ['salesRep'] });
      rep = await t.login('rep.task', FIXTURE_PASSWORD);
      other = await t.login('rep.other', FIXTURE_PASSWORD);
    });
    afterAll(async () => t?.close());

    it('starts open at normal priority; completedAt follows done', async () => {
      const task = await create({ subject: '准备投标文件' });
      expect(task).toMatchObject({ status: 'open', priority: 'normal', completedAt: null });
      const done = await update(task, { status: 'done' });
      expect(typeof done.completedAt).toBe('string');
      const reopened = await update(done, { status: 'inProgress' });
      expect(reopened.completedAt).toBeNull();
      const refused = await call('POST', '/objects/task/records', { subject: 'x', completedAt: inHours(1) });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors[0]).toMatchObject({ field: 'completedAt', code: 'record.managed_field' });
    });

    it('schedules the reminder at remindAt (else dueAt), moves it, drops it when done or deleted', async () => {
      const due = inHours(30);
      const remind = inHours(26);
      const task = await create({ subject: '回访华东电力', dueAt: due, remindAt: remind });
      expect(await pendingReminders(task.id)).toEqual([remind]);

      const noRemind = await update(task, { remindAt: null });
      expect(await pendingReminders(task.id)).toEqual([due]);
      const later = inHours(40);
      const moved = await update(noRemind, { dueAt: later });
      expect(await pendingReminders(task.id)).toEqual([later]);

      const done = await update(moved, { status: 'done' });
      expect(await pendingReminders(task.id)).toEqual([]);
      const reopened = await update(done, { status: 'open' });
      expect(await pendingReminders(task.id)).toEqual([later]);

      expect((await call('DELETE', `/objects/task/records/${task.id}`)).statusCode).toBe(204);
      expect(await pendingReminders(task.id)).toEqual([]);
      expect(reopened.status).toBe('open');

      // A time already past schedules nothing: the task shows as overdue instead.
      const late = await create({ subject: '逾期任务', dueAt: inHours(-2) });
      expect(await pendingReminders(late.id)).toEqual([]);
    });

    it('notifies the owner when the worker reaches the reminder moment, once, and not for a stale job', async () => {
      const remind = inHours(3);
      const task = await create({ subject: '确认合同条款', dueAt: inHours(5), remindAt: remind });
      const before = (await dueNotifications()).length;
      expect(await runDueJobs(t.database, [taskReminderJob], new Date(Date.parse(remind) - 1))).toEqual([]);
      // The worker may find the metadata registry stale: the job must not reload it inside its transaction
      // (on SQLite the reload would wait for the transaction's own connection).
      metadataRegistryOf(t.database).invalidate();
      const ran = await runDueJobs(t.database, [taskReminderJob], new Date(remind));
      expect(ran).toEqual([{ name: 'task.remind', outcome: 'done', payload: { id: task.id, at: remind } }]);
      const sent = await dueNotifications();
      expect(sent).toHaveLength(before + 1);
      expect(sent.at(-1)).toMatchObject({ object: 'task', record_id: task.id });
      const zh = await t.call(rep, 'GET', '/notifications', undefined, 'zh-CN');
      expect(zh.json().items[0].title).toBe('任务「确认合同条款」已到期');

      // The same job run again (a crash after the notification) sends nothing twice.
      await t.database.db
        .updateTable('jobs')
        .set({ status: 'pending', run_at: remind })
        .where('idempotency_key', '=', `task.remind:${task.id}:${remind}`)
        .execute();
      await runDueJobs(t.database, [taskReminderJob], new Date(remind));
      expect(await dueNotifications()).toHaveLength(before + 1);

      // A job for a moment the task no longer has (claimed before the change) does nothing.
      const stale = await create({ subject: '过期的提醒', dueAt: inHours(8) });
      await t.database.db
        .updateTable('obj_task' as never)
        .set({ status: 'done' } as never)
        .where('id' as never, '=', stale.id as never)
        .execute();
      const staleRun = await runDueJobs(t.database, [taskReminderJob], new Date(Date.now() + 9 * HOUR));
      expect(staleRun.map((r) => r.outcome)).toEqual(['done']);
      expect(await dueNotifications()).toHaveLength(before + 1);
    });

    it('sorts my day and the task tabs into the user’s own day (Los Angeles)', async () => {
      await t.database.db
        .updateTable('users')
        .set({ time_zone: 'America/Los_Angeles' })
        .where('id', '=', repId)
        .execute();
      await announceViewerChange(t.database.db);
      // 06:00 UTC on 10 May is 23:00 on 9 May in Los Angeles (and 14:00 on 10 May in Shanghai).
      const now = new Date('2026-05-10T06:00:00Z');
      const made: Record<string, number> = {};
      for (const [key, dueAt, status] of [
        ['overdue', '2026-05-09T06:00:00Z', 'open'],
        ['earlyToday', '2026-05-09T08:00:00Z', 'inProgress'],
        ['lateToday', '2026-05-10T06:30:00Z', 'open'],
        ['tomorrow', '2026-05-10T08:00:00Z', 'open'],
        ['undated', null, 'open'],
        ['doneYesterday', '2026-05-08T08:00:00Z', 'done'],
      ] as const) {
        made[key] = (await create({ subject: key, dueAt, status })).id;
      }
      await create({ subject: 'not mine', dueAt: '2026-05-09T08:00:00Z' }, other);
      await create({ subject: '广告设计', dueAt: null }, t.adminCookie);
      const account = (await call('POST', '/objects/account/records', { name: '深圳前海贸易' })).json().id;
      const followUp = async (content: string, nextFollowUpAt: string) =>
        (await call('POST', '/objects/followUp/records', { content, account, nextFollowUpAt })).json().id;
      const dueTonight = await followUp('今晚回电', '2026-05-10T03:00:00Z');
      await followUp('明天再说', '2026-05-10T07:30:00Z');

      const viewer = await loadViewer(t.database.db, repId, null, null);
      const day = await readMyDay(t.database, viewer!, now);
      const subjects = (items: Array<Record<string, unknown>>) => items.map((task) => task.subject);
      expect(day).toMatchObject({ timeZone: 'America/Los_Angeles', date: '2026-05-09' });
      expect(subjects(day.todayTasks)).toEqual(['earlyToday', 'lateToday']);
      // Earlier tests left overdue tasks of their own; this one is the latest of them.
      expect(subjects(day.overdueTasks)).toContain('overdue');
      expect(subjects(day.overdueTasks)).not.toContain('doneYesterday');
      expect(day.followUpsDue.map((f) => f.id)).toEqual([dueTonight]);
      expect(day.followUpsDue[0]?.['account.name']).toBe('深圳前海贸易');
      expect(day.counts).toEqual({ overdue: day.overdueTasks.length, today: 2, followUps: 1 });
      expect(day.team).toBeNull();
      // A manager's day counts the team's open tasks too (the admin reads everyone's), in their own day:
      // in Shanghai it is already 10 May, so 'lateToday' and 'tomorrow' are today's, 'earlyToday' overdue.
      const adminViewer = await loadViewer(t.database.db, 1, null, null);
      const team = (await readMyDay(t.database, adminViewer!, now)).team;
      expect(team).toEqual({ overdue: expect.any(Number), today: 2 });
      expect(team!.overdue).toBeGreaterThan(day.counts.overdue);

      const tab = async (bucket: 'today' | 'overdue' | 'upcoming' | 'done', limit = 50) => {
        const items: Array<Record<string, unknown>> = [];
        let cursor: string | undefined;
        do {
          const page = await listMyTasks(t.database, viewer!, { bucket, limit, cursor }, now);
          items.push(...page.items);
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        return subjects(items);
      };
      expect(await tab('today', 1)).toEqual(['earlyToday', 'lateToday']);
      expect(await tab('upcoming', 1)).toEqual(expect.arrayContaining(['tomorrow', 'undated']));
      const upcoming = await tab('upcoming', 1);
      expect(upcoming.indexOf('tomorrow')).toBeLessThan(upcoming.indexOf('undated'));
      expect(await tab('done', 1)).toContain('doneYesterday');
      expect(await tab('overdue')).not.toContain('earlyToday');

      const http = await call('GET', '/my-day');
      expect(http.statusCode, http.body).toBe(200);
      expect(http.json().timeZone).toBe('America/Los_Angeles');
      const page = await call('GET', '/my-tasks?bucket=upcoming&limit=1');
      expect(page.statusCode, page.body).toBe(200);
      expect(page.json().items).toHaveLength(1);
      expect(page.json().nextCursor).toEqual(expect.any(String));
      expect(
        (await call('GET', `/my-tasks?bucket=upcoming&cursor=${page.json().nextCursor}`)).statusCode,
      ).toBe(200);
      expect((await call('GET', '/my-tasks?bucket=someday')).statusCode).toBe(400);
      await insertUser(t.database.db, { username: 'no.roles' });
      const outsider = await t.login('no.roles', FIXTURE_PASSWORD);
      expect((await call('GET', '/my-day', undefined, outsider)).statusCode).toBe(403);
      expect((await call('GET', '/my-tasks?bucket=today', undefined, outsider)).statusCode).toBe(403);
      expect((await call('GET', '/my-tasks?bucket=today&cursor=WzFd')).statusCode).toBe(400);
    });
  });
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, insertUser } from '../../../test/support/org-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { runDueJobs } from '../task/run-due-jobs.test-helper.ts';
import { followUpReminderJob } from './follow-up-reminder.job.ts';

const HOUR = 3_600_000;

for (const dialect of DIALECTS) {
  describe(`follow-ups (${dialect})`, () => {
    let t: TestApp;
    let rep: string;
    let repId: number;
    let accountId: number;

    const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown, cookie = rep) =>
      t.call(cookie, method, url, body);
    const create = async (object: string, values: Record<string, unknown>) => {
      const res = await call('POST', `/objects/${object}/records`, values);
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as Record<string, unknown> & { id: number; version: number };
    };
    const reminderJobs = (id: number) =>
      t.database.db
        .selectFrom('jobs')
        .select(['run_at', 'status', 'idempotency_key'])
        .where('name', '=', 'followUp.remind')
        .where('idempotency_key', 'like', `followUp.remind:${id}:%`)
        .execute();
    const remindersOf = (userId: number) =>
      t.database.db
        .selectFrom('notifications')
        .selectAll()
        .where('user_id', '=', userId)
        .where('kind', '=', 'followUp.due')
        .execute();

    beforeAll(async () => {
      t = await createTestApp(dialect);
      repId = await insertUser(t.database.db, { username: 'rep.fu', name: '周敏', roles: ['salesRep'] });
      rep = await t.login('rep.fu', FIXTURE_PASSWORD);
      accountId = (await create('account', { name: '广州南粤食品有限公司' })).id;
    });
    afterAll(async () => t?.close());

    it('refuses a follow-up linked to nothing, with a 422 per link field, and keeps nothing', async () => {
      const before = await t.rowCount('obj_follow_up');
      const res = await call('POST', '/objects/followUp/records', { type: 'phone', content: '无关联的跟进' });
      expect(res.statusCode).toBe(422);
      expect(
        res
          .json()
          .errors.map((e: { field: string }) => e.field)
          .sort(),
      ).toEqual(['account', 'contact', 'lead', 'opportunity']);
      expect(res.json().errors[0].code).toBe('followUp.link_required');
      expect(await t.rowCount('obj_follow_up')).toBe(before);
      const zh = await t.call(rep, 'POST', '/objects/followUp/records', { content: 'x' }, 'zh-CN');
      expect(zh.json().errors[0].message).toBe('跟进记录至少要关联线索、客户、联系人或商机之一');

      // Removing the last link of an existing follow-up is refused too.
      const kept = await create('followUp', { type: 'phone', content: '有关联', account: accountId });
      const unlink = await call('PATCH', `/objects/followUp/records/${kept.id}`, {
        version: kept.version,
        account: null,
      });
      expect(unlink.statusCode).toBe(422);
      expect((await call('GET', `/objects/followUp/records/${kept.id}`)).json().account).toBe(accountId);
    });

    it('happened now unless told, and takes the account of its contact or opportunity', async () => {
      const contact = await create('contact', { name: '林晓', account: accountId });
      const started = Date.now();
      const viaContact = await create('followUp', {
        type: 'wechat',
        content: '微信确认样品',
        contact: contact.id,
      });
      expect(viaContact.account).toBe(accountId);
      const occurred = new Date(String(viaContact.occurredAt)).getTime();
      expect(occurred).toBeGreaterThanOrEqual(started - 1000);
      expect(occurred).toBeLessThanOrEqual(Date.now() + 1000);

      const deal = await create('opportunity', { name: '冷链设备', account: accountId });
      const viaDeal = await create('followUp', {
        type: 'meeting',
        content: '方案评审会',
        opportunity: deal.id,
        occurredAt: '2026-03-02T10:00:00+08:00',
      });
      expect(viaDeal).toMatchObject({ account: accountId, occurredAt: '2026-03-02T02:00:00.000Z' });

      const lead = await create('lead', { name: '赵强', company: '佛山新材' });
      const onLead = await create('followUp', { type: 'phone', content: '初次电话', lead: lead.id });
      expect(onLead.account).toBeNull();

      const timeline = await call('GET', `/timeline?object=account&id=${accountId}`);
      expect(
        timeline.json().items.filter((e: { source: { object: string } }) => e.source.object === 'followUp'),
      ).toHaveLength(3);
    });

    it('reminds the owner at the next follow-up time: moved when it changes, dropped on delete', async () => {
      const at = new Date(Date.now() + 48 * HOUR);
      at.setUTCMilliseconds(0);
      const followUp = await create('followUp', {
        type: 'visit',
        content: '拜访采购部',
        nextStep: '带样品复访',
        nextFollowUpAt: at.toISOString(),
        account: accountId,
      });
      expect(await reminderJobs(followUp.id)).toEqual([
        {
          run_at: expect.any(String),
          status: 'pending',
          idempotency_key: `followUp.remind:${followUp.id}:${at.toISOString()}`,
        },
      ]);
      expect(new Date((await reminderJobs(followUp.id))[0]!.run_at).toISOString()).toBe(at.toISOString());

      // Nothing is due before its time.
      expect(await runDueJobs(t.database, [followUpReminderJob], new Date(at.getTime() - 1000))).toEqual([]);

      const later = new Date(at.getTime() + 24 * HOUR);
      const moved = await call('PATCH', `/objects/followUp/records/${followUp.id}`, {
        version: followUp.version,
        nextFollowUpAt: later.toISOString(),
      });
      expect(moved.statusCode).toBe(200);
      const jobs = await reminderJobs(followUp.id);
      expect(jobs).toHaveLength(1);
      expect(new Date(jobs[0]!.run_at).toISOString()).toBe(later.toISOString());
      expect(await runDueJobs(t.database, [followUpReminderJob], at)).toEqual([]);

      const ran = await runDueJobs(t.database, [followUpReminderJob], later);
      expect(ran).toEqual([
        { name: 'followUp.remind', outcome: 'done', payload: { id: followUp.id, at: later.toISOString() } },
      ]);
      const reminders = await remindersOf(repId);
      expect(reminders).toHaveLength(1);
      expect(reminders[0]).toMatchObject({ object: 'followUp', record_id: followUp.id });
      const list = await call('GET', '/notifications', undefined, rep);
      expect(list.json().items[0].title).toBe('Time to follow up: 带样品复访');

      // Deleting a follow-up drops its pending reminder.
      const other = await create('followUp', {
        content: '电话回访',
        account: accountId,
        nextFollowUpAt: new Date(Date.now() + 72 * HOUR).toISOString(),
      });
      expect(await reminderJobs(other.id)).toHaveLength(1);
      expect((await call('DELETE', `/objects/followUp/records/${other.id}`)).statusCode).toBe(204);
      expect(await reminderJobs(other.id)).toEqual([]);
    });

    it('a stale reminder job finds nothing to do', async () => {
      const at = new Date(Date.now() + 5 * HOUR);
      const followUp = await create('followUp', {
        content: '确认交期',
        account: accountId,
        nextFollowUpAt: at.toISOString(),
      });
      // The job was claimed before the time changed: it runs, sees another moment and sends nothing.
      const [claimed] = await t.database.db
        .updateTable('jobs')
        .set({ run_at: new Date(Date.now() - 1000).toISOString() })
        .where('idempotency_key', 'like', `followUp.remind:${followUp.id}:%`)
        .returning('id')
        .execute();
      expect(claimed).toBeDefined();
      await t.database.db
        .updateTable('obj_follow_up' as never)
        .set({ next_follow_up_at: new Date(at.getTime() + HOUR).toISOString() } as never)
        .where('id' as never, '=', followUp.id as never)
        .execute();
      const before = (await remindersOf(repId)).length;
      const ran = await runDueJobs(t.database, [followUpReminderJob], new Date());
      expect(ran.map((r) => r.outcome)).toEqual(['done']);
      expect(await remindersOf(repId)).toHaveLength(before);
    });
  });
}

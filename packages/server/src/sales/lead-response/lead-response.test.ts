import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { atTime } from '../../platform/clock.ts';
import { insertSalesOrg, type SalesOrg } from '../sales-test-fixtures.ts';
import { runDueJobs } from '../task/run-due-jobs.test-helper.ts';
import { leadResponseDueJob } from './lead-response-due.job.ts';

/** An instant given as Shanghai wall time. */
const at = (wall: string) => new Date(`${wall}+08:00`);

for (const dialect of DIALECTS) {
  describe(`first response of leads (${dialect})`, () => {
    let t: TestApp;
    let org: SalesOrg;

    const createLead = (cookie: string, wall: string, values: Record<string, unknown>) =>
      atTime(at(wall), async () => {
        const res = await t.call(cookie, 'POST', '/objects/lead/records', values);
        expect(res.statusCode, res.body).toBe(201);
        return res.json() as { id: number; responseDueAt: string | null; responseStatus: string | null };
      });
    const followUp = (cookie: string, wall: string, lead: number) =>
      atTime(at(wall), async () => {
        const res = await t.call(cookie, 'POST', '/objects/followUp/records', {
          lead,
          type: 'phone',
          content: '电话沟通需求',
        });
        expect(res.statusCode, res.body).toBe(201);
      });
    const lead = async (id: number) =>
      (await t.call(t.adminCookie, 'GET', `/objects/lead/records/${id}`)).json();
    const notificationsOf = (userId: number) =>
      t.database.db
        .selectFrom('notifications')
        .select(['kind', 'record_id'])
        .where('user_id', '=', userId)
        .execute();

    beforeAll(async () => {
      t = await createTestApp(dialect);
      org = await insertSalesOrg(t);
      await t.database.db
        .updateTable('users')
        .set({ manager_id: org.ids.manager })
        .where('id', '=', org.ids.wang)
        .execute();
    });
    afterAll(async () => t?.close());

    it('times a new lead in business minutes and stops the clock at its first follow-up', async () => {
      const created = await createLead(org.cookies.wang, '2027-03-01T10:00:00', {
        name: '钱伟',
        company: '无锡测试',
      });
      expect(created).toMatchObject({
        responseStatus: 'pending',
        responseDueAt: at('2027-03-01T10:05:00').toISOString(),
      });
      const jobs = await t.database.db
        .selectFrom('jobs')
        .select('run_at')
        .where('name', '=', 'lead.responseDue')
        .execute();
      expect(jobs.map((job) => new Date(job.run_at).toISOString())).toContain(
        at('2027-03-01T10:05:00').toISOString(),
      );

      await followUp(org.cookies.wang, '2027-03-01T10:03:00', created.id);
      expect(await lead(created.id)).toMatchObject({
        responseStatus: 'met',
        responseMinutes: 3,
        firstResponseAt: at('2027-03-01T10:03:00').toISOString(),
      });
      // The deadline job went with the clock.
      expect(await runDueJobs(t.database, [leadResponseDueJob], at('2027-03-01T10:06:00'))).toEqual([]);
    });

    it('counts across the night and the weekend, and does not time leads created already worked', async () => {
      const late = await createLead(org.cookies.wang, '2027-03-05T17:58:00', { name: '周五傍晚' });
      expect(late.responseDueAt).toBe(at('2027-03-08T09:03:00').toISOString());
      await followUp(org.cookies.wang, '2027-03-08T09:01:00', late.id);
      expect(await lead(late.id)).toMatchObject({ responseStatus: 'met', responseMinutes: 3 });

      const worked = await createLead(org.cookies.wang, '2027-03-08T10:00:00', {
        name: '已联系',
        status: 'contacted',
      });
      expect(worked).toMatchObject({ responseStatus: null, responseDueAt: null });
    });

    it('marks a lead not followed up in time as breached at its deadline and escalates to the manager', async () => {
      const missed = await createLead(org.cookies.wang, '2027-03-09T14:00:00', { name: '无人跟进' });
      expect(await runDueJobs(t.database, [leadResponseDueJob], at('2027-03-09T14:04:00'))).toEqual([]);
      const ran = await runDueJobs(t.database, [leadResponseDueJob], at('2027-03-09T14:05:00'));
      expect(ran.map((job) => job.outcome)).toEqual(['done']);
      expect(await lead(missed.id)).toMatchObject({ responseStatus: 'breached', firstResponseAt: null });
      expect(await notificationsOf(org.ids.wang)).toContainEqual({
        kind: 'lead.responseMissed',
        record_id: missed.id,
      });
      expect(await notificationsOf(org.ids.manager)).toContainEqual({
        kind: 'lead.responseBreached',
        record_id: missed.id,
      });

      // Answered late: the time is recorded, the lead stays breached.
      await followUp(org.cookies.wang, '2027-03-09T15:00:00', missed.id);
      expect(await lead(missed.id)).toMatchObject({ responseStatus: 'breached', responseMinutes: 60 });
    });

    it('reports the share within target, median and p90 by owner, source and week, in the viewer’s scope', async () => {
      const res = await t.call(org.cookies.manager, 'GET', '/reports/lead-response?groupBy=owner');
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body.targetMinutes).toBe(5);
      expect(body.total).toMatchObject({
        leads: 3,
        answered: 3,
        withinTarget: 2,
        breached: 1,
        medianMinutes: 3,
        p90Minutes: 60,
      });
      expect(body.groups).toEqual([
        expect.objectContaining({ key: String(org.ids.wang), label: '王芳', leads: 3 }),
      ]);
      expect(body.total.withinTargetShare).toBeCloseTo(2 / 3);

      const weeks = await t.call(t.adminCookie, 'GET', '/reports/lead-response?groupBy=week');
      expect(
        weeks.json().groups.map((group: { key: string; leads: number }) => [group.key, group.leads]),
      ).toEqual([
        ['2027-03-01', 2],
        ['2027-03-08', 1],
      ]);
      const period = await t.call(
        t.adminCookie,
        'GET',
        '/reports/lead-response?groupBy=source&from=2027-03-08&to=2027-03-31',
      );
      expect(period.json().total.leads).toBe(1);

      const other = await t.call(org.cookies.zhao, 'GET', '/reports/lead-response');
      expect(other.json().total.leads).toBe(0);
      expect(
        (await t.call(org.cookies.zhao, 'GET', '/reports/lead-response?groupBy=planet')).statusCode,
      ).toBe(400);
      expect(
        (await t.call(org.cookies.zhao, 'GET', '/reports/lead-response?from=2027-13-01')).statusCode,
      ).toBe(400);
    });

    it('lets settings admins change the target, and refuses nonsense', async () => {
      expect(
        (await t.call(org.cookies.wang, 'PATCH', '/lead-response-settings', { targetMinutes: 10 }))
          .statusCode,
      ).toBe(403);
      expect(
        (await t.call(t.adminCookie, 'PATCH', '/lead-response-settings', { targetMinutes: 0 })).statusCode,
      ).toBe(400);
      const saved = await t.call(t.adminCookie, 'PATCH', '/lead-response-settings', { targetMinutes: 30 });
      expect(saved.json()).toEqual({ targetMinutes: 30, escalate: true });
      const next = await createLead(org.cookies.wang, '2027-03-10T09:00:00', { name: '半小时' });
      expect(next.responseDueAt).toBe(at('2027-03-10T09:30:00').toISOString());
    });

    it('starts the clock of a lead that came in without an owner when it is assigned', async () => {
      // As a web form leaves it: no owner, so no clock yet.
      const unowned = await createLead(t.adminCookie, '2027-03-08T11:00:00', { name: '表单线索' });
      await t.database.db
        .updateTable('obj_lead' as never)
        .set({ owner_id: null, response_due_at: null, response_status: null } as never)
        .where('id' as never, '=', unowned.id as never)
        .execute();
      await t.database.db.deleteFrom('jobs').where('name', '=', 'lead.responseDue').execute();
      const assigned = await t.call(t.adminCookie, 'PATCH', `/objects/lead/records/${unowned.id}`, {
        version: 1,
        ownerId: org.ids.li,
      });
      expect(assigned.statusCode, assigned.body).toBe(200);
      expect(assigned.json().responseStatus).toBe('pending');
      expect(Date.parse(assigned.json().responseDueAt)).toBeGreaterThan(Date.now());
      // Answered: the clock and its deadline job stop.
      await followUp(org.cookies.li, '2027-03-08T11:32:00', unowned.id);
      expect((await lead(unowned.id)).responseStatus).not.toBe('pending');
      expect(
        await t.database.db
          .selectFrom('jobs')
          .select('id')
          .where('name', '=', 'lead.responseDue')
          .where('status', '=', 'pending')
          .execute(),
      ).toEqual([]);
    });
  });
}

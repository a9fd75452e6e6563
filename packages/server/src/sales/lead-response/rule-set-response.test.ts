import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { businessTimeBetween } from '../../platform/business-calendar/business-time.ts';
import { companyBusinessClock } from '../../platform/business-calendar/company-business-clock.ts';
import { atTime } from '../../platform/clock.ts';
import type { JobContext } from '../../platform/jobs/job-handler.ts';
import {
  assignmentFootprint,
  inArea,
  insertLeadOrg,
  type LeadOrg,
  rule,
  saveRuleSet,
} from '../lead-assignment/lead-assignment-test-kit.ts';
import { runDueJobs } from '../task/run-due-jobs.test-helper.ts';
import { leadResponseDueJob } from './lead-response-due.job.ts';

/** An instant given as Shanghai wall time (2027-03-01 is a Monday). */
const at = (wall: string) => new Date(`${wall}+08:00`);
const iso = (wall: string) => at(wall).toISOString();

type Lead = {
  id: number;
  ownerId: number | null;
  responseDueAt: string | null;
  responseStatus: string | null;
  firstResponseAt: string | null;
};

for (const dialect of DIALECTS) {
  describe(`first-response target per rule set (${dialect})`, () => {
    let t: TestApp;
    let org: LeadOrg;
    let poolId: number;

    const createLead = (wall: string, values: Record<string, unknown>, cookie = t.adminCookie) =>
      atTime(at(wall), async () => {
        const res = await t.call(cookie, 'POST', '/objects/lead/records', values);
        expect(res.statusCode, res.body).toBe(201);
        return res.json() as Lead;
      });
    const lead = async (id: number) =>
      (await t.call(t.adminCookie, 'GET', `/objects/lead/records/${id}`)).json() as Lead;
    const followUp = (cookie: string, wall: string, leadId: number) =>
      atTime(at(wall), async () => {
        const res = await t.call(cookie, 'POST', '/objects/followUp/records', {
          lead: leadId,
          type: 'phone',
          content: '电话沟通需求',
        });
        expect(res.statusCode, res.body).toBe(201);
      });
    /** Runs the deadline jobs due by `wall`, as a worker would at that moment. */
    const runDeadlines = (wall: string) =>
      atTime(at(wall), () => runDueJobs(t.database, [leadResponseDueJob], at(wall)));
    const pendingDeadlines = async (leadId: number) =>
      (
        await t.database.db
          .selectFrom('jobs')
          .select(['payload', 'run_at'])
          .where('name', '=', 'lead.responseDue')
          .where('status', '=', 'pending')
          .execute()
      )
        .filter((job) => JSON.parse(job.payload).id === leadId)
        .map((job) => new Date(job.run_at).toISOString());
    const notificationsOf = async (userId: number, leadId: number) =>
      (
        await t.database.db
          .selectFrom('notifications')
          .select('kind')
          .where('user_id', '=', userId)
          .where('record_id', '=', leadId)
          .orderBy('id')
          .execute()
      ).map((row) => row.kind);
    const logOf = async (leadId: number) =>
      (await t.call(t.adminCookie, 'GET', `/leads/${leadId}/assignments`)).json().items as Array<
        Record<string, unknown> & { channel: string; outcome: string }
      >;
    const tasksOf = async (leadId: number) => {
      const filter = encodeURIComponent(JSON.stringify({ field: 'lead', op: 'eq', value: leadId }));
      const res = await t.call(t.adminCookie, 'GET', `/objects/task/records?filter=${filter}`);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().data as Array<{ ownerId: number }>).map((task) => task.ownerId);
    };
    /** Business minutes from `from` to `to` by the company's calendar. */
    const businessMinutes = async (from: string, to: string) =>
      Math.round(
        businessTimeBetween(new Date(from), new Date(to), await companyBusinessClock(t.database.db)) / 60_000,
      );
    const breachesOf = (leadId: number) =>
      t.database.db
        .selectFrom('lead_response_breaches')
        .select(['owner_id', 'escalated_to', 'reassigned_to', 'due_at'])
        .where('lead_id', '=', leadId)
        .execute();
    const eastRoundRobin = () =>
      rule('华东轮询', 'roundRobin', {
        condition: inArea('east'),
        members: [{ userId: org.users.wang }, { userId: org.users.li }, { userId: org.users.zhang }],
      });

    beforeAll(async () => {
      t = await createTestApp(dialect);
      org = await insertLeadOrg(t);
      // The east reps report to 陈静.
      await t.database.db
        .updateTable('users')
        .set({ manager_id: org.users.chen })
        .where('id', 'in', [org.users.wang, org.users.li, org.users.zhang])
        .execute();
      const now = new Date().toISOString();
      const pool = await t.database.db
        .insertInto('lead_pools')
        .values({ name: '华北公海', position: 0, reclaim_cooldown_days: 0, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      poolId = Number(pool.id);
    });
    afterAll(async () => t?.close());
    beforeEach(async () => {
      await t.database.db.deleteFrom('lead_rule_sets').execute();
      await t.database.db.deleteFrom('jobs').where('name', '=', 'lead.responseDue').execute();
    });

    it('keeps each rule set’s target with it, 5 minutes with escalation and no reassignment by default', async () => {
      const plain = await saveRuleSet(t, { name: '默认时限', rules: [] });
      expect(plain).toMatchObject({ firstResponse: { targetMinutes: 5, escalate: true, reassign: false } });
      const own = await saveRuleSet(t, {
        name: '自定时限',
        firstResponse: { targetMinutes: 20, escalate: false, reassign: true },
        rules: [],
      });
      expect(own).toMatchObject({ firstResponse: { targetMinutes: 20, escalate: false, reassign: true } });
      const listed = (await t.call(t.adminCookie, 'GET', '/lead-assignment/rule-sets')).json().items;
      expect(listed.map((set: { firstResponse: unknown }) => set.firstResponse)).toEqual([
        { targetMinutes: 20, escalate: false, reassign: true },
        { targetMinutes: 5, escalate: true, reassign: false },
      ]);
      // The company-wide setting is untouched and still answers.
      expect((await t.call(t.adminCookie, 'GET', '/lead-response-settings')).json()).toEqual({
        targetMinutes: 5,
        escalate: true,
      });
      const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
      const path = doc.paths['/api/v1/lead-assignment/rule-sets'];
      const body = path.post.requestBody.content['application/json'].schema;
      expect(Object.keys(body.properties.firstResponse.properties)).toEqual([
        'targetMinutes',
        'escalate',
        'reassign',
      ]);
    });

    it('refuses a bad target with 400 per field and changes nothing', async () => {
      const existing = await saveRuleSet(t, { name: '已有', rules: [] });
      const footprint = await assignmentFootprint(t);
      const bad = await t.call(t.adminCookie, 'PUT', `/lead-assignment/rule-sets/${existing.id}`, {
        name: '已有',
        firstResponse: { targetMinutes: 0, escalate: 'yes', reassign: true },
        rules: [],
      });
      expect(bad.statusCode).toBe(400);
      expect(
        bad
          .json()
          .errors.map((error: { field: string }) => error.field)
          .sort(),
      ).toEqual(['firstResponse.escalate', 'firstResponse.targetMinutes']);
      const tooLong = await t.call(t.adminCookie, 'POST', '/lead-assignment/rule-sets', {
        name: '太长',
        firstResponse: { targetMinutes: 7 * 24 * 60 + 1 },
        rules: [],
      });
      expect(tooLong.statusCode).toBe(400);
      const unknown = await t.call(t.adminCookie, 'POST', '/lead-assignment/rule-sets', {
        name: '多余字段',
        firstResponse: { targetMinutes: 5, notify: 'everyone' },
        rules: [],
      });
      expect(unknown.statusCode).toBe(400);
      const rep = await t.call(org.cookies.wang, 'PUT', `/lead-assignment/rule-sets/${existing.id}`, {
        name: '已有',
        firstResponse: { targetMinutes: 60 },
        rules: [],
      });
      expect(rep.statusCode).toBe(403);
      expect(await assignmentFootprint(t)).toEqual(footprint);
      expect(
        (await t.call(t.adminCookie, 'GET', `/lead-assignment/rule-sets/${existing.id}`)).json()
          .firstResponse,
      ).toEqual({ targetMinutes: 5, escalate: true, reassign: false });
    });

    it('holds a lead to the target of the rule set that assigned it, through the app and a web form', async () => {
      await saveRuleSet(t, {
        name: '华东三十分钟',
        assignOnCreate: true,
        firstResponse: { targetMinutes: 30 },
        rules: [eastRoundRobin()],
      });
      const east = await createLead('2027-03-01T10:00:00', { name: '华东客户', salesArea: 'east' });
      expect(east).toMatchObject({
        ownerId: org.users.wang,
        responseStatus: 'pending',
        responseDueAt: iso('2027-03-01T10:30:00'),
      });
      // One deadline job, at the rule set's due moment (not the company-wide 10:05).
      expect(await pendingDeadlines(east.id)).toEqual([iso('2027-03-01T10:30:00')]);

      // No rule set assigned this one (its creator chose the owner): the company-wide 5 minutes.
      const chosen = await createLead('2027-03-01T10:00:00', { name: '指定', ownerId: org.users.li });
      expect(chosen.responseDueAt).toBe(iso('2027-03-01T10:05:00'));
      // No rule applied: the creator keeps it, on the company-wide target.
      const north = await createLead('2027-03-01T10:00:00', { name: '华北', salesArea: 'north' });
      expect(north).toMatchObject({ ownerId: 1, responseDueAt: iso('2027-03-01T10:05:00') });

      // A web form names another rule set: its lead comes in with no owner and starts that set's clock.
      const formSet = await saveRuleSet(t, {
        name: '表单十五分钟',
        firstResponse: { targetMinutes: 15 },
        rules: [rule('赵敏', 'user', { userId: org.users.zhao })],
      });
      const form = await t.call(t.adminCookie, 'POST', '/lead-forms', {
        name: '官网',
        fields: [{ field: 'name', required: true }, { field: 'phone' }],
        ruleSetId: formSet.id,
      });
      expect(form.statusCode, form.body).toBe(201);
      // Intake runs on the real clock (its writes are committed in groups, outside the test's pinned time).
      const submitted = await t.app.inject({
        method: 'POST',
        url: `/api/v1/public/lead-forms/${form.json().token}/submissions`,
        remoteAddress: '198.51.100.7',
        payload: { name: '表单访客', phone: '13900001111' },
      });
      expect(submitted.statusCode, submitted.body).toBe(201);
      const filter = encodeURIComponent(JSON.stringify({ field: 'name', op: 'eq', value: '表单访客' }));
      const [formLead] = (await t.call(t.adminCookie, 'GET', `/objects/lead/records?filter=${filter}`)).json()
        .data as Array<Lead & { createdAt: string }>;
      expect(formLead).toMatchObject({ ownerId: org.users.zhao, responseStatus: 'pending' });
      expect(await businessMinutes(formLead!.createdAt, formLead!.responseDueAt!)).toBe(15);
      expect(await pendingDeadlines(formLead!.id)).toEqual([formLead!.responseDueAt]);

      // A later change of hands by an edit (on the real clock) gives the new owner the set's full target.
      const moved = await t.call(t.adminCookie, 'PATCH', `/objects/lead/records/${east.id}`, {
        version: (east as unknown as { version: number }).version,
        ownerId: org.users.zhang,
      });
      expect(moved.statusCode, moved.body).toBe(200);
      expect(await businessMinutes(moved.json().updatedAt, moved.json().responseDueAt)).toBe(30);
      expect(await pendingDeadlines(east.id)).toEqual([moved.json().responseDueAt]);
    });

    it('escalates a miss only where the rule set says so, and reassigns nothing when reassignment is off', async () => {
      await saveRuleSet(t, {
        name: '不上报',
        assignOnCreate: true,
        firstResponse: { targetMinutes: 10, escalate: false },
        rules: [rule('王芳', 'user', { userId: org.users.wang })],
      });
      const quiet = await createLead('2027-03-02T10:00:00', { name: '不上报线索' });
      await saveRuleSet(t, {
        name: '上报',
        assignOnCreate: true,
        firstResponse: { targetMinutes: 10, escalate: true },
        rules: [rule('王芳', 'user', { userId: org.users.wang })],
      });
      const loud = await createLead('2027-03-02T10:00:00', { name: '上报线索' });

      const ran = await runDeadlines('2027-03-02T10:10:00');
      expect(ran.map((job) => job.outcome)).toEqual(['done', 'done']);
      for (const missed of [quiet, loud]) {
        expect(await lead(missed.id)).toMatchObject({ ownerId: org.users.wang, responseStatus: 'breached' });
        expect(await notificationsOf(org.users.wang, missed.id)).toContain('lead.responseMissed');
        expect((await logOf(missed.id)).map((entry) => entry.channel)).toEqual(['records']);
      }
      expect(await notificationsOf(org.users.chen, quiet.id)).toEqual([]);
      expect(await notificationsOf(org.users.chen, loud.id)).toEqual(['lead.responseBreached']);
      expect(await breachesOf(quiet.id)).toEqual([
        expect.objectContaining({ owner_id: org.users.wang, escalated_to: null, reassigned_to: null }),
      ]);
      expect(await breachesOf(loud.id)).toEqual([
        expect.objectContaining({
          owner_id: org.users.wang,
          escalated_to: org.users.chen,
          reassigned_to: null,
        }),
      ]);
      const title = (await t.call(org.cookies.chen, 'GET', '/notifications', undefined, 'zh-CN')).json()
        .items[0].title;
      expect(title).toBe('线索「上报线索」超过 10 分钟未跟进（负责人：王芳）');
    });

    it('reassigns a lead whose owner missed the target to the next person in turn, with a fresh target', async () => {
      await saveRuleSet(t, {
        name: '超时改派',
        assignOnCreate: true,
        firstResponse: { targetMinutes: 10, escalate: true, reassign: true },
        rules: [eastRoundRobin()],
      });
      const missed = await createLead('2027-03-03T10:00:00', { name: '超时线索', salesArea: 'east' });
      expect(missed).toMatchObject({ ownerId: org.users.wang, responseDueAt: iso('2027-03-03T10:10:00') });

      expect(await runDeadlines('2027-03-03T10:09:00')).toEqual([]);
      await runDeadlines('2027-03-03T10:10:00');
      // 王芳 had the last turn: the next in turn, 李雷, gets it with a full 10 minutes from the breach.
      expect(await lead(missed.id)).toMatchObject({
        ownerId: org.users.li,
        responseStatus: 'breached',
        responseDueAt: iso('2027-03-03T10:20:00'),
        firstResponseAt: null,
      });
      expect(await pendingDeadlines(missed.id)).toEqual([iso('2027-03-03T10:20:00')]);
      // 王芳's follow-up task went along with the lead: one open task, 李雷's, due from the reassignment.
      expect(await tasksOf(missed.id)).toEqual([org.users.li]);
      expect(await notificationsOf(org.users.li, missed.id)).toEqual(['lead.reassignedAfterBreach']);
      expect(await notificationsOf(org.users.wang, missed.id)).toEqual([
        'lead.assigned',
        'lead.responseReassignedAway',
      ]);
      expect(await notificationsOf(org.users.chen, missed.id)).toEqual(['lead.responseBreachedReassigned']);
      const inbox = (await t.call(org.cookies.wang, 'GET', '/notifications', undefined, 'zh-CN')).json();
      expect(inbox.items[0].title).toBe('线索「超时线索」超过首次响应时限未跟进，已改派给 李雷');

      const [reassigned, first] = await logOf(missed.id);
      expect(first).toMatchObject({ channel: 'records', user: { id: org.users.wang, name: '王芳' } });
      expect(reassigned!.taskId).toBe(first!.taskId);
      const task = (await t.call(t.adminCookie, 'GET', `/objects/task/records/${first!.taskId}`)).json();
      expect(task).toMatchObject({ ownerId: org.users.li, status: 'open', dueAt: expect.any(String) });
      expect(Date.parse(task.dueAt)).toBeGreaterThan(Date.parse(iso('2027-03-03T10:10:00')));
      const taskHistory = (
        await t.call(t.adminCookie, 'GET', `/objects/task/records/${first!.taskId}/history`)
      ).json();
      expect(JSON.stringify(taskHistory)).toContain(`"newValue":${org.users.li}`);
      expect(reassigned).toMatchObject({
        outcome: 'assigned',
        channel: 'responseBreach',
        ruleSet: expect.objectContaining({ name: '超时改派' }),
        rule: expect.objectContaining({ name: '华东轮询' }),
        user: { id: org.users.li, name: '李雷' },
        reason: {
          steps: [
            expect.objectContaining({
              result: 'chosen',
              skipped: [{ userId: org.users.wang, name: '王芳', why: 'currentOwner' }],
            }),
          ],
          basis: { kind: 'roundRobin', turn: 2, of: 3 },
        },
      });
      expect(await breachesOf(missed.id)).toEqual([
        expect.objectContaining({
          owner_id: org.users.wang,
          escalated_to: org.users.chen,
          reassigned_to: org.users.li,
          due_at: expect.anything(),
        }),
      ]);
      const timeline = (await t.call(t.adminCookie, 'GET', `/timeline?object=lead&id=${missed.id}`)).json();
      expect(timeline.items).toContainEqual(
        expect.objectContaining({
          kind: 'updated',
          changes: [{ field: 'ownerId', oldValue: org.users.wang, newValue: org.users.li }],
        }),
      );

      // The turns go on from 李雷: the next new lead is 张伟's.
      const next = await createLead('2027-03-03T10:12:00', { name: '下一条', salesArea: 'east' });
      expect(next.ownerId).toBe(org.users.zhang);

      // 李雷 answers within his own target: the clock stops, the lead stays breached (it waited too long).
      await followUp(org.cookies.li, '2027-03-03T10:15:00', missed.id);
      expect(await lead(missed.id)).toMatchObject({
        responseStatus: 'breached',
        firstResponseAt: iso('2027-03-03T10:15:00'),
      });
      expect(await pendingDeadlines(missed.id)).toEqual([]);
    });

    it('leaves a task the missed owner already completed with them and gives the new owner a new one', async () => {
      await saveRuleSet(t, {
        name: '完成后改派',
        assignOnCreate: true,
        firstResponse: { targetMinutes: 10, escalate: false, reassign: true },
        rules: [eastRoundRobin()],
      });
      const missed = await createLead('2027-03-05T10:00:00', { name: '任务已完成', salesArea: 'east' });
      const [first] = await logOf(missed.id);
      const task = (await t.call(t.adminCookie, 'GET', `/objects/task/records/${first!.taskId}`)).json();
      const done = await t.call(t.adminCookie, 'PATCH', `/objects/task/records/${task.id}`, {
        status: 'done',
        version: task.version,
      });
      expect(done.statusCode, done.body).toBe(200);

      await runDeadlines('2027-03-05T10:10:00');
      const owner = (await lead(missed.id)).ownerId;
      expect(owner).not.toBe(missed.ownerId);
      expect((await tasksOf(missed.id)).sort()).toEqual([missed.ownerId, owner].sort());
      const [reassigned] = await logOf(missed.id);
      expect(reassigned!.taskId).not.toBe(first!.taskId);
    });

    it('handles one missed deadline exactly once, even when its job runs twice at the same moment', async () => {
      await saveRuleSet(t, {
        name: '只一次',
        assignOnCreate: true,
        firstResponse: { targetMinutes: 10, escalate: true, reassign: true },
        rules: [eastRoundRobin()],
      });
      // Leave 王芳 with the last turn (a fresh rule: the first lead is hers).
      const missed = await createLead('2027-03-04T10:00:00', { name: '重复执行', salesArea: 'east' });
      expect(missed.ownerId).toBe(org.users.wang);
      const payload = { id: missed.id, at: iso('2027-03-04T10:10:00') };
      const context = { database: t.database, db: t.database.db } as unknown as JobContext;
      await atTime(at('2027-03-04T10:10:00'), () =>
        Promise.all([leadResponseDueJob.run(payload, context), leadResponseDueJob.run(payload, context)]),
      );
      await atTime(at('2027-03-04T10:10:30'), () => leadResponseDueJob.run(payload, context));

      expect((await lead(missed.id)).ownerId).toBe(org.users.li);
      expect((await logOf(missed.id)).filter((entry) => entry.channel === 'responseBreach')).toHaveLength(1);
      expect(await notificationsOf(org.users.li, missed.id)).toEqual(['lead.reassignedAfterBreach']);
      expect(await notificationsOf(org.users.wang, missed.id)).toEqual([
        'lead.assigned',
        'lead.responseReassignedAway',
      ]);
      expect(await notificationsOf(org.users.chen, missed.id)).toEqual(['lead.responseBreachedReassigned']);
      expect(await tasksOf(missed.id)).toEqual([org.users.li]);
      expect(await breachesOf(missed.id)).toHaveLength(1);
      // One turn was taken for the reassignment: 张伟 is next.
      const next = await createLead('2027-03-04T10:11:00', { name: '轮到张伟', salesArea: 'east' });
      expect(next.ownerId).toBe(org.users.zhang);
    });

    it('leaves the lead with its owner when no one else qualifies, never in a pool, and says so', async () => {
      await saveRuleSet(t, {
        name: '只有王芳',
        assignOnCreate: true,
        firstResponse: { targetMinutes: 10, escalate: false, reassign: true },
        rules: [
          rule('王芳', 'user', { condition: inArea('east'), userId: org.users.wang }),
          rule('其余 → 公海', 'pool', { poolId }),
        ],
      });
      const missed = await createLead('2027-03-05T10:00:00', { name: '无人接手', salesArea: 'east' });
      expect(missed.ownerId).toBe(org.users.wang);
      await runDeadlines('2027-03-05T10:10:00');
      expect(await lead(missed.id)).toMatchObject({
        ownerId: org.users.wang,
        responseStatus: 'breached',
        responseDueAt: iso('2027-03-05T10:10:00'),
      });
      const [stayed] = await logOf(missed.id);
      expect(stayed).toMatchObject({
        outcome: 'unassigned',
        channel: 'responseBreach',
        user: null,
        pool: null,
        reason: {
          steps: [
            expect.objectContaining({
              rule: '王芳',
              result: 'noEligibleUser',
              skipped: [{ userId: org.users.wang, name: '王芳', why: 'currentOwner' }],
            }),
          ],
          basis: null,
        },
      });
      expect(await notificationsOf(org.users.wang, missed.id)).toEqual([
        'lead.assigned',
        'lead.responseMissed',
      ]);
      expect(await tasksOf(missed.id)).toEqual([org.users.wang]);
      expect(await breachesOf(missed.id)).toEqual([
        expect.objectContaining({ reassigned_to: null, escalated_to: null }),
      ]);
    });

    it('stops the clock of a lead its rules put in a pool, and starts it when a member claims it', async () => {
      await saveRuleSet(t, {
        name: '入池',
        assignOnCreate: true,
        firstResponse: { targetMinutes: 10 },
        rules: [rule('其余 → 公海', 'pool', { poolId })],
      });
      const pooled = await createLead('2027-03-08T10:00:00', { name: '公海线索' });
      expect(pooled).toMatchObject({ ownerId: null, responseStatus: null, responseDueAt: null });
      expect(await pendingDeadlines(pooled.id)).toEqual([]);
      await t.database.db
        .insertInto('lead_pool_members')
        .values({ pool_id: poolId, user_id: org.users.zhao, is_manager: false })
        .execute();
      const claim = await t.call(org.cookies.zhao, 'POST', `/lead-pools/${poolId}/claim`, {
        leadIds: [pooled.id],
      });
      expect(claim.statusCode, claim.body).toBe(200);
      // Claimed (on the real clock), not assigned by the set: the company-wide 5 minutes from the claim.
      const claimed = (await lead(pooled.id)) as Lead & { updatedAt: string };
      expect(claimed).toMatchObject({ ownerId: org.users.zhao, responseStatus: 'pending' });
      expect(await businessMinutes(claimed.updatedAt, claimed.responseDueAt!)).toBe(5);
      expect(await pendingDeadlines(pooled.id)).toEqual([claimed.responseDueAt]);
    });
  });
}

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import {
  assignmentFootprint,
  createLead,
  inArea,
  insertLeadOrg,
  type LeadOrg,
  rule,
  saveRuleSet,
} from './lead-assignment-test-kit.ts';

for (const dialect of DIALECTS) {
  describe(`lead assignment rules (${dialect})`, () => {
    let t: TestApp;
    let org: LeadOrg;
    let poolId: number;

    const ownersOf = async (count: number, values: Record<string, unknown>) => {
      const owners: number[] = [];
      for (let i = 0; i < count; i += 1)
        owners.push((await createLead(t, { name: `线索${i}`, ...values })).ownerId!);
      return owners;
    };
    const tasksOf = async (leadId: number) => {
      const filter = encodeURIComponent(JSON.stringify({ field: 'lead', op: 'eq', value: leadId }));
      const res = await t.call(t.adminCookie, 'GET', `/objects/task/records?filter=${filter}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().data as Array<Record<string, unknown> & { id: number; ownerId: number }>;
    };
    const setAssignee = async (userId: number, body: Record<string, unknown>) => {
      const res = await t.call(t.adminCookie, 'PUT', `/lead-assignment/assignees/${userId}`, body);
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      org = await insertLeadOrg(t);
      const at = new Date().toISOString();
      const pool = await t.database.db
        .insertInto('lead_pools')
        .values({ name: '华北公海', position: 0, reclaim_cooldown_days: 0, created_at: at, updated_at: at })
        .returning('id')
        .executeTakeFirstOrThrow();
      poolId = Number(pool.id);
    });
    afterAll(async () => t?.close());
    beforeEach(async () => {
      // Each test starts with no rule set applying on create and everyone available.
      await t.database.db.deleteFrom('lead_rule_sets').execute();
      await t.database.db.deleteFrom('lead_assignees').execute();
    });

    it('is for settings administrators: 401 signed out, 403 for a rep', async () => {
      expect(
        (await t.app.inject({ method: 'GET', url: '/api/v1/lead-assignment/rule-sets' })).statusCode,
      ).toBe(401);
      expect((await t.call(org.cookies.wang, 'GET', '/lead-assignment/rule-sets')).statusCode).toBe(403);
      const post = await t.call(org.cookies.chen, 'POST', '/lead-assignment/rule-sets', {
        name: 'x',
        rules: [],
      });
      expect(post.statusCode).toBe(403);
      expect(
        (
          await t.call(org.cookies.wang, 'PUT', `/lead-assignment/assignees/${org.users.wang}`, {
            away: true,
          })
        ).statusCode,
      ).toBe(403);
    });

    it('assigns a new lead to a specific user with a task due soon, a notification and a logged reason', async () => {
      await saveRuleSet(t, {
        name: '默认分配',
        assignOnCreate: true,
        taskDueMinutes: 30,
        rules: [rule('华南 → 赵敏', 'user', { condition: inArea('south'), userId: org.users.zhao })],
      });
      const before = Date.now();
      const lead = await createLead(t, { name: '周杰', company: '深圳湾科技', salesArea: 'south' });
      expect(lead.ownerId).toBe(org.users.zhao);
      // Decided before the insert: the lead is stored once, with its owner.
      expect(lead.version).toBe(1);

      const tasks = await tasksOf(lead.id);
      expect(tasks).toHaveLength(1);
      const task = tasks[0]!;
      expect(task.ownerId).toBe(org.users.zhao);
      expect(task.subject).toBe('跟进新线索：周杰');
      const due = new Date(String(task.dueAt)).getTime();
      expect(task).toMatchObject({ status: 'open', priority: 'high' });
      expect(due).toBeGreaterThanOrEqual(before + 29 * 60_000);
      expect(due).toBeLessThanOrEqual(Date.now() + 31 * 60_000);

      const inbox = await t.call(org.cookies.zhao, 'GET', '/notifications');
      expect(inbox.json().items[0]).toMatchObject({
        kind: 'lead.assigned',
        title: 'New lead "周杰" was assigned to you (rule: 华南 → 赵敏)',
        link: { object: 'lead', recordId: lead.id },
      });

      const log = await t.call(org.cookies.zhao, 'GET', `/leads/${lead.id}/assignments`);
      expect(log.statusCode, log.body).toBe(200);
      expect(log.json().items).toEqual([
        expect.objectContaining({
          outcome: 'assigned',
          channel: 'records',
          ruleSet: expect.objectContaining({ name: '默认分配' }),
          rule: expect.objectContaining({ name: '华南 → 赵敏' }),
          strategy: 'user',
          user: { id: org.users.zhao, name: '赵敏' },
          taskId: task.id,
          reason: {
            steps: [expect.objectContaining({ rule: '华南 → 赵敏', result: 'chosen', skipped: [] })],
            basis: { kind: 'specificUser' },
          },
        }),
      ]);
      // The lead was stored with its owner: its creation names the owner, and no later edit of it exists.
      const timeline = await t.call(t.adminCookie, 'GET', `/timeline?object=lead&id=${lead.id}`);
      const items = timeline.json().items as Array<{
        kind: string;
        source: { object: string };
        changes: unknown;
      }>;
      expect(items.filter((item) => item.source.object === 'lead').map((item) => item.kind)).toEqual([
        'created',
      ]);
      expect(items.find((item) => item.source.object === 'lead')?.changes).toEqual(
        expect.arrayContaining([{ field: 'ownerId', oldValue: null, newValue: org.users.zhao }]),
      );
      expect(items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: 'created', source: expect.objectContaining({ object: 'task' }) }),
        ]),
      );
      const updates = await t.database.db
        .selectFrom('outbox_events')
        .select('type')
        .where('aggregate_type', '=', 'lead')
        .where('aggregate_id', '=', String(lead.id))
        .execute();
      expect(updates.map((event) => event.type)).toEqual(['record.created']);

      // Someone who may not read the lead sees nothing of its log.
      expect((await t.call(org.cookies.wang, 'GET', `/leads/${lead.id}/assignments`)).statusCode).toBe(404);
      // A lead no rule applies to stays with its creator, and the log says so.
      const other = await createLead(t, { name: '无匹配', salesArea: 'east' });
      expect(other.ownerId).toBe(1);
      const unassigned = await t.call(t.adminCookie, 'GET', `/leads/${other.id}/assignments`);
      expect(unassigned.json().items[0]).toMatchObject({ outcome: 'unassigned', rule: null, user: null });
    });

    it('assigns after the insert when a rule reads a related record, with the same outcome', async () => {
      const field = await t.call(t.adminCookie, 'POST', '/objects/lead/fields', {
        apiName: 'referrerAccount',
        type: 'lookup',
        label: { 'zh-CN': '推荐客户', en: 'Referring account' },
        options: { target: 'account' },
      });
      expect(field.statusCode, field.body).toBe(201);
      const account = await t.call(t.adminCookie, 'POST', '/objects/account/records', { name: '华为推荐' });
      expect(account.statusCode, account.body).toBe(201);
      await saveRuleSet(t, {
        name: '推荐线索',
        assignOnCreate: true,
        rules: [
          rule('华为推荐 → 赵敏', 'user', {
            condition: { field: 'referrerAccount.name', op: 'contains', value: '华为' },
            userId: org.users.zhao,
          }),
        ],
      });
      const referred = await createLead(t, { name: '推荐来的', referrerAccount: account.json().id });
      // Stored first, then given its owner: a second version, as every lead was before rules were checked
      // on the values about to be stored.
      expect(referred).toMatchObject({ ownerId: org.users.zhao, version: 2 });
      expect(await tasksOf(referred.id)).toHaveLength(1);
      const log = await t.call(t.adminCookie, 'GET', `/leads/${referred.id}/assignments`);
      expect(log.json().items).toEqual([
        expect.objectContaining({ outcome: 'assigned', user: { id: org.users.zhao, name: '赵敏' } }),
      ]);
      const plain = await createLead(t, { name: '自己来的' });
      expect(plain).toMatchObject({ ownerId: 1, version: 1 });
      const unmatched = await t.call(t.adminCookie, 'GET', `/leads/${plain.id}/assignments`);
      expect(unmatched.json().items).toEqual([expect.objectContaining({ outcome: 'unassigned' })]);
      const removed = await t.call(t.adminCookie, 'DELETE', '/objects/lead/fields/referrerAccount');
      expect(removed.statusCode, removed.body).toBeLessThan(300);
    });

    it('keeps the owner a lead was created with, and assigns nothing without a rule set on create', async () => {
      await saveRuleSet(t, {
        name: '全部给赵敏',
        assignOnCreate: true,
        rules: [rule('全部', 'user', { userId: org.users.zhao })],
      });
      const chosen = await createLead(t, { name: '指定负责人', ownerId: org.users.li });
      expect(chosen.ownerId).toBe(org.users.li);
      await saveRuleSet(t, {
        name: '不自动',
        assignOnCreate: false,
        rules: [rule('全部', 'user', { userId: org.users.zhao })],
      });
      await t.database.db.updateTable('lead_rule_sets').set({ assign_on_create: false }).execute();
      const plain = await createLead(t, { name: '不分配' });
      expect(plain.ownerId).toBe(1);
      expect((await t.call(t.adminCookie, 'GET', `/leads/${plain.id}/assignments`)).json().items).toEqual([]);
    });

    it('takes turns in round-robin among a list, skipping people away or at capacity', async () => {
      const set = await saveRuleSet(t, {
        name: '华东轮询',
        assignOnCreate: true,
        rules: [
          rule('华东', 'roundRobin', {
            condition: inArea('east'),
            members: [{ userId: org.users.wang }, { userId: org.users.li }, { userId: org.users.zhang }],
          }),
        ],
      });
      const { wang, li, zhang } = org.users;
      expect(await ownersOf(6, { salesArea: 'east' })).toEqual([wang, li, zhang, wang, li, zhang]);

      await setAssignee(li, { away: true, awayUntil: '2999-12-31' });
      const skipping = await ownersOf(3, { salesArea: 'east' });
      expect(skipping).toEqual([wang, zhang, wang]);
      const lead = await createLead(t, { name: '看日志', salesArea: 'east' });
      const entry = (await t.call(t.adminCookie, 'GET', `/leads/${lead.id}/assignments`)).json().items[0];
      expect(entry.reason.steps[0].skipped).toEqual([{ userId: li, name: '李雷', why: 'away' }]);
      expect(entry.user.id).toBe(zhang);

      // Back from leave (the last day away has passed): in turn again.
      await setAssignee(li, { away: true, awayUntil: '2000-01-01' });
      expect(await ownersOf(1, { salesArea: 'east' })).toEqual([wang]);
      expect(await ownersOf(1, { salesArea: 'east' })).toEqual([li]);

      // 张伟 reaches his cap of open leads: passed over while full.
      const open = (await t.call(t.adminCookie, 'GET', '/lead-assignment/assignees'))
        .json()
        .items.find((item: { user: { id: number } }) => item.user.id === zhang).openLeads;
      await setAssignee(zhang, { away: false, maxOpenLeads: open });
      expect(await ownersOf(3, { salesArea: 'east' })).toEqual([wang, li, wang]);
      const full = await createLead(t, { name: '满额', salesArea: 'east' });
      const fullLog = (await t.call(t.adminCookie, 'GET', `/leads/${full.id}/assignments`)).json().items[0];
      expect(fullLog.reason.steps[0].skipped).toEqual([{ userId: zhang, name: '张伟', why: 'atCapacity' }]);

      // Nobody available in the rule: the lead falls through (here: to no rule at all).
      await setAssignee(wang, { away: true });
      await setAssignee(li, { away: true });
      const nobody = await createLead(t, { name: '无人', salesArea: 'east' });
      expect(nobody.ownerId).toBe(1);
      const nobodyLog = (await t.call(t.adminCookie, 'GET', `/leads/${nobody.id}/assignments`)).json()
        .items[0];
      expect(nobodyLog).toMatchObject({ outcome: 'unassigned' });
      expect(nobodyLog.reason.steps[0].result).toBe('noEligibleUser');
      expect(set.rules).toHaveLength(1);
    });

    it('round-robins within a team (the department and below) and by weight', async () => {
      await saveRuleSet(t, {
        name: '团队',
        assignOnCreate: true,
        rules: [
          rule('华东团队', 'roundRobin', { condition: inArea('east'), departmentId: org.departments.east }),
          rule('加权', 'weightedRoundRobin', {
            condition: inArea('north'),
            members: [
              { userId: org.users.wang, weight: 3 },
              { userId: org.users.li, weight: 2 },
              { userId: org.users.zhang, weight: 1 },
            ],
          }),
        ],
      });
      const { wang, li, zhang } = org.users;
      expect(await ownersOf(3, { salesArea: 'east' })).toEqual([wang, li, zhang]);
      expect(await ownersOf(6, { salesArea: 'north' })).toEqual([wang, li, wang, zhang, li, wang]);
    });

    it('gives a least-loaded rule’s lead to whoever has the fewest open leads', async () => {
      const counts = (await t.call(t.adminCookie, 'GET', '/lead-assignment/assignees')).json()
        .items as Array<{ user: { id: number }; openLeads: number }>;
      const load = (id: number) => counts.find((item) => item.user.id === id)!.openLeads;
      const { zhao, chen } = org.users;
      // 赵敏 owns some leads from earlier tests; 陈静 none.
      expect(load(zhao)).toBeGreaterThan(load(chen));
      await saveRuleSet(t, {
        name: '最少',
        assignOnCreate: true,
        rules: [rule('华南', 'leastLoaded', { members: [{ userId: zhao }, { userId: chen }] })],
      });
      const gap = load(zhao) - load(chen);
      const owners = await ownersOf(gap, {});
      expect(owners.every((owner) => owner === chen)).toBe(true);
      // Level now: they alternate.
      expect(new Set(await ownersOf(2, {}))).toEqual(new Set([zhao, chen]));
      const lead = await createLead(t, { name: '最少日志' });
      const entry = (await t.call(t.adminCookie, 'GET', `/leads/${lead.id}/assignments`)).json().items[0];
      expect(entry.reason.basis).toMatchObject({ kind: 'leastLoaded' });
    });

    it('tries rules in order: the first that applies wins, and re-ordering changes the winner', async () => {
      const body = (order: 'userFirst' | 'poolFirst') => {
        const toUser = rule('华北 → 王芳', 'user', { condition: inArea('north'), userId: org.users.wang });
        const toPool = rule('其余 → 公海', 'pool', { poolId });
        return {
          name: '顺序',
          assignOnCreate: true,
          rules: order === 'userFirst' ? [toUser, toPool] : [toPool, toUser],
        };
      };
      const set = await saveRuleSet(t, body('userFirst'));
      expect((await createLead(t, { name: '北方', salesArea: 'north' })).ownerId).toBe(org.users.wang);
      const pooled = await createLead(t, { name: '南方', salesArea: 'south' });
      expect(pooled.ownerId).toBeNull();
      const custody = await t.database.db
        .selectFrom('lead_custody')
        .selectAll()
        .where('lead_id', '=', pooled.id)
        .executeTakeFirstOrThrow();
      expect(Number(custody.pool_id)).toBe(poolId);
      const event = await t.database.db
        .selectFrom('lead_pool_events')
        .selectAll()
        .where('lead_id', '=', pooled.id)
        .executeTakeFirstOrThrow();
      expect(event).toMatchObject({ kind: 'entered', reason_code: 'rule', reason: '其余 → 公海' });
      // No task for a pooled lead.
      expect(await tasksOf(pooled.id)).toEqual([]);

      await saveRuleSet(t, body('poolFirst'), set.id);
      expect((await createLead(t, { name: '北方二', salesArea: 'north' })).ownerId).toBeNull();

      // A rule whose people are all away passes the lead on to the next rule.
      await saveRuleSet(t, body('userFirst'), set.id);
      await setAssignee(org.users.wang, { away: true });
      const passed = await createLead(t, { name: '北方三', salesArea: 'north' });
      expect(passed.ownerId).toBeNull();
      const log = (await t.call(t.adminCookie, 'GET', `/leads/${passed.id}/assignments`)).json().items[0];
      expect(log).toMatchObject({ outcome: 'pooled', pool: { id: poolId, name: '华北公海' } });
      expect(log.reason.steps.map((step: { result: string }) => step.result)).toEqual([
        'noEligibleUser',
        'chosen',
      ]);
    });

    it('keeps a rule’s turns when the set is saved with the rule’s id, and applies one set on create only', async () => {
      const members = [{ userId: org.users.wang }, { userId: org.users.li }];
      const first = await saveRuleSet(t, {
        name: '甲',
        assignOnCreate: true,
        rules: [rule('轮询', 'roundRobin', { members })],
      });
      expect(await ownersOf(1, {})).toEqual([org.users.wang]);
      await saveRuleSet(
        t,
        {
          name: '甲',
          assignOnCreate: true,
          rules: [{ ...rule('轮询（改名）', 'roundRobin', { members }), id: first.rules[0]!.id }],
        },
        first.id,
      );
      expect(await ownersOf(1, {})).toEqual([org.users.li]);
      const second = await saveRuleSet(t, {
        name: '乙',
        assignOnCreate: true,
        rules: [rule('全部', 'user', { userId: org.users.zhao })],
      });
      const list = (await t.call(t.adminCookie, 'GET', '/lead-assignment/rule-sets')).json().items;
      expect(
        list
          .filter((set: { assignOnCreate: boolean }) => set.assignOnCreate)
          .map((set: { id: number }) => set.id),
      ).toEqual([second.id]);
      expect(await ownersOf(1, {})).toEqual([org.users.zhao]);
    });

    it('refuses bad rule sets with a clear 4xx and changes nothing', async () => {
      const existing = await saveRuleSet(t, { name: '已有', rules: [] });
      const footprint = await assignmentFootprint(t);
      const post = (body: unknown) => t.call(t.adminCookie, 'POST', '/lead-assignment/rule-sets', body);

      const badCondition = await post({
        name: '坏条件',
        rules: [
          rule('x', 'user', {
            userId: org.users.wang,
            condition: { field: 'noSuchField', op: 'eq', value: 1 },
          }),
        ],
      });
      expect(badCondition.statusCode).toBe(400);
      expect(badCondition.json()).toMatchObject({
        code: 'leadAssignment.invalid_condition',
        errors: [
          expect.objectContaining({ field: 'rules.0.condition.field', code: 'condition.unknown_field' }),
        ],
      });

      const noUser = await post({ name: '缺人', rules: [rule('x', 'user')] });
      expect(noUser.statusCode).toBe(422);
      expect(noUser.json().errors).toEqual([
        expect.objectContaining({ field: 'rules.0.userId', code: 'leadAssignment.user_required' }),
      ]);

      const noPeople = await post({ name: '缺人', rules: [rule('x', 'roundRobin')] });
      expect(noPeople.json().errors[0]).toMatchObject({
        field: 'rules.0.members',
        code: 'leadAssignment.people_required',
      });

      const unknown = await post({
        name: '不存在',
        rules: [
          rule('a', 'roundRobin', { members: [{ userId: 999_999 }] }),
          rule('b', 'pool', { poolId: 999_999 }),
          rule('c', 'leastLoaded', { departmentId: 999_999 }),
        ],
      });
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json().errors.map((e: { field: string }) => e.field)).toEqual([
        'rules.0.members',
        'rules.1.poolId',
        'rules.2.departmentId',
      ]);

      const duplicate = await post({
        name: '重复',
        rules: [
          rule('a', 'roundRobin', { members: [{ userId: org.users.wang }, { userId: org.users.wang }] }),
        ],
      });
      expect(duplicate.json().errors[0]).toMatchObject({ code: 'leadAssignment.duplicate_member' });

      expect((await post({ name: '已有', rules: [] })).statusCode).toBe(409);
      expect((await post({ name: '', rules: [] })).statusCode).toBe(400);
      expect((await post({ name: 'x', rules: [rule('a', 'lottery')] })).statusCode).toBe(400);
      expect((await post({ name: 'x', rules: [], extra: 1 })).statusCode).toBe(400);
      expect(
        (
          await post({
            name: 'x',
            rules: [rule('a', 'roundRobin', { members: [{ userId: org.users.wang, weight: 0 }] })],
          })
        ).statusCode,
      ).toBe(400);
      expect(
        (await t.call(t.adminCookie, 'PUT', '/lead-assignment/rule-sets/999999', { name: 'x', rules: [] }))
          .statusCode,
      ).toBe(404);
      expect(
        (await t.call(t.adminCookie, 'PUT', `/lead-assignment/assignees/${org.users.wang}`, { away: 'yes' }))
          .statusCode,
      ).toBe(400);
      expect(
        (
          await t.call(t.adminCookie, 'PUT', `/lead-assignment/assignees/${org.users.wang}`, {
            away: true,
            awayUntil: '2026-13-45',
          })
        ).statusCode,
      ).toBe(400);
      expect(
        (await t.call(t.adminCookie, 'PUT', '/lead-assignment/assignees/999999', { away: true })).statusCode,
      ).toBe(404);
      expect(await assignmentFootprint(t)).toEqual(footprint);

      const chinese = await t.call(
        t.adminCookie,
        'POST',
        '/lead-assignment/rule-sets',
        { name: '缺人', rules: [rule('x', 'pool')] },
        'zh-CN',
      );
      expect(chinese.json().errors[0].message).toBe('“放入线索池”策略需要选择线索池');
      const removed = await t.call(t.adminCookie, 'DELETE', `/lead-assignment/rule-sets/${existing.id}`);
      expect(removed.statusCode).toBe(204);
      expect(
        (await t.call(t.adminCookie, 'DELETE', `/lead-assignment/rule-sets/${existing.id}`)).statusCode,
      ).toBe(404);
    });

    it('simulates a rule set on existing leads without changing anything', async () => {
      const set = await saveRuleSet(t, {
        name: '模拟',
        rules: [
          rule('华东轮询', 'roundRobin', {
            condition: inArea('east'),
            members: [{ userId: org.users.wang }, { userId: org.users.li }, { userId: org.users.zhang }],
          }),
          rule('华南 → 赵敏', 'user', { condition: inArea('south'), userId: org.users.zhao }),
          rule('其余 → 公海', 'pool', { poolId }),
        ],
      });
      const leads = [];
      for (const area of ['east', 'south', 'east', 'north', 'east'])
        leads.push(await createLead(t, { name: `模拟-${area}`, salesArea: area, campaign: 'sim' }));
      const footprint = await assignmentFootprint(t);
      const res = await t.call(t.adminCookie, 'POST', `/lead-assignment/rule-sets/${set.id}/simulate`, {
        filter: { field: 'campaign', op: 'eq', value: 'sim' },
      });
      expect(res.statusCode, res.body).toBe(200);
      const items = res.json().items as Array<{
        lead: { id: number };
        outcome: string;
        user: { id: number } | null;
        pool: { id: number } | null;
        rule: { name: string };
      }>;
      expect(items.map((item) => item.lead.id)).toEqual(leads.map((lead) => lead.id));
      expect(items.map((item) => item.user?.id ?? item.pool?.id)).toEqual([
        org.users.wang,
        org.users.zhao,
        org.users.li,
        poolId,
        org.users.zhang,
      ]);
      expect(items[3]).toMatchObject({ outcome: 'pooled', rule: { name: '其余 → 公海' } });
      expect(res.json().totals).toEqual(
        expect.arrayContaining([expect.objectContaining({ outcome: 'pooled', count: 1 })]),
      );
      // Again: the same answer, since no turn was taken.
      const again = await t.call(t.adminCookie, 'POST', `/lead-assignment/rule-sets/${set.id}/simulate`, {
        filter: { field: 'campaign', op: 'eq', value: 'sim' },
      });
      expect(again.json()).toEqual(res.json());
      expect(await assignmentFootprint(t)).toEqual(footprint);

      const bad = await t.call(t.adminCookie, 'POST', `/lead-assignment/rule-sets/${set.id}/simulate`, {
        filter: { field: 'nope', op: 'eq', value: 1 },
      });
      expect(bad.statusCode).toBe(400);
      expect(
        (
          await t.call(t.adminCookie, 'POST', `/lead-assignment/rule-sets/${set.id}/simulate`, {
            limit: 10_000,
          })
        ).statusCode,
      ).toBe(400);
      expect(
        (await t.call(t.adminCookie, 'POST', '/lead-assignment/rule-sets/999999/simulate', {})).statusCode,
      ).toBe(404);
      expect(await assignmentFootprint(t)).toEqual(footprint);
    });
  });
}

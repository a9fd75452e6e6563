import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import {
  assignmentFootprint,
  createLead,
  insertLeadOrg,
  type LeadOrg,
} from '../lead-assignment/lead-assignment-test-kit.ts';
import { recycleLeads } from './recycle-leads.command.ts';

const DAY_MS = 86_400_000;

for (const dialect of DIALECTS) {
  describe(`lead pools (${dialect})`, () => {
    let t: TestApp;
    let org: LeadOrg;
    let pool: { id: number };

    const poolBody = (extra: Record<string, unknown> = {}) => ({
      name: '华东公海',
      region: '华东',
      dailyClaimLimit: 2,
      maxOwnedLeads: 100,
      reclaimCooldownDays: 7,
      noFollowUpDays: 30,
      notConvertedDays: 90,
      reminderDays: 3,
      members: [
        { userId: org.users.wang },
        { userId: org.users.li },
        { userId: org.users.zhang },
        { userId: org.users.chen, isManager: true },
      ],
      ...extra,
    });
    const leadOf = async (id: number) =>
      (await t.call(t.adminCookie, 'GET', `/objects/lead/records/${id}`)).json();
    const returnLead = (cookie: string, id: number, body: unknown) =>
      t.call(cookie, 'POST', `/leads/${id}/return-to-pool`, body);
    const claim = (cookie: string, leadIds: number[]) =>
      t.call(cookie, 'POST', `/lead-pools/${pool.id}/claim`, { leadIds });
    /** A lead of `cookie`'s user, returned to the pool by them. */
    const pooledLead = async (cookie: string, name: string) => {
      const lead = await createLead(t, { name }, cookie);
      const res = await returnLead(cookie, lead.id, { reason: '客户暂无预算' });
      expect(res.statusCode, res.body).toBe(200);
      return lead.id;
    };
    const setCreatedDaysAgo = (id: number, days: number) =>
      t.database.db
        .updateTable('obj_lead' as never)
        .set({ created_at: new Date(Date.now() - days * DAY_MS).toISOString() } as never)
        .where('id' as never, '=', id as never)
        .execute();

    beforeAll(async () => {
      t = await createTestApp(dialect);
      org = await insertLeadOrg(t);
      const res = await t.call(t.adminCookie, 'POST', '/lead-pools', poolBody());
      expect(res.statusCode, res.body).toBe(201);
      pool = res.json();
    });
    afterAll(async () => t?.close());

    it('is set up by settings administrators and seen by its members only', async () => {
      expect(
        (await t.call(org.cookies.chen, 'POST', '/lead-pools', poolBody({ name: '别的' }))).statusCode,
      ).toBe(403);
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/lead-pools' })).statusCode).toBe(401);
      const mine = await t.call(org.cookies.wang, 'GET', '/lead-pools');
      expect(mine.json().items).toEqual([
        expect.objectContaining({
          name: '华东公海',
          dailyClaimLimit: 2,
          me: expect.objectContaining({ member: true, manager: false, claimedToday: 0, canClaim: 2 }),
        }),
      ]);
      expect((await t.call(org.cookies.zhao, 'GET', '/lead-pools')).json().items).toEqual([]);
      expect((await t.call(org.cookies.zhao, 'GET', `/lead-pools/${pool.id}`)).statusCode).toBe(403);
      expect((await t.call(org.cookies.zhao, 'GET', `/lead-pools/${pool.id}/leads`)).statusCode).toBe(403);
      expect((await t.call(org.cookies.chen, 'GET', `/lead-pools/${pool.id}`)).json().me.manager).toBe(true);
    });

    it('refuses bad pools with a clear 4xx and changes nothing', async () => {
      const footprint = await assignmentFootprint(t);
      const post = (body: unknown) => t.call(t.adminCookie, 'POST', '/lead-pools', body);
      const bad = await post(
        poolBody({ name: '坏条件', recycleCondition: { field: 'status', op: 'gt', value: 1 } }),
      );
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0]).toMatchObject({
        field: 'recycleCondition.op',
        code: 'condition.operator_not_applicable',
      });
      const unknown = await post(
        poolBody({ name: '无人', members: [{ userId: 999_999 }], departmentId: 999_999 }),
      );
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json().errors.map((e: { field: string }) => e.field)).toEqual([
        'members.0.userId',
        'departmentId',
      ]);
      expect((await post(poolBody())).statusCode).toBe(409);
      expect((await post(poolBody({ name: '负数', dailyClaimLimit: -1 }))).statusCode).toBe(400);
      expect((await post(poolBody({ name: '零天', noFollowUpDays: 0 }))).statusCode).toBe(400);
      expect(
        (await t.call(t.adminCookie, 'PUT', '/lead-pools/999999', poolBody({ name: 'x' }))).statusCode,
      ).toBe(404);
      expect(await assignmentFootprint(t)).toEqual(footprint);
    });

    it('takes a lead back only with a reason, and keeps who had it and why', async () => {
      const lead = await createLead(t, { name: '退回线索', company: '杭州云栖' }, org.cookies.wang);
      const footprint = await assignmentFootprint(t);
      for (const body of [
        {},
        { reason: '' },
        { reason: '   ' },
        { reason: 'x'.repeat(501) },
        { reason: 1 },
      ]) {
        const res = await returnLead(org.cookies.wang, lead.id, body);
        expect(res.statusCode, JSON.stringify(body)).toBe(400);
      }
      expect((await returnLead(org.cookies.li, lead.id, { reason: '不是我的' })).statusCode).toBe(404);
      expect(await assignmentFootprint(t)).toEqual(footprint);

      const res = await returnLead(org.cookies.wang, lead.id, { reason: '客户暂无预算' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ leadIds: [lead.id], poolId: pool.id });
      expect((await leadOf(lead.id)).ownerId).toBeNull();
      expect((await returnLead(t.adminCookie, lead.id, { reason: '再退' })).statusCode).toBe(409);

      const events = await t.call(t.adminCookie, 'GET', `/leads/${lead.id}/pool-events`);
      expect(events.json().items[0]).toMatchObject({
        kind: 'returned',
        pool: { id: pool.id, name: '华东公海' },
        from: { id: org.users.wang, name: '王芳' },
        actor: { id: org.users.wang },
        reason: '客户暂无预算',
      });
      const listed = await t.call(org.cookies.li, 'GET', `/lead-pools/${pool.id}/leads`);
      expect(listed.json().items).toEqual([
        expect.objectContaining({
          id: lead.id,
          name: '退回线索',
          company: '杭州云栖',
          previousOwner: { id: org.users.wang, name: '王芳' },
          lastEvent: { kind: 'returned', reasonCode: null, reason: '客户暂无预算' },
          cooldownUntil: null,
        }),
      ]);
      // For 王芳, who lost it, the cooldown shows.
      const own = await t.call(org.cookies.wang, 'GET', `/lead-pools/${pool.id}/leads`);
      expect(own.json().items[0].cooldownUntil).not.toBeNull();
      const timeline = await t.call(t.adminCookie, 'GET', `/timeline?object=lead&id=${lead.id}`);
      expect(timeline.json().items[0]).toMatchObject({
        kind: 'updated',
        changes: [{ field: 'ownerId', oldValue: org.users.wang, newValue: null }],
      });
      const audit = await t.database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'return')
        .where('entity_id', '=', String(lead.id))
        .executeTakeFirstOrThrow();
      expect(JSON.parse(audit.changes!)).toMatchObject({ reason: [null, '客户暂无预算'] });
    });

    it('lets members claim within the daily limit and the cooldown, never someone else’s claim', async () => {
      const a = await pooledLead(org.cookies.wang, '甲');
      const b = await pooledLead(org.cookies.wang, '乙');
      const c = await pooledLead(org.cookies.zhang, '丙');
      const footprint = await assignmentFootprint(t);
      const cooldown = await claim(org.cookies.wang, [a]);
      expect(cooldown.statusCode).toBe(409);
      expect(cooldown.json()).toMatchObject({ code: 'leadPool.cooldown' });
      expect(cooldown.json().detail).toContain('甲');
      expect((await claim(org.cookies.zhao, [a])).statusCode).toBe(403);
      expect((await claim(org.cookies.li, [999_999])).statusCode).toBe(409);
      expect((await claim(org.cookies.li, [])).statusCode).toBe(400);
      expect((await claim(org.cookies.li, [a, b, c])).json()).toMatchObject({
        code: 'leadPool.daily_limit',
        detail: 'Daily claim limit reached (2 a day, 0 claimed today)',
      });
      expect(await assignmentFootprint(t)).toEqual(footprint);

      const ok = await claim(org.cookies.li, [a, b]);
      expect(ok.statusCode, ok.body).toBe(200);
      expect((await leadOf(a)).ownerId).toBe(org.users.li);
      const standing = (await t.call(org.cookies.li, 'GET', `/lead-pools/${pool.id}`)).json().me;
      expect(standing).toMatchObject({ claimedToday: 2, dailyClaimLimit: 2, canClaim: 0 });
      const third = await t.call(
        org.cookies.li,
        'POST',
        `/lead-pools/${pool.id}/claim`,
        { leadIds: [c] },
        'zh-CN',
      );
      expect(third.statusCode).toBe(409);
      expect(third.json().detail).toBe('今日领取已达上限（每天 2 条，已领取 2 条）');
      // Claimed already by 李雷: 409 for anyone else.
      expect((await claim(org.cookies.zhang, [a])).json().code).toBe('leadPool.not_in_pool');
      const events = (await t.call(t.adminCookie, 'GET', `/leads/${a}/pool-events`)).json().items;
      expect(events[0]).toMatchObject({ kind: 'claimed', to: { id: org.users.li } });

      // The cap on open leads owned.
      await t.call(t.adminCookie, 'PUT', `/lead-pools/${pool.id}`, poolBody({ maxOwnedLeads: 0 }));
      const owned = await claim(org.cookies.wang, [c]);
      expect(owned.json()).toMatchObject({ code: 'leadPool.owned_limit' });
      await t.call(t.adminCookie, 'PUT', `/lead-pools/${pool.id}`, poolBody());
      expect((await claim(org.cookies.wang, [c])).statusCode).toBe(200);
    });

    it('lets its managers assign pooled leads, and tells the new owner', async () => {
      const lead = await pooledLead(org.cookies.zhang, '经理分配');
      const assign = (cookie: string, body: unknown) =>
        t.call(cookie, 'POST', `/lead-pools/${pool.id}/assign`, body);
      expect((await assign(org.cookies.wang, { leadIds: [lead], userId: org.users.li })).statusCode).toBe(
        403,
      );
      expect((await assign(org.cookies.chen, { leadIds: [lead], userId: 999_999 })).statusCode).toBe(422);
      const res = await assign(org.cookies.chen, { leadIds: [lead], userId: org.users.zhang });
      expect(res.statusCode, res.body).toBe(200);
      expect((await leadOf(lead)).ownerId).toBe(org.users.zhang);
      const inbox = (await t.call(org.cookies.zhang, 'GET', '/notifications')).json().items;
      expect(inbox[0]).toMatchObject({
        kind: 'leadPool.assigned',
        title: '陈静 assigned you 1 leads from "华东公海"',
      });
    });

    it('recycles stale leads set-based with reason and previous owner, previews them, and reminds owners first', async () => {
      const stale = await createLead(t, { name: '久未跟进' }, org.cookies.wang);
      const followed = await createLead(t, { name: '已跟进' }, org.cookies.wang);
      const soon = await createLead(t, { name: '快到期' }, org.cookies.wang);
      const old = await createLead(t, { name: '久未转化' }, org.cookies.li);
      const converted = await createLead(t, { name: '已转化' }, org.cookies.wang);
      const outsider = await createLead(t, { name: '池外' }, org.cookies.zhao);
      for (const id of [stale.id, followed.id, converted.id, outsider.id]) await setCreatedDaysAgo(id, 40);
      await setCreatedDaysAgo(soon.id, 28);
      await setCreatedDaysAgo(old.id, 100);
      const followUp = await t.call(org.cookies.wang, 'POST', '/objects/followUp/records', {
        content: '电话沟通，客户有兴趣',
        type: 'phone',
        lead: followed.id,
      });
      expect(followUp.statusCode, followUp.body).toBe(201);
      // 李雷 keeps following up the old lead: only "not converted in 90 days" takes it.
      await t.call(org.cookies.li, 'POST', '/objects/followUp/records', {
        content: '持续跟进',
        lead: old.id,
      });
      await t.database.db
        .updateTable('obj_lead' as never)
        .set({ status: 'converted' } as never)
        .where('id' as never, '=', converted.id as never)
        .execute();

      const preview = await t.call(org.cookies.chen, 'GET', `/lead-pools/${pool.id}/recycle-preview`);
      expect(preview.statusCode, preview.body).toBe(200);
      const previewed = new Map(
        preview
          .json()
          .items.map((item: { lead: { id: number }; reasonCode: string }) => [item.lead.id, item.reasonCode]),
      );
      expect(previewed.get(stale.id)).toBe('noFollowUp');
      expect(previewed.get(old.id)).toBe('notConverted');
      for (const id of [followed.id, soon.id, converted.id, outsider.id])
        expect(previewed.has(id)).toBe(false);
      expect(
        (await t.call(org.cookies.wang, 'GET', `/lead-pools/${pool.id}/recycle-preview`)).statusCode,
      ).toBe(403);

      const footprintBefore = await t.rowCount('record_history');
      const run = await t.call(t.adminCookie, 'POST', '/lead-pools/recycle');
      expect(run.statusCode, run.body).toBe(200);
      const counts = run.json().pools.find((entry: { poolId: number }) => entry.poolId === pool.id);
      expect(counts.recycled).toBe(preview.json().total);
      expect(counts.reminded).toBeGreaterThanOrEqual(1);
      expect((await leadOf(stale.id)).ownerId).toBeNull();
      expect((await leadOf(old.id)).ownerId).toBeNull();
      expect((await leadOf(followed.id)).ownerId).toBe(org.users.wang);
      expect((await leadOf(converted.id)).ownerId).toBe(org.users.wang);
      expect((await leadOf(outsider.id)).ownerId).toBe(org.users.zhao);
      expect((await leadOf(stale.id)).version).toBe(2);
      expect(await t.rowCount('record_history')).toBe(footprintBefore + counts.recycled);

      const events = (await t.call(t.adminCookie, 'GET', `/leads/${stale.id}/pool-events`)).json().items;
      expect(events[0]).toMatchObject({
        kind: 'recycled',
        reasonCode: 'noFollowUp',
        from: { id: org.users.wang },
        actor: null,
      });
      const timeline = (await t.call(t.adminCookie, 'GET', `/timeline?object=lead&id=${old.id}`)).json()
        .items;
      expect(timeline[0]).toMatchObject({
        kind: 'updated',
        changes: [{ field: 'ownerId', oldValue: org.users.li, newValue: null }],
      });
      const wangInbox = (await t.call(org.cookies.wang, 'GET', '/notifications', undefined, 'zh-CN')).json()
        .items;
      const titles = wangInbox.map((item: { title: string }) => item.title);
      expect(titles).toContain(
        `你的 ${preview.json().items.filter((i: { owner: { id: number } }) => i.owner.id === org.users.wang).length} 条线索已被回收到「华东公海」`,
      );
      expect(titles).toContain('你的 1 条线索将在 3 天内被回收到「华东公海」，请及时跟进');
      // 王芳 lost the lead: she may not claim it back yet; 张伟 may.
      expect((await claim(org.cookies.wang, [stale.id])).json().code).toBe('leadPool.cooldown');

      // A second run at once changes nothing and reminds nobody twice.
      const history = await t.rowCount('record_history');
      const notifications = await t.rowCount('notifications');
      const again = await recycleLeads(t.database);
      expect(again.pools.find((entry) => entry.poolId === pool.id)).toEqual({
        poolId: pool.id,
        recycled: 0,
        reminded: 0,
      });
      expect(await t.rowCount('record_history')).toBe(history);
      expect(await t.rowCount('notifications')).toBe(notifications);
      // Three days on, the lead that was close to it goes too.
      const later = await recycleLeads(t.database, new Date(Date.now() + 3 * DAY_MS), [pool.id]);
      expect(later.pools[0]!.recycled).toBeGreaterThanOrEqual(1);
      expect((await leadOf(soon.id)).ownerId).toBeNull();
    });

    it('recycles by any condition too', async () => {
      const res = await t.call(
        t.adminCookie,
        'POST',
        '/lead-pools',
        poolBody({
          name: '无效线索池',
          position: 1,
          noFollowUpDays: null,
          notConvertedDays: null,
          reminderDays: null,
          recycleCondition: { field: 'status', op: 'eq', value: 'unqualified' },
          members: [{ userId: org.users.zhao }],
        }),
      );
      expect(res.statusCode, res.body).toBe(201);
      const invalid = await createLead(t, { name: '无效', status: 'unqualified' }, org.cookies.zhao);
      const fine = await createLead(t, { name: '有效', status: 'new' }, org.cookies.zhao);
      const run = await recycleLeads(t.database, new Date(), [res.json().id]);
      expect(run.pools).toEqual([{ poolId: res.json().id, recycled: 1, reminded: 0 }]);
      expect((await leadOf(invalid.id)).ownerId).toBeNull();
      expect((await leadOf(fine.id)).ownerId).toBe(org.users.zhao);
      const events = (await t.call(org.cookies.zhao, 'GET', `/lead-pools/${res.json().id}/leads`)).json()
        .items;
      expect(events[0]).toMatchObject({
        id: invalid.id,
        lastEvent: { kind: 'recycled', reasonCode: 'condition' },
      });
      expect((await t.call(t.adminCookie, 'DELETE', `/lead-pools/${res.json().id}`)).statusCode).toBe(204);
    });

    it('recycles range by range of lead ids, and tells each previous owner once with the whole run’s count', async () => {
      const near = await createLead(t, { name: '近处的线索' }, org.cookies.li);
      await setCreatedDaysAgo(near.id, 40);
      // A lead whose id lies several ranges (of 50,000 ids) above the others.
      const farId = near.id + 120_000;
      const stamp = new Date(Date.now() - 40 * DAY_MS).toISOString();
      await t.database.db
        .insertInto('obj_lead' as never)
        .values({
          id: farId,
          name: '远处的线索',
          status: 'new',
          owner_id: org.users.li,
          version: 1,
          created_by: org.users.li,
          updated_by: org.users.li,
          created_at: stamp,
          updated_at: stamp,
        } as never)
        .execute();
      const run = await recycleLeads(t.database, new Date(), [pool.id]);
      expect(run.pools).toEqual([{ poolId: pool.id, recycled: 2, reminded: 0 }]);
      expect((await leadOf(near.id)).ownerId).toBeNull();
      expect((await leadOf(farId)).ownerId).toBeNull();
      for (const id of [near.id, farId]) {
        const events = (await t.call(t.adminCookie, 'GET', `/leads/${id}/pool-events`)).json().items;
        expect(events[0]).toMatchObject({
          kind: 'recycled',
          reasonCode: 'noFollowUp',
          from: { id: org.users.li },
        });
      }
      const inbox = (await t.call(org.cookies.li, 'GET', '/notifications', undefined, 'zh-CN')).json().items;
      expect(inbox[0].title).toBe('你的 2 条线索已被回收到「华东公海」');
    });
  });
}

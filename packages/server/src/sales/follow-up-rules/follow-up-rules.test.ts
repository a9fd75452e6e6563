import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { atTime } from '../../platform/clock.ts';
import { createOpportunity, defaultPipeline, insertSalesOrg, type SalesOrg } from '../sales-test-fixtures.ts';

const DAY_MS = 24 * 3600 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);
const CONVERT = { account: { mode: 'new' }, contact: { mode: 'none' } };

for (const dialect of DIALECTS) {
  describe(`follow-up rules (${dialect})`, () => {
    let t: TestApp;
    let org: SalesOrg;
    let pipeline: Awaited<ReturnType<typeof defaultPipeline>>;

    const create = async (cookie: string, object: string, values: Record<string, unknown>) => {
      const res = await t.call(cookie, 'POST', `/objects/${object}/records`, values);
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: number; version: number };
    };
    const setRules = async (rules: Record<string, unknown>) => {
      const res = await t.call(t.adminCookie, 'PATCH', '/follow-up-rules', rules);
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const moveTo = async (id: number, stage: string, extra: Record<string, unknown> = {}) => {
      const current = await t.call(org.cookies.wang, 'GET', `/objects/opportunity/records/${id}`);
      return t.call(org.cookies.wang, 'PATCH', `/objects/opportunity/records/${id}`, {
        version: current.json().version,
        stage: pipeline.stage(stage),
        ...extra,
      });
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      org = await insertSalesOrg(t);
      pipeline = await defaultPipeline(t);
    });
    afterAll(async () => t?.close());

    it('starts with every rule off and lets settings admins alone change them, audited', async () => {
      const read = await t.call(org.cookies.wang, 'GET', '/follow-up-rules');
      expect(read.json()).toEqual({
        beforeConversion: false,
        beforeStageAdvance: false,
        advanceFromStageIds: [],
        withinDays: null,
        staleAfterDays: 7,
      });
      expect(
        (await t.call(org.cookies.wang, 'PATCH', '/follow-up-rules', { beforeConversion: true })).statusCode,
      ).toBe(403);
      for (const bad of [
        { withinDays: 0 },
        { staleAfterDays: 'x' },
        { beforeConversion: 'yes' },
        { unknown: 1 },
      ]) {
        expect((await t.call(t.adminCookie, 'PATCH', '/follow-up-rules', bad)).statusCode).toBe(400);
      }
      expect((await t.call(t.adminCookie, 'GET', '/follow-up-rules')).json().staleAfterDays).toBe(7);
      await setRules({ staleAfterDays: 10 });
      const audit = await t.database.db
        .selectFrom('audit_log')
        .select('entity_id')
        .where('entity_type', '=', 'setting')
        .where('entity_id', '=', 'followUpRules')
        .execute();
      expect(audit).toHaveLength(1);
      await setRules({ staleAfterDays: 7 });
    });

    it('holds a lead conversion until a follow-up (recent enough) names the lead', async () => {
      await setRules({ beforeConversion: true, withinDays: null });
      const lead = await create(org.cookies.wang, 'lead', {
        name: '孙丽',
        company: '苏州工业园测试有限公司',
      });
      const refused = await t.call(org.cookies.wang, 'POST', `/leads/${lead.id}/convert`, CONVERT, 'zh-CN');
      expect(refused.statusCode, refused.body).toBe(422);
      expect(refused.json()).toMatchObject({
        code: 'followUp.required_before_conversion',
        detail: '请先写一条跟进记录，再转化线索',
      });
      expect(await t.rowCount('obj_account')).toBe(0);

      await setRules({ withinDays: 7 });
      await atTime(daysAgo(10), () =>
        create(org.cookies.wang, 'followUp', { lead: lead.id, type: 'phone', content: '初次电话沟通' }),
      );
      const stillRefused = await t.call(org.cookies.wang, 'POST', `/leads/${lead.id}/convert`, CONVERT);
      expect(stillRefused.json()).toMatchObject({ code: 'followUp.required_before_conversion_within' });

      await create(org.cookies.wang, 'followUp', {
        lead: lead.id,
        type: 'visit',
        content: '上门拜访，确认需求',
      });
      const converted = await t.call(org.cookies.wang, 'POST', `/leads/${lead.id}/convert`, CONVERT);
      expect(converted.statusCode, converted.body).toBe(200);
      await setRules({ beforeConversion: false, withinDays: null });
    });

    it('holds forward stage moves out of the named stages until the opportunity is followed up', async () => {
      await setRules({ beforeStageAdvance: true, advanceFromStageIds: [pipeline.stage('商务谈判')] });
      const opp = await createOpportunity(t, org.cookies.wang, { name: '无跟进商机', amount: '1000.00' });
      expect((await moveTo(opp.id, '方案呈现')).statusCode).toBe(200);
      expect((await moveTo(opp.id, '商务谈判')).statusCode).toBe(200);
      const refused = await moveTo(opp.id, '合同审批');
      expect(refused.statusCode, refused.body).toBe(422);
      expect(refused.json()).toMatchObject({
        code: 'followUp.required_before_advance',
        errors: [{ field: 'stage', code: 'followUp.required_before_advance' }],
      });
      expect((await moveTo(opp.id, '赢单成交')).statusCode).toBe(422);
      // Back, or lost, is never held up.
      expect((await moveTo(opp.id, '方案呈现')).statusCode).toBe(200);
      expect((await moveTo(opp.id, '商务谈判')).statusCode).toBe(200);

      await setRules({ advanceFromStageIds: [] });
      const other = await createOpportunity(t, org.cookies.wang, { name: '另一个商机' });
      expect((await moveTo(other.id, '方案呈现')).statusCode).toBe(422);
      expect((await moveTo(other.id, '输单', { lossReason: 'price' })).statusCode).toBe(200);

      await create(org.cookies.wang, 'followUp', {
        opportunity: opp.id,
        type: 'meeting',
        content: '报价沟通会',
      });
      expect((await moveTo(opp.id, '合同审批')).statusCode).toBe(200);
      await setRules({ beforeStageAdvance: false });
    });

    it('lists the records of the viewer with no follow-up in N days, never followed up first', async () => {
      const old = daysAgo(20);
      const [never, stale, fresh] = await atTime(old, async () => [
        await create(org.cookies.li, 'lead', { name: '从未跟进' }),
        await create(org.cookies.li, 'lead', { name: '很久没跟进' }),
        await create(org.cookies.li, 'lead', { name: '最近跟进过' }),
      ]);
      await atTime(daysAgo(12), () =>
        create(org.cookies.li, 'followUp', { lead: stale!.id, type: 'phone', content: '第一次电话' }),
      );
      await create(org.cookies.li, 'followUp', { lead: fresh!.id, type: 'wechat', content: '微信沟通' });
      await create(org.cookies.li, 'lead', { name: '今天新建' });

      const res = await t.call(org.cookies.li, 'GET', '/follow-ups/stale?object=lead');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().days).toBe(7);
      expect(res.json().items.map((item: { name: string }) => item.name)).toEqual(['从未跟进', '很久没跟进']);
      expect(res.json().items[0]).toMatchObject({ id: never!.id, lastFollowUpAt: null, ownerName: '李雷' });
      expect(res.json().items[1].lastFollowUpAt).not.toBeNull();

      const longer = await t.call(org.cookies.li, 'GET', '/follow-ups/stale?object=lead&days=15');
      expect(longer.json().items.map((item: { name: string }) => item.name)).toEqual(['从未跟进']);
      // Another rep sees none of them; the manager of the department sees them.
      const zhao = await t.call(org.cookies.zhao, 'GET', '/follow-ups/stale?object=lead');
      expect(zhao.json().items).toEqual([]);
      const manager = await t.call(org.cookies.manager, 'GET', '/follow-ups/stale?object=lead');
      expect(manager.json().items.map((item: { name: string }) => item.name)).toContain('从未跟进');

      for (const query of ['object=quote', 'object=lead&days=0', 'object=lead&limit=1000', '']) {
        expect((await t.call(org.cookies.li, 'GET', `/follow-ups/stale?${query}`)).statusCode).toBe(400);
      }
      expect(
        (await t.app.inject({ method: 'GET', url: '/api/v1/follow-ups/stale?object=lead' })).statusCode,
      ).toBe(401);
    });
  });
}

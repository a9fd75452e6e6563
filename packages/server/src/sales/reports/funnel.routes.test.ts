import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { rebuildStageFlow } from '../opportunity/stage-history.repository.ts';
import {
  createOpportunity,
  insertSalesOrg,
  patchOpportunity,
  type SalesOrg,
} from '../sales-test-fixtures.ts';

interface FunnelStage {
  name: string;
  count: number;
  amount: string;
  conversion: number | null;
  averageDays: number | null;
  advanced: number;
  lost: number;
  bottleneck: boolean;
}

const DAY = 86_400;

for (const dialect of DIALECTS) {
  describe(`sales funnel (${dialect})`, () => {
    let t: TestApp;
    let org: SalesOrg;
    let pipelineId: number;
    const stageIds = new Map<string, number>();
    const stage = (name: string) => stageIds.get(name)!;

    const funnel = async (cookie: string, query = '') => {
      const res = await t.call(cookie, 'GET', `/reports/funnel?pipelineId=${pipelineId}${query}`);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      const byName = (name: string) => body.stages.find((s: FunnelStage) => s.name === name) as FunnelStage;
      return { body, byName };
    };
    const flowRows = () =>
      t.database.db
        .selectFrom('opportunity_stage_flow')
        .selectAll()
        .orderBy(['pipeline_id', 'month', 'owner_id', 'from_stage_id', 'to_stage_id'])
        .execute();

    beforeAll(async () => {
      t = await createTestApp(dialect);
      org = await insertSalesOrg(t);
      const res = await t.call(t.adminCookie, 'POST', '/pipelines', {
        name: '漏斗测试',
        stages: [
          {
            name: '接洽',
            kind: 'open',
            probability: 30,
            targetConversion: 80,
            expectedDaysMin: 2,
            expectedDaysMax: 4,
          },
          {
            name: '方案',
            kind: 'open',
            probability: 60,
            targetConversion: 50,
            expectedDaysMin: 5,
            expectedDaysMax: 10,
          },
          { name: '赢单', kind: 'won' },
          { name: '输单', kind: 'lost' },
        ],
      });
      expect(res.statusCode, res.body).toBe(201);
      pipelineId = res.json().id;
      for (const s of res.json().stages) stageIds.set(s.name, s.id);
    });
    afterAll(async () => t?.close());

    it('keeps the monthly roll-up equal to one rebuilt from the history', async () => {
      let a = await createOpportunity(t, org.cookies.wang, {
        name: '在途一',
        pipeline: pipelineId,
        amount: '1000.00',
      });
      const b = await createOpportunity(t, org.cookies.zhao, {
        name: '在途二',
        pipeline: pipelineId,
        amount: '2000.00',
      });
      const moved = await patchOpportunity(t, org.cookies.zhao, b, { stage: stage('方案') });
      expect(moved.statusCode, moved.body).toBe(200);
      a = (await patchOpportunity(t, org.cookies.wang, a, { amount: '1500.00' })).json();
      const incremental = await flowRows();
      await t.database.db.transaction().execute((trx) => rebuildStageFlow(trx));
      expect(await flowRows()).toEqual(incremental);
      expect(incremental.filter((row) => row.pipeline_id === pipelineId).map((r) => r.moves)).toEqual([
        1, 1, 1,
      ]);
    });

    it('computes conversion, days in stage, won and lost from a constructed history', async () => {
      // o1–o3 王芳, o4 李雷 (both 华东), o5 赵敏 (华南): created in March 2025, closed in March or April.
      const moves: Array<[number, number, string, string | null, string, number | null, number]> = [
        // [opportunity, owner, month, from, to, days in from, amount (fen)]
        [9001, org.ids.wang, '2025-03', null, '接洽', null, 100_000_00],
        [9001, org.ids.wang, '2025-03', '接洽', '方案', 3, 100_000_00],
        [9001, org.ids.wang, '2025-04', '方案', '赢单', 37, 100_000_00],
        [9002, org.ids.wang, '2025-03', null, '接洽', null, 50_000_00],
        [9002, org.ids.wang, '2025-03', '接洽', '方案', 5, 50_000_00],
        [9002, org.ids.wang, '2025-04', '方案', '输单', 8, 50_000_00],
        [9003, org.ids.wang, '2025-03', null, '接洽', null, 20_000_00],
        [9003, org.ids.wang, '2025-03', '接洽', '输单', 1, 20_000_00],
        [9004, org.ids.li, '2025-03', null, '接洽', null, 80_000_00],
        [9004, org.ids.li, '2025-03', '接洽', '方案', 2, 80_000_00],
        [9004, org.ids.li, '2025-04', '方案', '赢单', 6, 80_000_00],
        [9005, org.ids.zhao, '2025-03', null, '接洽', null, 30_000_00],
        [9005, org.ids.zhao, '2025-03', '接洽', '方案', 10, 30_000_00],
        [9005, org.ids.zhao, '2025-04', '方案', '输单', 20, 30_000_00],
      ];
      await t.database.db
        .insertInto('opportunity_stage_history')
        .values(
          moves.map(([opportunity, owner, month, from, to, days, amount]) => ({
            opportunity_id: opportunity,
            pipeline_id: pipelineId,
            from_stage_id: from === null ? null : stage(from),
            to_stage_id: stage(to),
            at: `${month}-15T02:00:00.000Z`,
            month,
            actor_user_id: owner,
            owner_id: owner,
            amount,
            seconds_in_from_stage: days === null ? null : days * DAY,
          })),
        )
        .execute();
      await t.database.db.transaction().execute((trx) => rebuildStageFlow(trx));

      const { body, byName } = await funnel(t.adminCookie);
      expect(body.pipeline).toEqual({ id: pipelineId, name: '漏斗测试' });
      expect(body.period).toBeNull();
      // 接洽: on to 方案 4 times and once today (赵敏's 在途二), lost once; (3 + 5 + 1 + 2 + 10 + 0) ÷ 6 days.
      expect(byName('接洽')).toMatchObject({
        count: 1,
        amount: '1500.00',
        advanced: 5,
        lost: 1,
        conversion: 83.3,
        averageDays: 3.5,
      });
      // 方案: 2 won, 2 lost; (37 + 8 + 6 + 20) ÷ 4 = 17.75 days against at most 10: the bottleneck.
      expect(byName('方案')).toMatchObject({
        count: 1,
        amount: '2000.00',
        advanced: 2,
        lost: 2,
        conversion: 50,
        averageDays: 17.8,
        bottleneck: true,
      });
      expect(byName('赢单')).toMatchObject({ count: 2, amount: '180000.00' });
      expect(byName('输单')).toMatchObject({ count: 3, amount: '100000.00' });
      expect(body.bottleneck).toEqual({ stageId: stage('方案'), reason: 'duration', deviation: 0.78 });
      expect(body.totals).toEqual({
        openCount: 2,
        openAmount: '3500.00',
        wonCount: 2,
        wonAmount: '180000.00',
        lostCount: 3,
        lostAmount: '100000.00',
        winRate: 40,
      });

      const march = await funnel(t.adminCookie, '&from=2025-03&to=2025-03');
      expect(march.body.period).toEqual({ from: '2025-03', to: '2025-03' });
      expect(march.byName('接洽')).toMatchObject({ advanced: 4, lost: 1, conversion: 80 });
      expect(march.byName('方案')).toMatchObject({
        advanced: 0,
        lost: 0,
        conversion: null,
        averageDays: null,
      });
      expect(march.byName('赢单').count).toBe(0);
      expect(march.body.bottleneck).toMatchObject({ stageId: stage('接洽'), reason: 'duration' });
    });

    it('shows a rep their own funnel, a manager their department tree, and filters by owner and department', async () => {
      const wang = await funnel(org.cookies.wang);
      expect(wang.byName('接洽')).toMatchObject({ count: 1, advanced: 2, lost: 1, conversion: 66.7 });
      expect(wang.byName('方案')).toMatchObject({ count: 0, amount: '0.00', advanced: 1, lost: 1 });
      expect(wang.byName('赢单')).toMatchObject({ count: 1, amount: '100000.00' });

      const manager = await funnel(org.cookies.manager);
      expect(manager.byName('接洽')).toMatchObject({ advanced: 3, lost: 1, conversion: 75 });
      expect(manager.byName('方案').count).toBe(0);
      expect(manager.byName('赢单')).toMatchObject({ count: 2, amount: '180000.00' });

      const south = await funnel(t.adminCookie, `&departmentId=${org.departments.south}`);
      expect(south.byName('接洽')).toMatchObject({ advanced: 2, lost: 0, conversion: 100 });
      expect(south.byName('方案')).toMatchObject({ count: 1, advanced: 0, lost: 1, conversion: 0 });

      const li = await funnel(org.cookies.manager, `&ownerId=${org.ids.li}`);
      expect(li.body.totals).toMatchObject({
        openCount: 0,
        wonCount: 1,
        wonAmount: '80000.00',
        lostCount: 0,
      });

      // A rep asking for someone else's figures gets none of them.
      const peek = await funnel(org.cookies.wang, `&ownerId=${org.ids.zhao}`);
      expect(peek.body.totals).toEqual({
        openCount: 0,
        openAmount: '0.00',
        wonCount: 0,
        wonAmount: '0.00',
        lostCount: 0,
        lostAmount: '0.00',
        winRate: null,
      });
      const outside = await funnel(org.cookies.manager, `&departmentId=${org.departments.south}`);
      expect(outside.byName('方案').count).toBe(0);
    });

    it('uses the default pipeline when none is named', async () => {
      const res = await t.call(org.cookies.wang, 'GET', '/reports/funnel', undefined, 'zh-CN');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().pipeline.name).toBe('标准B2B销售流程');
      expect(res.json().stages.map((s: { name: string }) => s.name)).toHaveLength(6);
    });

    it('refuses bad filters with a 400 and unknown pipelines with a 404', async () => {
      for (const query of [
        'from=2025-13',
        'from=2025-05&to=2025-04',
        'from=2000-01&to=2025-01',
        'ownerId=abc',
        `departmentId=999999`,
      ]) {
        const res = await t.call(t.adminCookie, 'GET', `/reports/funnel?${query}`);
        expect(res.statusCode, query).toBe(400);
        expect(res.json().errors.length, query).toBeGreaterThan(0);
      }
      expect((await t.call(t.adminCookie, 'GET', '/reports/funnel?pipelineId=999999')).statusCode).toBe(404);
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/reports/funnel' })).statusCode).toBe(401);
    });
  });
}

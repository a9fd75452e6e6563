import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { createOpportunity, defaultPipeline, insertSalesOrg, type SalesOrg } from '../sales-test-fixtures.ts';

interface Sums {
  closedWon: string;
  weighted: string;
  bestCase: string;
  commit: string;
  openCount: number;
  wonCount: number;
}

const ZERO: Sums = {
  closedWon: '0.00',
  weighted: '0.00',
  bestCase: '0.00',
  commit: '0.00',
  openCount: 0,
  wonCount: 0,
};

for (const dialect of DIALECTS) {
  describe(`weighted forecast (${dialect})`, () => {
    let t: TestApp;
    let org: SalesOrg;

    const forecast = async (cookie: string, query = 'from=2026-04&to=2026-09') => {
      const res = await t.call(cookie, 'GET', `/reports/forecast?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      return {
        body,
        month: (month: string): Sums => {
          const { month: _month, ...sums } = body.months.find((m: { month: string }) => m.month === month);
          return sums;
        },
        quarter: (quarter: string): Sums => {
          const { quarter: _quarter, ...sums } = body.quarters.find(
            (q: { quarter: string }) => q.quarter === quarter,
          );
          return sums;
        },
      };
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      org = await insertSalesOrg(t);
      const pipeline = await defaultPipeline(t);
      const add = (cookie: string, values: Record<string, unknown>) => createOpportunity(t, cookie, values);
      // The article's example, and amounts whose weighted sum only rounds right when summed exactly.
      await add(org.cookies.wang, {
        name: '华东电力',
        amount: '100000.00',
        stage: pipeline.stage('方案呈现'),
        closeDate: '2026-05-15',
        forecastCategory: 'commit',
      });
      await add(org.cookies.wang, { name: '鼎盛制造', amount: '33333.33', closeDate: '2026-05-20' });
      await add(org.cookies.wang, {
        name: '零头',
        amount: '0.03',
        stage: pipeline.stage('方案呈现'),
        closeDate: '2026-05-31',
      });
      await add(org.cookies.li, {
        name: '云帆物流',
        amount: '60000.00',
        stage: pipeline.stage('赢单成交'),
        closeDate: '2026-06-01',
      });
      await add(org.cookies.li, {
        name: '星河零售',
        amount: '80000.00',
        stage: pipeline.stage('合同审批'),
        closeDate: '2026-08-08',
      });
      await add(org.cookies.zhao, {
        name: '不计入',
        amount: '500000.00',
        stage: pipeline.stage('商务谈判'),
        closeDate: '2026-05-10',
        forecastCategory: 'omitted',
      });
      await add(org.cookies.zhao, {
        name: '华南项目',
        amount: '20000.00',
        stage: pipeline.stage('商务谈判'),
        closeDate: '2026-07-01',
      });
      await add(org.cookies.zhao, {
        name: '已输',
        amount: '70000.00',
        stage: pipeline.stage('输单'),
        lossReason: 'price',
        closeDate: '2026-05-05',
      });
      await add(org.cookies.wang, { name: '明年', amount: '90000.00', closeDate: '2027-01-10' });
      await add(org.cookies.wang, { name: '无日期', amount: '90000.00' });
    });
    afterAll(async () => t?.close());

    it('weighs open amounts by their stage’s probability: ¥100,000 at 方案呈现 contributes ¥50,000', async () => {
      const { body, month, quarter } = await forecast(org.cookies.wang, 'from=2026-05&to=2026-05');
      expect(body.months).toHaveLength(1);
      // 100,000 × 50 % + 33,333.33 × 75 % + 0.03 × 50 % = 50,000 + 24,999.9975 + 0.015.
      expect(month('2026-05')).toEqual({
        closedWon: '0.00',
        weighted: '75000.01',
        bestCase: '133333.36',
        commit: '100000.00',
        openCount: 3,
        wonCount: 0,
      });
      expect(quarter('2026-Q2').weighted).toBe('75000.01');
    });

    it('sums by month and quarter, beside closed won; lost, omitted and out-of-period ones stay out', async () => {
      const { body, month, quarter } = await forecast(t.adminCookie);
      expect(body.period).toEqual({ from: '2026-04', to: '2026-09' });
      expect(body.months.map((m: { month: string }) => m.month)).toEqual([
        '2026-04',
        '2026-05',
        '2026-06',
        '2026-07',
        '2026-08',
        '2026-09',
      ]);
      expect(month('2026-04')).toEqual(ZERO);
      expect(month('2026-05')).toMatchObject({ weighted: '75000.01', bestCase: '133333.36', openCount: 3 });
      expect(month('2026-06')).toMatchObject({ closedWon: '60000.00', wonCount: 1, weighted: '0.00' });
      expect(month('2026-07')).toMatchObject({ weighted: '12000.00', bestCase: '20000.00' });
      expect(month('2026-08')).toMatchObject({ weighted: '72000.00', bestCase: '80000.00' });
      expect(quarter('2026-Q2')).toEqual({
        closedWon: '60000.00',
        weighted: '75000.01',
        bestCase: '133333.36',
        commit: '100000.00',
        openCount: 3,
        wonCount: 1,
      });
      expect(quarter('2026-Q3')).toMatchObject({ weighted: '84000.00', bestCase: '100000.00', openCount: 2 });
      expect(body.totals).toEqual({
        closedWon: '60000.00',
        weighted: '159000.01',
        bestCase: '233333.36',
        commit: '100000.00',
        openCount: 5,
        wonCount: 1,
      });
    });

    it('breaks the totals down per owner and per department', async () => {
      const { body } = await forecast(t.adminCookie);
      expect(body.owners).toEqual([
        expect.objectContaining({
          owner: { id: org.ids.wang, name: '王芳' },
          department: { id: org.departments.east, name: '华东大区' },
          weighted: '75000.01',
          closedWon: '0.00',
        }),
        expect.objectContaining({
          owner: { id: org.ids.li, name: '李雷' },
          weighted: '72000.00',
          closedWon: '60000.00',
        }),
        expect.objectContaining({
          owner: { id: org.ids.zhao, name: '赵敏' },
          department: { id: org.departments.south, name: '华南大区' },
          weighted: '12000.00',
        }),
      ]);
      expect(body.departments).toEqual([
        expect.objectContaining({
          department: { id: org.departments.east, name: '华东大区' },
          weighted: '147000.01',
          closedWon: '60000.00',
        }),
        expect.objectContaining({
          department: { id: org.departments.south, name: '华南大区' },
          weighted: '12000.00',
        }),
      ]);
    });

    it('covers only what the viewer may see: a rep their own, a manager their department tree', async () => {
      const wang = await forecast(org.cookies.wang);
      expect(wang.body.owners.map((o: { owner: { id: number } }) => o.owner.id)).toEqual([org.ids.wang]);
      expect(wang.body.totals).toMatchObject({ weighted: '75000.01', closedWon: '0.00', openCount: 3 });

      const zhao = await forecast(org.cookies.zhao);
      expect(zhao.body.totals).toMatchObject({ weighted: '12000.00', bestCase: '20000.00', openCount: 1 });

      const manager = await forecast(org.cookies.manager);
      expect(manager.body.owners.map((o: { owner: { id: number } }) => o.owner.id).sort()).toEqual(
        [org.ids.wang, org.ids.li].sort(),
      );
      expect(manager.body.totals).toMatchObject({ weighted: '147000.01', closedWon: '60000.00' });

      const peek = await forecast(org.cookies.wang, `from=2026-04&to=2026-09&ownerId=${org.ids.li}`);
      expect(peek.body.totals).toEqual(ZERO);
      expect(peek.body.owners).toEqual([]);
      const south = await forecast(
        org.cookies.manager,
        `from=2026-04&to=2026-09&departmentId=${org.departments.south}`,
      );
      expect(south.body.totals).toEqual(ZERO);
      const filtered = await forecast(
        t.adminCookie,
        `from=2026-04&to=2026-09&departmentId=${org.departments.south}`,
      );
      expect(filtered.body.totals).toMatchObject({ weighted: '12000.00' });
    });

    it('filters by pipeline and covers the current year by default', async () => {
      const pipeline = await defaultPipeline(t);
      const { body } = await forecast(t.adminCookie, `from=2026-04&to=2026-09&pipelineId=${pipeline.id}`);
      expect(body.pipelineId).toBe(pipeline.id);
      expect(body.totals.weighted).toBe('159000.01');
      const year = await forecast(t.adminCookie, '');
      expect(year.body.months).toHaveLength(12);
      expect(year.body.months[0].month).toMatch(/^\d{4}-01$/);
    });

    it('refuses bad periods and filters with a 400', async () => {
      for (const query of [
        'from=2026-00',
        'to=26-05',
        'from=2026-09&to=2026-04',
        'from=2020-01&to=2026-01',
        'departmentId=999999',
        'pipelineId=0',
      ]) {
        const res = await t.call(t.adminCookie, 'GET', `/reports/forecast?${query}`);
        expect(res.statusCode, query).toBe(400);
        expect(res.json().errors.length, query).toBeGreaterThan(0);
      }
      const zh = await t.call(
        t.adminCookie,
        'GET',
        '/reports/forecast?from=2026-09&to=2026-04',
        undefined,
        'zh-CN',
      );
      expect(zh.json().detail).toBe('统计期间的开始月份不能晚于结束月份');
    });
  });
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { loadConfig } from '../../config.ts';
import { prepareDatabase } from '../../platform/prepare-database.ts';
import { ensureDefaultPipeline } from './ensure-default-pipeline.ts';

for (const dialect of DIALECTS) {
  describe(`default pipeline (${dialect})`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(async () => t?.close());

    it('is created once, from the article’s funnel table, and is the default', async () => {
      // createTestApp prepared the database once; a restart prepares it again.
      await prepareDatabase(t.database, loadConfig({}, { adminPassword: ADMIN_PASSWORD }));
      expect(await ensureDefaultPipeline(t.database)).toBe(false);
      expect(await t.rowCount('obj_pipeline')).toBe(1);
      expect(await t.rowCount('obj_pipeline_stage')).toBe(6);

      const res = await t.call(t.adminCookie, 'GET', '/pipelines');
      expect(res.statusCode, res.body).toBe(200);
      const [pipeline] = res.json().items;
      expect(pipeline).toMatchObject({ name: '标准B2B销售流程', isDefault: true, active: true });
      const summary = pipeline.stages.map(
        (s: Record<string, unknown>) =>
          `${s.position} ${s.name} ${s.kind} ${s.probability}% target ${s.targetConversion} ${s.expectedDaysMin}-${s.expectedDaysMax}`,
      );
      expect(summary).toEqual([
        '1 初步接洽 open 75% target 75 3-5',
        '2 方案呈现 open 50% target 50 7-10',
        '3 商务谈判 open 60% target 60 5-7',
        '4 合同审批 open 90% target 90 3-5',
        '5 赢单成交 won 100% target null null-null',
        '6 输单 lost 0% target null null-null',
      ]);
    });

    it('is served by the records API like any record', async () => {
      const res = await t.call(
        t.adminCookie,
        'GET',
        '/objects/pipelineStage/records?sort=position&fields=name,kind',
      );
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().data.map((s: { name: string }) => s.name)).toEqual([
        '初步接洽',
        '方案呈现',
        '商务谈判',
        '合同审批',
        '赢单成交',
        '输单',
      ]);
    });

    it('is not created again once an admin has pipelines of their own, even in the recycle bin', async () => {
      await t.database.db
        .updateTable('obj_pipeline' as never)
        .set({ deleted_at: new Date().toISOString() } as never)
        .execute();
      expect(await ensureDefaultPipeline(t.database)).toBe(false);
      expect(await t.rowCount('obj_pipeline')).toBe(1);
    });
  });
}

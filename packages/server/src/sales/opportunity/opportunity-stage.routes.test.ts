import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { loadViewer } from '../../platform/auth/load-viewer.ts';
import { createRecordIn } from '../../records/create-record.command.ts';
import { inRecordTransaction } from '../../records/record-write.ts';
import { systemRecordContext } from '../../records/system-context.ts';
import {
  createOpportunity,
  defaultPipeline,
  insertSalesOrg,
  patchOpportunity,
  type SalesOrg,
} from '../sales-test-fixtures.ts';

for (const dialect of DIALECTS) {
  describe(`opportunity stages and stage history (${dialect})`, () => {
    let t: TestApp;
    let org: SalesOrg;
    let pipeline: Awaited<ReturnType<typeof defaultPipeline>>;
    let other: { id: number; stages: Array<{ id: number; name: string }> };

    const historyOf = (id: number) =>
      t.database.db
        .selectFrom('opportunity_stage_history')
        .selectAll()
        .where('opportunity_id', '=', id)
        .orderBy('id')
        .execute();
    const read = async (id: number) =>
      (await t.call(t.adminCookie, 'GET', `/objects/opportunity/records/${id}`)).json();

    beforeAll(async () => {
      t = await createTestApp(dialect);
      org = await insertSalesOrg(t);
      pipeline = await defaultPipeline(t);
      const created = await t.call(t.adminCookie, 'POST', '/pipelines', {
        name: '续费流程',
        stages: [
          { name: '续费沟通', kind: 'open', probability: 80, targetConversion: 80 },
          { name: '续费成功', kind: 'won' },
          { name: '流失', kind: 'lost' },
        ],
      });
      expect(created.statusCode, created.body).toBe(201);
      other = created.json();
    });
    afterAll(async () => t?.close());

    it('puts a new opportunity in the default pipeline’s first open stage, with its probability and status', async () => {
      const created = await createOpportunity(t, org.cookies.wang, {
        name: '华东电力 CRM',
        amount: '100000.00',
      });
      expect(created).toMatchObject({
        pipeline: pipeline.id,
        stage: pipeline.stage('初步接洽'),
        probability: 75,
        status: 'open',
        closedAt: null,
        ownerId: org.ids.wang,
      });
      expect(Date.parse(String(created.stageEnteredAt))).toBeGreaterThan(Date.now() - 60_000);
      const history = await historyOf(created.id);
      expect(history).toEqual([
        expect.objectContaining({
          from_stage_id: null,
          to_stage_id: pipeline.stage('初步接洽'),
          pipeline_id: pipeline.id,
          actor_user_id: org.ids.wang,
          owner_id: org.ids.wang,
          amount: 10_000_000,
          seconds_in_from_stage: null,
        }),
      ]);
    });

    it('takes a given stage, and its pipeline from it', async () => {
      const created = await createOpportunity(t, org.cookies.wang, {
        name: '鼎盛制造 ERP',
        stage: pipeline.stage('方案呈现'),
      });
      expect(created).toMatchObject({
        pipeline: pipeline.id,
        stage: pipeline.stage('方案呈现'),
        probability: 50,
      });
      const renewal = await createOpportunity(t, org.cookies.wang, { name: '续费', pipeline: other.id });
      expect(renewal).toMatchObject({ pipeline: other.id, stage: other.stages[0]!.id, probability: 80 });
    });

    it('gives defaults to an opportunity created by a business action without pipeline or stage', async () => {
      const viewer = (await loadViewer(t.database.db, org.ids.li, null, null))!;
      const context = await systemRecordContext(t.database, 'opportunity', viewer, t.database.db);
      const created = await inRecordTransaction(t.database, (trx) =>
        createRecordIn(trx, context, { name: '线索转化的商机', amount: '8800.00' }),
      );
      expect(created).toMatchObject({
        pipeline: pipeline.id,
        stage: pipeline.stage('初步接洽'),
        status: 'open',
      });
      expect(await historyOf(created.id)).toHaveLength(1);
    });

    it('appends every stage change to the history — not other edits — and keeps status, probability and closedAt', async () => {
      let record = await createOpportunity(t, org.cookies.wang, { name: '云帆物流', amount: '200000.00' });
      const move = async (values: Record<string, unknown>, cookie = org.cookies.wang) => {
        const res = await patchOpportunity(t, cookie, record, values);
        expect(res.statusCode, res.body).toBe(200);
        record = res.json();
        return record;
      };
      await move({ amount: '250000.00', nextStep: '约技术交流' });
      expect(await historyOf(record.id)).toHaveLength(1);

      await move({ stage: pipeline.stage('方案呈现') });
      expect(record).toMatchObject({ probability: 50, status: 'open', closedAt: null });
      await move({ stage: pipeline.stage('赢单成交') });
      expect(record).toMatchObject({ probability: 100, status: 'won' });
      const wonAt = record.closedAt as string;
      expect(wonAt).toEqual(expect.any(String));
      await move({ stage: pipeline.stage('商务谈判') });
      expect(record).toMatchObject({ probability: 60, status: 'open', closedAt: null });
      await move({ stage: pipeline.stage('输单'), lossReason: 'competitor' });
      expect(record).toMatchObject({ probability: 0, status: 'lost', lossReason: 'competitor' });
      expect(record.closedAt).toEqual(expect.any(String));
      await move({ stage: pipeline.stage('初步接洽') });
      expect(record).toMatchObject({ status: 'open', closedAt: null, lossReason: null });

      const history = await historyOf(record.id);
      expect(history.map((row) => [row.from_stage_id, row.to_stage_id])).toEqual([
        [null, pipeline.stage('初步接洽')],
        [pipeline.stage('初步接洽'), pipeline.stage('方案呈现')],
        [pipeline.stage('方案呈现'), pipeline.stage('赢单成交')],
        [pipeline.stage('赢单成交'), pipeline.stage('商务谈判')],
        [pipeline.stage('商务谈判'), pipeline.stage('输单')],
        [pipeline.stage('输单'), pipeline.stage('初步接洽')],
      ]);
      expect(
        history.slice(1).every((row) => row.amount === 25_000_000 && row.seconds_in_from_stage !== null),
      ).toBe(true);
      const api = await t.call(
        org.cookies.wang,
        'GET',
        `/opportunities/${record.id}/stage-history`,
        undefined,
        'zh-CN',
      );
      expect(api.statusCode, api.body).toBe(200);
      expect(api.json().items[1]).toMatchObject({
        fromStage: { name: '初步接洽' },
        toStage: { name: '方案呈现' },
        actor: { id: org.ids.wang, name: '王芳' },
        amount: '250000.00',
      });
      expect(
        (await t.call(org.cookies.zhao, 'GET', `/opportunities/${record.id}/stage-history`)).statusCode,
      ).toBe(404);
    });

    it('dates a deal closed without an expected close date the day it closed, and keeps a given one', async () => {
      const undated = await createOpportunity(t, org.cookies.wang, {
        name: '港联物流 TMS',
        amount: '80000.00',
      });
      const won = await patchOpportunity(t, org.cookies.wang, undated, { stage: pipeline.stage('赢单成交') });
      expect(won.statusCode, won.body).toBe(200);
      // The company's day (Asia/Shanghai by default), not the server's.
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
      expect(won.json()).toMatchObject({ status: 'won', closeDate: today });

      const dated = await createOpportunity(t, org.cookies.wang, {
        name: '港联物流 WMS',
        amount: '60000.00',
        closeDate: '2031-03-31',
      });
      const lost = await patchOpportunity(t, org.cookies.wang, dated, {
        stage: pipeline.stage('输单'),
        lossReason: 'competitor',
      });
      expect(lost.json()).toMatchObject({ status: 'lost', closeDate: '2031-03-31' });
    });

    it('moves an opportunity to another pipeline’s first open stage when only the pipeline changes', async () => {
      const record = await createOpportunity(t, org.cookies.wang, {
        name: '恒通金融',
        stage: pipeline.stage('商务谈判'),
      });
      const res = await patchOpportunity(t, org.cookies.wang, record, { pipeline: other.id });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ pipeline: other.id, stage: other.stages[0]!.id, probability: 80 });
      const last = (await historyOf(record.id)).at(-1);
      expect(last).toMatchObject({
        from_stage_id: pipeline.stage('商务谈判'),
        to_stage_id: other.stages[0]!.id,
        pipeline_id: other.id,
      });
    });

    it('refuses bad stages with a 422 and changes nothing', async () => {
      const record = await createOpportunity(t, org.cookies.wang, { name: '星河零售', amount: '50000.00' });
      const counts = async () => ({
        opportunities: await t.rowCount('obj_opportunity'),
        history: await t.rowCount('opportunity_stage_history'),
        flow: await t.database.db
          .selectFrom('opportunity_stage_flow')
          .select((eb) => eb.fn.sum<number>('moves').as('n'))
          .executeTakeFirstOrThrow(),
      });
      const before = await counts();
      const cases: Array<[Record<string, unknown>, string, string]> = [
        [{ stage: other.stages[0]!.id }, 'stage', 'opportunity.stage_not_in_pipeline'],
        [{ pipeline: pipeline.id, stage: other.stages[0]!.id }, 'stage', 'opportunity.stage_not_in_pipeline'],
        [{ stage: pipeline.stage('输单') }, 'lossReason', 'opportunity.loss_reason_required'],
        [{ stage: null }, 'stage', 'opportunity.stage_required'],
        [{ pipeline: null }, 'pipeline', 'opportunity.pipeline_required'],
      ];
      for (const [values, field, code] of cases) {
        const res = await patchOpportunity(t, org.cookies.wang, record, values);
        expect(res.statusCode, JSON.stringify(values)).toBe(422);
        expect(res.json().errors, JSON.stringify(values)).toEqual([expect.objectContaining({ field, code })]);
      }
      const zh = await t.call(
        org.cookies.wang,
        'POST',
        '/objects/opportunity/records',
        { name: 'x', stage: pipeline.stage('输单') },
        'zh-CN',
      );
      expect(zh.statusCode).toBe(422);
      expect(zh.json().errors[0].message).toBe('输单需要填写输单原因');
      const unknown = await t.call(org.cookies.wang, 'POST', '/objects/opportunity/records', {
        name: 'x',
        stage: 999_999,
      });
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json().errors[0]).toMatchObject({ field: 'stage' });
      const mismatched = await t.call(org.cookies.wang, 'POST', '/objects/opportunity/records', {
        name: 'x',
        pipeline: other.id,
        stage: pipeline.stage('方案呈现'),
      });
      expect(mismatched.statusCode).toBe(422);
      for (const managed of [
        { probability: 10 },
        { status: 'won' },
        { stageEnteredAt: new Date().toISOString() },
      ]) {
        expect((await patchOpportunity(t, org.cookies.wang, record, managed)).statusCode).toBe(400);
      }
      expect(await counts()).toEqual(before);
      expect(await read(record.id)).toMatchObject({
        version: 1,
        stage: pipeline.stage('初步接洽'),
        status: 'open',
      });
    });

    it('keeps a lost opportunity’s loss reason required', async () => {
      let record = await createOpportunity(t, org.cookies.wang, {
        name: '博雅教育',
        stage: pipeline.stage('输单'),
        lossReason: 'budget',
      });
      expect(record).toMatchObject({ status: 'lost', probability: 0 });
      const cleared = await patchOpportunity(t, org.cookies.wang, record, { lossReason: null });
      expect(cleared.statusCode).toBe(422);
      const otherLost = await patchOpportunity(t, org.cookies.wang, record, { lossNote: '预算冻结到明年' });
      expect(otherLost.statusCode).toBe(200);
      record = otherLost.json();
      expect(record.closedAt).toEqual(expect.any(String));
    });
  });
}

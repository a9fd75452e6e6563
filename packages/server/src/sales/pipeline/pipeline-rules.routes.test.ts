import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import {
  createOpportunity,
  defaultPipeline,
  insertSalesOrg,
  patchOpportunity,
  type SalesOrg,
} from '../sales-test-fixtures.ts';

type Stage = {
  id: number;
  version: number;
  name: string;
  kind: string;
  position: number;
  probability: number | null;
};

for (const dialect of DIALECTS) {
  describe(`pipeline and stage rules (${dialect})`, () => {
    let t: TestApp;
    let org: SalesOrg;
    let pipeline: Awaited<ReturnType<typeof defaultPipeline>>;
    const admin = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
      t.call(t.adminCookie, method, url, payload);
    const stagesOf = async (id: number): Promise<Stage[]> =>
      (await admin('GET', `/pipelines/${id}/stages`)).json().items;
    const snapshot = async () => ({
      stages: await t.database.db
        .selectFrom('obj_pipeline_stage' as never)
        .select(['id', 'version', 'position', 'kind', 'deleted_at'] as never)
        .orderBy('id' as never)
        .execute(),
      pipelines: await t.database.db
        .selectFrom('obj_pipeline' as never)
        .select(['id', 'version', 'is_default', 'deleted_at'] as never)
        .orderBy('id' as never)
        .execute(),
    });
    const newPipeline = async (name: string, isDefault = false) => {
      const res = await admin('POST', '/pipelines', {
        name,
        isDefault,
        stages: [
          {
            name: '需求确认',
            kind: 'open',
            probability: 30,
            targetConversion: 60,
            expectedDaysMin: 2,
            expectedDaysMax: 4,
          },
          { name: '报价', kind: 'open', probability: 70, targetConversion: 70 },
          { name: '成交', kind: 'won' },
          { name: '失败', kind: 'lost' },
        ],
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: number; version: number; stages: Stage[] };
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      org = await insertSalesOrg(t);
      pipeline = await defaultPipeline(t);
    });
    afterAll(async () => t?.close());

    it('lets everyone read pipelines and only admins change them', async () => {
      const list = await t.call(org.cookies.wang, 'GET', '/pipelines');
      expect(list.statusCode).toBe(200);
      expect(list.json().items[0].stages).toHaveLength(6);
      const stages = await stagesOf(pipeline.id);
      const put = await t.call(org.cookies.manager, 'PUT', `/pipelines/${pipeline.id}/stages`, { stages });
      expect(put.statusCode).toBe(403);
      const post = await t.call(org.cookies.wang, 'POST', '/pipelines', { name: 'x', stages: [] });
      expect(post.statusCode).toBe(403);
      const patch = await t.call(
        org.cookies.manager,
        'PATCH',
        `/objects/pipelineStage/records/${stages[0]!.id}`,
        {
          version: stages[0]!.version,
          probability: 10,
        },
      );
      expect(patch.statusCode).toBe(403);
      expect((await admin('GET', '/pipelines/999999')).statusCode).toBe(404);
    });

    it('creates a pipeline with its stages, and refuses a stage list without won, lost or open stages', async () => {
      const created = await newPipeline('渠道项目');
      expect(created.stages.map((s) => [s.position, s.name, s.kind, s.probability])).toEqual([
        [1, '需求确认', 'open', 30],
        [2, '报价', 'open', 70],
        [3, '成交', 'won', 100],
        [4, '失败', 'lost', 0],
      ]);
      const before = await snapshot();
      for (const [stages, code] of [
        [
          [
            { name: 'a', kind: 'open', probability: 10 },
            { name: 'b', kind: 'won' },
            { name: 'c', kind: 'won' },
          ],
          'pipelineStage.second_won',
        ],
        [
          [
            { name: 'a', kind: 'open', probability: 10 },
            { name: 'b', kind: 'open', probability: 10 },
            { name: 'c', kind: 'won' },
          ],
          'pipelineStage.lost_required',
        ],
        [
          [
            { name: 'a', kind: 'lost' },
            { name: 'b', kind: 'won' },
            { name: 'c', kind: 'lost' },
          ],
          'pipelineStage.open_required',
        ],
      ] as const) {
        const res = await admin('POST', '/pipelines', { name: '错误', stages });
        expect(res.statusCode, res.body).toBe(422);
        expect(res.json().errors.map((e: { code: string }) => e.code)).toContain(code);
      }
      const noProbability = await admin('POST', '/pipelines', {
        name: '错误',
        stages: [
          { name: 'a', kind: 'open' },
          { name: 'b', kind: 'won' },
          { name: 'c', kind: 'lost' },
        ],
      });
      expect(noProbability.statusCode).toBe(422);
      expect(noProbability.json().errors[0]).toMatchObject({
        field: 'probability',
        code: 'pipelineStage.probability_required',
      });
      const malformed = await admin('POST', '/pipelines', {
        name: '',
        stages: [{ name: 'a', kind: 'maybe' }],
      });
      expect(malformed.statusCode).toBe(400);
      expect(await snapshot()).toEqual(before);
    });

    it('saves a whole stage list: reorder, edit, add, remove', async () => {
      const created = await newPipeline('大客户项目');
      const [need, quote, won, lost] = created.stages as [Stage, Stage, Stage, Stage];
      const res = await admin('PUT', `/pipelines/${created.id}/stages`, {
        stages: [
          {
            id: quote.id,
            version: quote.version,
            name: '报价与方案',
            kind: 'open',
            probability: 40,
            targetConversion: 50,
          },
          {
            name: '招投标',
            kind: 'open',
            probability: 65,
            targetConversion: 55,
            expectedDaysMin: 10,
            expectedDaysMax: 20,
          },
          { id: won.id, version: won.version, name: '成交', kind: 'won' },
          { id: lost.id, version: lost.version, name: '失败', kind: 'lost' },
          { name: '放弃', kind: 'lost' },
        ],
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().items.map((s: Stage) => [s.position, s.name, s.kind, s.probability])).toEqual([
        [1, '报价与方案', 'open', 40],
        [2, '招投标', 'open', 65],
        [3, '成交', 'won', 100],
        [4, '失败', 'lost', 0],
        [5, '放弃', 'lost', 0],
      ]);
      const removed = await admin('GET', `/objects/pipelineStage/records/${need.id}`);
      expect(removed.statusCode).toBe(404);
      const history = await admin('GET', `/objects/pipelineStage/records/${quote.id}/history`);
      expect(history.json().items.map((h: { field: string }) => h.field)).toEqual(
        expect.arrayContaining(['name', 'position', 'probability']),
      );
    });

    it('refuses removing a used stage, a stale version, a foreign stage — and changes nothing', async () => {
      const created = await newPipeline('设备项目');
      const [need, quote, won, lost] = created.stages as [Stage, Stage, Stage, Stage];
      await createOpportunity(t, org.cookies.wang, { name: '设备采购', pipeline: created.id });
      const before = await snapshot();
      const keep = (stage: Stage) => ({
        id: stage.id,
        version: stage.version,
        name: stage.name,
        kind: stage.kind,
        probability: stage.probability,
      });
      const used = await admin('PUT', `/pipelines/${created.id}/stages`, {
        stages: [keep(quote), keep(won), keep(lost)],
      });
      expect(used.statusCode, used.body).toBe(409);
      expect(used.json()).toMatchObject({
        code: 'pipelineStage.in_use',
        detail:
          'Stage "需求确认" is used by opportunities (including those in the recycle bin); it cannot be deleted or change its kind',
      });
      const kindChange = await admin('PUT', `/pipelines/${created.id}/stages`, {
        stages: [{ ...keep(need), kind: 'lost' }, keep(quote), keep(won), keep(lost)],
      });
      expect(kindChange.statusCode).toBe(409);
      const stale = await admin('PUT', `/pipelines/${created.id}/stages`, {
        stages: [{ ...keep(need), version: need.version + 5 }, keep(quote), keep(won), keep(lost)],
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().code).toBe('common.stale_version');
      const foreign = await admin('PUT', `/pipelines/${created.id}/stages`, {
        stages: [
          keep(need),
          keep(quote),
          keep(won),
          keep(lost),
          { id: pipeline.stage('方案呈现'), version: 1, name: 'x', kind: 'open', probability: 5 },
        ],
      });
      expect(foreign.statusCode).toBe(422);
      expect(foreign.json().errors[0]).toMatchObject({
        field: 'stages.4.id',
        code: 'pipelineStage.not_in_pipeline',
      });
      const noVersion = await admin('PUT', `/pipelines/${created.id}/stages`, {
        stages: [
          { id: need.id, name: 'x', kind: 'open', probability: 5 },
          keep(quote),
          keep(won),
          keep(lost),
        ],
      });
      expect(noVersion.statusCode).toBe(400);
      expect(await snapshot()).toEqual(before);
    });

    it('keeps the stage rules through the records API too', async () => {
      const created = await newPipeline('记录接口');
      const [need, , won, lost] = created.stages as [Stage, Stage, Stage, Stage];
      const before = await snapshot();
      const create = (values: Record<string, unknown>) =>
        admin('POST', '/objects/pipelineStage/records', { pipeline: created.id, ...values });
      const expect422 = async (res: Awaited<ReturnType<typeof admin>>, field: string, code: string) => {
        expect(res.statusCode, res.body).toBe(422);
        expect(res.json().errors).toEqual([expect.objectContaining({ field, code })]);
      };
      await expect422(
        await create({ name: '二次赢单', kind: 'won', position: 9 }),
        'kind',
        'pipelineStage.second_won',
      );
      await expect422(
        await create({ name: '重复', kind: 'open', position: 1, probability: 5 }),
        'position',
        'pipelineStage.position_taken',
      );
      await expect422(
        await create({
          name: '倒置',
          kind: 'open',
          position: 8,
          probability: 5,
          expectedDaysMin: 9,
          expectedDaysMax: 3,
        }),
        'expectedDaysMin',
        'pipelineStage.days_inverted',
      );
      const patch = (stage: Stage, values: Record<string, unknown>) =>
        admin('PATCH', `/objects/pipelineStage/records/${stage.id}`, { version: stage.version, ...values });
      await expect422(
        await patch(need, { pipeline: pipeline.id }),
        'pipeline',
        'pipelineStage.pipeline_fixed',
      );
      await expect422(
        await patch(won, { kind: 'open', probability: 50 }),
        'kind',
        'pipelineStage.won_required',
      );
      await expect422(
        await patch(lost, { kind: 'open', probability: 50 }),
        'kind',
        'pipelineStage.lost_required',
      );
      const deleteWon = await admin('DELETE', `/objects/pipelineStage/records/${won.id}`);
      expect(deleteWon.statusCode).toBe(409);
      expect(deleteWon.json().code).toBe('pipelineStage.won_required');
      expect(await snapshot()).toEqual(before);

      const added = await create({ name: '补充', kind: 'open', position: 7, probability: 20 });
      expect(added.statusCode, added.body).toBe(201);
      expect((await admin('DELETE', `/objects/pipelineStage/records/${added.json().id}`)).statusCode).toBe(
        204,
      );
    });

    it('refuses deleting a stage or pipeline that opportunities use, even from the recycle bin', async () => {
      const created = await newPipeline('回收站');
      const record = await createOpportunity(t, org.cookies.wang, {
        name: '回收站商机',
        pipeline: created.id,
      });
      expect(
        (await t.call(org.cookies.wang, 'DELETE', `/objects/opportunity/records/${record.id}`)).statusCode,
      ).toBe(403);
      expect((await admin('DELETE', `/objects/opportunity/records/${record.id}`)).statusCode).toBe(204);
      const before = await snapshot();
      const stage = await admin('DELETE', `/objects/pipelineStage/records/${created.stages[0]!.id}`);
      expect(stage.statusCode).toBe(409);
      expect(stage.json().code).toBe('pipelineStage.in_use');
      const used = await admin('DELETE', `/objects/pipeline/records/${created.id}`);
      expect(used.statusCode).toBe(409);
      expect(used.json()).toMatchObject({ code: 'pipeline.in_use' });
      const zh = await t.call(
        t.adminCookie,
        'DELETE',
        `/objects/pipeline/records/${created.id}`,
        undefined,
        'zh-CN',
      );
      expect(zh.json().detail).toBe('销售流程「回收站」仍有商机使用（含回收站中的商机），不能删除');
      expect(await snapshot()).toEqual(before);
    });

    it('deletes an unused pipeline with its stages', async () => {
      const created = await newPipeline('临时流程');
      expect((await admin('DELETE', `/objects/pipeline/records/${created.id}`)).statusCode).toBe(204);
      const left = await t.database.db
        .selectFrom('obj_pipeline_stage' as never)
        .select('id' as never)
        .where('pipeline_id' as never, '=', created.id as never)
        .where('deleted_at' as never, 'is', null as never)
        .execute();
      expect(left).toEqual([]);
      expect((await admin('GET', '/pipelines')).json().items.map((p: { id: number }) => p.id)).not.toContain(
        created.id,
      );
      const restoreStage = await admin(
        'POST',
        `/objects/pipelineStage/records/${created.stages[0]!.id}/restore`,
      );
      expect(restoreStage.statusCode).toBe(409);
      expect(restoreStage.json().code).toBe('pipelineStage.pipeline_deleted');
    });

    it('keeps exactly one default pipeline', async () => {
      const current = (await admin('GET', `/objects/pipeline/records/${pipeline.id}`)).json();
      const unmark = await admin('PATCH', `/objects/pipeline/records/${pipeline.id}`, {
        version: current.version,
        isDefault: false,
      });
      expect(unmark.statusCode).toBe(422);
      expect(unmark.json().errors[0]).toMatchObject({
        field: 'isDefault',
        code: 'pipeline.default_required',
      });
      const deactivate = await admin('PATCH', `/objects/pipeline/records/${pipeline.id}`, {
        version: current.version,
        active: false,
      });
      expect(deactivate.statusCode).toBe(422);
      const remove = await admin('DELETE', `/objects/pipeline/records/${pipeline.id}`);
      expect(remove.statusCode).toBe(409);
      expect(remove.json().code).toBe('pipeline.default_not_deletable');

      const next = await newPipeline('新默认', true);
      const list = (await admin('GET', '/pipelines')).json().items as Array<{
        id: number;
        isDefault: boolean;
      }>;
      expect(list.filter((p) => p.isDefault).map((p) => p.id)).toEqual([next.id]);
      expect(list[0]!.id).toBe(next.id);
      const record = await createOpportunity(t, org.cookies.li, { name: '默认流程变了' });
      expect(record.pipeline).toBe(next.id);

      const back = (await admin('GET', `/objects/pipeline/records/${pipeline.id}`)).json();
      const mark = await admin('PATCH', `/objects/pipeline/records/${pipeline.id}`, {
        version: back.version,
        isDefault: true,
      });
      expect(mark.statusCode, mark.body).toBe(200);
      const after = (await admin('GET', '/pipelines')).json().items as Array<{
        id: number;
        isDefault: boolean;
      }>;
      expect(after.filter((p) => p.isDefault).map((p) => p.id)).toEqual([pipeline.id]);
    });

    it('moves the open opportunities of a stage to its new probability', async () => {
      const record = await createOpportunity(t, org.cookies.wang, {
        name: '赢率跟随',
        stage: pipeline.stage('商务谈判'),
      });
      const stage = (await stagesOf(pipeline.id)).find((s) => s.name === '商务谈判')!;
      const res = await admin('PATCH', `/objects/pipelineStage/records/${stage.id}`, {
        version: stage.version,
        probability: 65,
      });
      expect(res.statusCode, res.body).toBe(200);
      const after = (await admin('GET', `/objects/opportunity/records/${record.id}`)).json();
      expect(after).toMatchObject({ probability: 65, version: record.version + 1 });
      const stale = await patchOpportunity(t, org.cookies.wang, record, { nextStep: '旧版本' });
      expect(stale.statusCode).toBe(409);
    });

    it('refuses opportunities in an inactive pipeline', async () => {
      const created = await newPipeline('停用流程');
      const current = (await admin('GET', `/objects/pipeline/records/${created.id}`)).json();
      expect(
        (
          await admin('PATCH', `/objects/pipeline/records/${created.id}`, {
            version: current.version,
            active: false,
          })
        ).statusCode,
      ).toBe(200);
      const res = await t.call(org.cookies.wang, 'POST', '/objects/opportunity/records', {
        name: '停用',
        pipeline: created.id,
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().errors[0]).toMatchObject({
        field: 'pipeline',
        code: 'opportunity.pipeline_inactive',
      });
    });
  });
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { createOpportunity, defaultPipeline, insertSalesOrg, type SalesOrg } from '../sales-test-fixtures.ts';
import { rebuildOpenTotals } from './open-stage-totals.repository.ts';

interface Column {
  stage: { name: string };
  count: number;
  amount: string;
}

/** Always true, so the board counts the opportunities themselves instead of reading the open totals. */
const COUNTED = encodeURIComponent(
  JSON.stringify({
    or: [
      { field: 'name', op: 'isEmpty' },
      { field: 'name', op: 'isNotEmpty' },
    ],
  }),
);

for (const dialect of DIALECTS) {
  describe(`kanban open totals (${dialect})`, () => {
    let t: TestApp;
    let org: SalesOrg;
    let pipeline: Awaited<ReturnType<typeof defaultPipeline>>;

    const totals = async (cookie: string, query = '') => {
      const res = await t.call(cookie, 'GET', `/pipelines/${pipeline.id}/board?limit=1${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return Object.fromEntries(
        (res.json().columns as Column[]).map((c) => [c.stage.name, `${c.count} · ${c.amount}`]),
      );
    };
    /** The kept totals equal the counted ones, for the admin, a manager and each rep. */
    const expectInStep = async () => {
      for (const cookie of [t.adminCookie, org.cookies.manager, org.cookies.wang, org.cookies.zhao]) {
        expect(await totals(cookie)).toEqual(await totals(cookie, `&filter=${COUNTED}`));
      }
    };
    const patch = async (id: number, values: Record<string, unknown>) => {
      const current = await t.call(t.adminCookie, 'GET', `/objects/opportunity/records/${id}`);
      const res = await t.call(t.adminCookie, 'PATCH', `/objects/opportunity/records/${id}`, {
        version: current.json().version,
        ...values,
      });
      expect(res.statusCode, res.body).toBe(200);
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      org = await insertSalesOrg(t);
      pipeline = await defaultPipeline(t);
    });
    afterAll(async () => t?.close());

    it('follows creates, moves, amounts, owners, wins, deletes and restores', async () => {
      const a = await createOpportunity(t, org.cookies.wang, { name: '甲', amount: '100000.00' });
      const b = await createOpportunity(t, org.cookies.wang, {
        name: '乙',
        amount: '2500.50',
        stage: pipeline.stage('方案呈现'),
      });
      const c = await createOpportunity(t, org.cookies.zhao, { name: '丙' });
      expect(await totals(t.adminCookie)).toMatchObject({
        初步接洽: '2 · 100000.00',
        方案呈现: '1 · 2500.50',
      });
      expect(await totals(org.cookies.zhao)).toMatchObject({ 初步接洽: '1 · 0.00', 方案呈现: '0 · 0.00' });
      await expectInStep();

      await patch(a.id, { stage: pipeline.stage('商务谈判') });
      await patch(b.id, { amount: '3000.00' });
      await patch(c.id, { ownerId: org.ids.li, amount: '8000.00' });
      expect(await totals(org.cookies.manager)).toMatchObject({
        初步接洽: '1 · 8000.00',
        方案呈现: '1 · 3000.00',
        商务谈判: '1 · 100000.00',
      });
      await expectInStep();

      await patch(a.id, { stage: pipeline.stage('赢单成交') });
      await patch(b.id, { stage: pipeline.stage('输单'), lossReason: 'price' });
      expect(await totals(org.cookies.wang)).toMatchObject({ 方案呈现: '0 · 0.00', 商务谈判: '0 · 0.00' });
      await patch(b.id, { stage: pipeline.stage('初步接洽') });
      await expectInStep();

      expect((await t.call(t.adminCookie, 'DELETE', `/objects/opportunity/records/${c.id}`)).statusCode).toBe(
        204,
      );
      expect(await totals(t.adminCookie)).toMatchObject({ 初步接洽: '1 · 3000.00' });
      const restored = await t.call(t.adminCookie, 'POST', `/objects/opportunity/records/${c.id}/restore`);
      expect(restored.statusCode, restored.body).toBe(200);
      expect(await totals(t.adminCookie)).toMatchObject({ 初步接洽: '2 · 11000.00' });
      await expectInStep();
    });

    it('moves with a handover and comes back whole from a rebuild', async () => {
      const res = await t.call(t.adminCookie, 'POST', '/handovers', {
        fromUserId: org.ids.wang,
        toUserId: org.ids.zhao,
        includeClosed: false,
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(await totals(org.cookies.wang)).toMatchObject({ 初步接洽: '0 · 0.00' });
      await expectInStep();

      const before = await totals(t.adminCookie);
      await t.database.db.deleteFrom('opportunity_open_totals').execute();
      expect(await totals(t.adminCookie)).toMatchObject({ 初步接洽: '0 · 0.00' });
      await t.database.db.transaction().execute((trx) => rebuildOpenTotals(trx));
      expect(await totals(t.adminCookie)).toEqual(before);
      await expectInStep();
    });
  });
}

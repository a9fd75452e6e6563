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

interface Column {
  stage: { id: number; name: string };
  count: number;
  amount: string;
  cards: Array<Record<string, unknown>>;
  nextCursor: string | null;
}

for (const dialect of DIALECTS) {
  describe(`opportunity kanban (${dialect})`, () => {
    let t: TestApp;
    let org: SalesOrg;
    let pipeline: Awaited<ReturnType<typeof defaultPipeline>>;
    const names: Record<string, number> = {};

    const board = async (cookie: string, query = '') => {
      const res = await t.call(cookie, 'GET', `/pipelines/${pipeline.id}/board${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { columns: Column[]; closedStages: Array<{ name: string; kind: string }> };
    };
    const column = (columns: Column[], name: string) => columns.find((c) => c.stage.name === name)!;
    const cardNames = (columns: Column[]) =>
      columns.flatMap((c) => c.cards.map((card) => String(card.name))).sort();

    beforeAll(async () => {
      t = await createTestApp(dialect);
      org = await insertSalesOrg(t);
      pipeline = await defaultPipeline(t);
      const account = await t.call(org.cookies.wang, 'POST', '/objects/account/records', {
        name: '上海华东电力有限公司',
      });
      expect(account.statusCode, account.body).toBe(201);
      const seed: Array<[string, keyof SalesOrg['cookies'], string, string, Record<string, unknown>?]> = [
        [
          '王-电力一期',
          'wang',
          '初步接洽',
          '100000.00',
          { account: account.json().id, closeDate: '2026-12-20' },
        ],
        ['王-电力二期', 'wang', '初步接洽', '50000.50'],
        ['王-方案', 'wang', '方案呈现', '300000.00'],
        ['李-接洽', 'li', '初步接洽', '70000.00'],
        ['赵-谈判', 'zhao', '商务谈判', '900000.00'],
        ['王-输单', 'wang', '输单', '40000.00', { lossReason: 'price' }],
        ['王-赢单', 'wang', '赢单成交', '60000.00'],
      ];
      for (const [name, who, stage, amount, extra] of seed) {
        const record = await createOpportunity(t, org.cookies[who], {
          name,
          amount,
          stage: pipeline.stage(stage),
          ...extra,
        });
        names[name] = record.id;
      }
    });
    afterAll(async () => t?.close());

    it('shows the open stages of a pipeline with count, amount and cards, won and lost as drop targets', async () => {
      const { columns, closedStages } = await board(t.adminCookie);
      expect(columns.map((c) => [c.stage.name, c.count, c.amount])).toEqual([
        ['初步接洽', 3, '220000.50'],
        ['方案呈现', 1, '300000.00'],
        ['商务谈判', 1, '900000.00'],
        ['合同审批', 0, '0.00'],
      ]);
      expect(closedStages.map((s) => [s.name, s.kind])).toEqual([
        ['赢单成交', 'won'],
        ['输单', 'lost'],
      ]);
      const first = column(columns, '初步接洽');
      expect(first.cards.map((card) => card.name)).toEqual(['王-电力一期', '李-接洽', '王-电力二期']);
      expect(first.cards[0]).toMatchObject({
        id: names['王-电力一期'],
        version: 1,
        amount: '100000.00',
        closeDate: '2026-12-20',
        'account.name': '上海华东电力有限公司',
        'owner.name': '王芳',
        stage: pipeline.stage('初步接洽'),
      });
    });

    it('shows a rep only their own opportunities, a manager their department tree', async () => {
      const wang = await board(org.cookies.wang);
      expect(cardNames(wang.columns)).toEqual(['王-方案', '王-电力一期', '王-电力二期']);
      expect(column(wang.columns, '初步接洽')).toMatchObject({ count: 2, amount: '150000.50' });
      expect(column(wang.columns, '商务谈判')).toMatchObject({ count: 0, amount: '0.00', cards: [] });

      const zhao = await board(org.cookies.zhao);
      expect(cardNames(zhao.columns)).toEqual(['赵-谈判']);
      expect(zhao.columns.reduce((n, c) => n + c.count, 0)).toBe(1);

      const manager = await board(org.cookies.manager);
      expect(cardNames(manager.columns)).toEqual(['李-接洽', '王-方案', '王-电力一期', '王-电力二期']);
      expect(column(manager.columns, '商务谈判').count).toBe(0);
    });

    it('honours the list’s search and filter', async () => {
      const searched = await board(t.adminCookie, `?q=${encodeURIComponent('电力')}`);
      expect(cardNames(searched.columns)).toEqual(['王-电力一期', '王-电力二期']);
      expect(column(searched.columns, '初步接洽')).toMatchObject({ count: 2, amount: '150000.50' });
      const filter = encodeURIComponent(JSON.stringify({ field: 'amount', op: 'gte', value: 100000 }));
      const filtered = await board(t.adminCookie, `?filter=${filter}`);
      expect(cardNames(filtered.columns)).toEqual(['王-方案', '王-电力一期', '赵-谈判']);
      const bad = await t.call(
        t.adminCookie,
        'GET',
        `/pipelines/${pipeline.id}/board?filter=${encodeURIComponent('{"field":"nope","op":"eq","value":1}')}`,
      );
      expect(bad.statusCode).toBe(400);
      expect(bad.json().code).toBe('record.invalid_filter');
    });

    it('pages each column with a keyset cursor', async () => {
      const first = column((await board(t.adminCookie, '?limit=2')).columns, '初步接洽');
      expect(first.cards.map((card) => card.name)).toEqual(['王-电力一期', '李-接洽']);
      expect(first.nextCursor).toEqual(expect.any(String));
      const next = await t.call(
        t.adminCookie,
        'GET',
        `/pipelines/${pipeline.id}/board/stages/${pipeline.stage('初步接洽')}?limit=2&cursor=${first.nextCursor}`,
      );
      expect(next.statusCode, next.body).toBe(200);
      expect(next.json().cards.map((card: { name: string }) => card.name)).toEqual(['王-电力二期']);
      expect(next.json().nextCursor).toBeNull();
      const won = await t.call(
        t.adminCookie,
        'GET',
        `/pipelines/${pipeline.id}/board/stages/${pipeline.stage('赢单成交')}`,
      );
      expect(won.statusCode).toBe(404);
      const badCursor = await t.call(
        t.adminCookie,
        'GET',
        `/pipelines/${pipeline.id}/board/stages/${pipeline.stage('初步接洽')}?cursor=xyz`,
      );
      expect(badCursor.statusCode).toBe(400);
    });

    it('moves a card by patching its stage at its version; a stale version is a 409', async () => {
      const id = names['王-电力二期']!;
      const moved = await patchOpportunity(
        t,
        org.cookies.wang,
        { id, version: 1 },
        { stage: pipeline.stage('方案呈现') },
      );
      expect(moved.statusCode, moved.body).toBe(200);
      const stale = await patchOpportunity(
        t,
        org.cookies.wang,
        { id, version: 1 },
        { stage: pipeline.stage('商务谈判') },
      );
      expect(stale.statusCode).toBe(409);
      const after = await board(org.cookies.wang);
      expect(column(after.columns, '方案呈现').cards.map((card) => card.name)).toEqual([
        '王-方案',
        '王-电力二期',
      ]);
      const foreign = await patchOpportunity(
        t,
        org.cookies.wang,
        { id: names['赵-谈判']!, version: 1 },
        { stage: pipeline.stage('合同审批') },
      );
      expect(foreign.statusCode).toBe(404);
    });

    it('answers 404 for an unknown pipeline and 401 without a session', async () => {
      expect((await t.call(t.adminCookie, 'GET', '/pipelines/999999/board')).statusCode).toBe(404);
      expect(
        (await t.app.inject({ method: 'GET', url: `/api/v1/pipelines/${pipeline.id}/board` })).statusCode,
      ).toBe(401);
      expect((await t.call(t.adminCookie, 'GET', `/pipelines/${pipeline.id}/board?limit=0`)).statusCode).toBe(
        400,
      );
    });
  });
}

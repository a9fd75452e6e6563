import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { loadDemoData } from '../../platform/demo/load-demo-data.ts';
import { SALES_DEMO_STEPS } from '../index.ts';
import { DEMO_ACCOUNTS } from './demo-catalogue.ts';

const DEMO_PASSWORD = 'demo-Password-1';

for (const dialect of DIALECTS) {
  describe(`demo sales data (${dialect})`, () => {
    let t: TestApp;
    let loadMs = 0;
    const as = async (username: string) => {
      const cookie = await t.login(username, DEMO_PASSWORD);
      return (url: string) => t.call(cookie, 'GET', url);
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      const started = performance.now();
      const result = await loadDemoData(t.database, { password: DEMO_PASSWORD, steps: SALES_DEMO_STEPS });
      loadMs = performance.now() - started;
      expect(result.loaded).toBe(true);
    }, 120_000);
    afterAll(async () => {
      await t?.close();
    });

    it('loads in a few seconds', () => {
      console.log(`demo load (${dialect}): ${Math.round(loadMs)} ms`);
      expect(loadMs).toBeLessThan(60_000);
    });

    it('has opportunities in every stage of the default pipeline, each with its stage history', async () => {
      const admin = (url: string) => t.call(t.adminCookie, 'GET', url);
      const pipelines = (await admin('/pipelines')).json().items;
      const pipeline = pipelines.find((p: { isDefault: boolean }) => p.isDefault);
      const db = t.database.db;
      const byStage = await db
        .selectFrom('obj_opportunity' as never)
        .select(['stage_id' as never])
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .groupBy('stage_id' as never)
        .execute();
      const counts = new Map(
        byStage.map((row) => [Number((row as unknown as { stage_id: number }).stage_id), Number(row.n)]),
      );
      for (const stage of pipeline.stages) expect(counts.get(stage.id) ?? 0, stage.name).toBeGreaterThan(0);

      const opportunities = await db
        .selectFrom('obj_opportunity' as never)
        .select(['id' as never])
        .execute();
      const history = await db
        .selectFrom('opportunity_stage_history')
        .select(['opportunity_id', 'from_stage_id', 'to_stage_id', 'at'])
        .orderBy('id')
        .execute();
      const moves = new Map<number, typeof history>();
      for (const row of history)
        moves.set(row.opportunity_id, [...(moves.get(row.opportunity_id) ?? []), row]);
      expect(moves.size).toBe(opportunities.length);
      // Closed deals went through more than their first stage, in the past, at increasing moments.
      const multi = [...moves.values()].filter((rows) => rows.length > 2);
      expect(multi.length).toBeGreaterThan(10);
      for (const rows of moves.values()) {
        const times = rows.map((row) => new Date(row.at).getTime());
        expect([...times].sort((a, b) => a - b)).toEqual(times);
        expect(times.at(-1)!).toBeLessThan(Date.now());
      }
      const oldest = Math.min(...history.map((row) => new Date(row.at).getTime()));
      expect(Date.now() - oldest).toBeGreaterThan(90 * 86_400_000);

      // The funnel reads real flow and time in stage from that history.
      const funnel = (await admin(`/reports/funnel?pipeline=${pipeline.id}`)).json();
      expect(JSON.stringify(funnel)).toMatch(/"averageDays":\d/);
    });

    it('a payment reaches its contract, opportunity, account and lead source through lineage', async () => {
      const db = t.database.db;
      const payments = await db
        .selectFrom('obj_payment' as never)
        .select(['id' as never])
        .execute();
      expect(payments.length).toBeGreaterThan(3);
      let traced = 0;
      for (const payment of payments) {
        const res = await t.call(t.adminCookie, 'GET', `/lineage/payment/${(payment as { id: number }).id}`);
        expect(res.statusCode).toBe(200);
        const steps = res.json().steps as Array<{ object: string; origin: { source: string | null } | null }>;
        const lead = steps.find((step) => step.object === 'lead');
        if (!lead) continue;
        expect(steps.map((step) => step.object)).toEqual(
          expect.arrayContaining(['lead', 'opportunity', 'contract', 'payment']),
        );
        expect(lead.origin?.source).toBeTruthy();
        traced += 1;
      }
      expect(traced).toBeGreaterThan(0);
    });

    it('contracts, quotes, payment statuses, tickets and tasks are all there', async () => {
      const db = t.database.db;
      const statuses = async (table: string, column = 'status') =>
        (
          await db
            .selectFrom(table as never)
            .select([column as never])
            .execute()
        ).map((row) => String((row as Record<string, unknown>)[column]));
      expect(new Set(await statuses('obj_contract'))).toEqual(new Set(['signed', 'pendingApproval']));
      expect(await statuses('obj_quote')).toEqual(expect.arrayContaining(['sent', 'accepted', 'rejected']));
      expect(await statuses('obj_contract', 'payment_status')).toEqual(
        expect.arrayContaining(['partial', 'overdue']),
      );
      expect(await statuses('obj_ticket')).toEqual(
        expect.arrayContaining(['open', 'inProgress', 'resolved']),
      );
      expect(await statuses('obj_lead')).toEqual(
        expect.arrayContaining(['new', 'contacted', 'qualified', 'unqualified', 'converted']),
      );
      const accounts = await statuses('obj_account', 'name');
      expect(accounts.sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.name).sort());
    });

    it('runs the lead engine: pools holding the fair leads, and new leads assigned by region with a task', async () => {
      const admin = (method: string, url: string, body?: unknown) => t.call(t.adminCookie, method, url, body);
      const pools = (await admin('GET', '/lead-pools')).json().items as Array<{
        id: number;
        name: string;
        pooledLeads: number;
        members: unknown[];
      }>;
      expect(pools.map((pool) => pool.name)).toEqual(['华东公海', '华南公海', '公共公海']);
      const shared = pools[2]!;
      expect(shared.pooledLeads).toBe(3);
      expect((await admin('GET', `/lead-pools/${shared.id}/recycle-preview`)).statusCode).toBe(200);
      const [ruleSet] = (await admin('GET', '/lead-assignment/rule-sets')).json().items;
      expect(ruleSet).toMatchObject({ name: '新线索分配', assignOnCreate: true });
      const [form] = (await admin('GET', '/lead-forms')).json().items;
      expect(form).toMatchObject({ ruleSetId: ruleSet.id, active: true });
      expect((await admin('GET', '/email-templates')).json().items).toHaveLength(3);
      const [sequence] = (await admin('GET', '/nurture-sequences')).json().items;
      expect(sequence).toMatchObject({ active: false, enrolPool: { id: shared.id } });

      const users = new Map<string, number>();
      for (const name of ['zhangwei', 'liuyang', 'zhaolei', 'zhouting', 'wubin', 'linxiaoyan']) {
        users.set(name, (await (await as(name))('/me')).json().id);
      }
      const create = async (region: string) =>
        (
          await admin('POST', '/objects/lead/records', { name: '测试', company: `测试公司${region}`, region })
        ).json();
      // 杭州市西湖区 and 上海市浦东新区 are within 华东: the Shanghai and Hangzhou reps take turns.
      const east = [await create('330106'), await create('310115'), await create('320505')];
      const eastReps = ['zhangwei', 'liuyang', 'zhaolei'].map((name) => users.get(name));
      expect(new Set(east.map((lead) => lead.ownerId))).toEqual(new Set(eastReps));
      const south = await create('440305');
      expect(['zhouting', 'wubin', 'linxiaoyan'].map((name) => users.get(name))).toContain(south.ownerId);
      const elsewhere = await create('110108');
      expect(elsewhere.ownerId).toBeNull();
      const tasks = await t.database.db
        .selectFrom('obj_task' as never)
        .select(['lead_id' as never])
        .where('lead_id' as never, 'in', [...east, south].map((lead) => lead.id) as never)
        .execute();
      expect(tasks).toHaveLength(4);
      expect((await admin('GET', `/lead-pools/${shared.id}`)).json().pooledLeads).toBe(4);
    });

    it('a rep sees only their own deals, their manager the team, and every rep has a day to plan', async () => {
      const admin = (url: string) => t.call(t.adminCookie, 'GET', url);
      const pipeline = (await admin('/pipelines'))
        .json()
        .items.find((p: { isDefault: boolean }) => p.isDefault);
      const board = async (get: (url: string) => ReturnType<TestApp['call']>) =>
        (await get(`/pipelines/${pipeline.id}/board?limit=100`)).json() as {
          columns: Array<{ count: number; cards: Array<{ ownerId: number }> }>;
        };
      const zhangwei = await as('zhangwei');
      const chenjing = await as('chenjing');
      const me = (await zhangwei('/me')).json();
      const own = await board(zhangwei);
      const cards = own.columns.flatMap((column) => column.cards);
      expect(cards.length).toBeGreaterThan(0);
      expect(cards.every((card) => card.ownerId === me.id)).toBe(true);
      const team = await board(chenjing);
      const everyone = await board(admin);
      const total = (b: typeof own) => b.columns.reduce((sum, column) => sum + column.count, 0);
      expect(total(own)).toBeLessThan(total(team));
      expect(total(team)).toBeLessThan(total(everyone));

      const other = await t.database.db
        .selectFrom('obj_opportunity' as never)
        .select(['id' as never])
        .where('owner_id' as never, '!=', me.id as never)
        .executeTakeFirstOrThrow();
      const res = await zhangwei(`/objects/opportunity/records/${(other as { id: number }).id}`);
      expect(res.statusCode).toBe(404);

      for (const rep of ['zhangwei', 'liuyang', 'zhaolei', 'zhouting', 'wubin', 'linxiaoyan']) {
        const day = (await (await as(rep))('/my-day')).json();
        expect(day.counts.overdue + day.counts.today, rep).toBeGreaterThan(0);
      }
    });
  });
}

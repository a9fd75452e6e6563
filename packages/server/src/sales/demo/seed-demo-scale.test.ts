import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { seedCommand } from '../../cli/seed.command.ts';
import { loadDemoData, readDemoOrganisation } from '../../platform/demo/load-demo-data.ts';
import { type SeedDemoScaleResult, seedDemoScale } from './seed-demo-scale.ts';

const NOW = new Date('2026-11-30T08:00:00Z');
const SCALE = 400;

async function seeded(dialect: (typeof DIALECTS)[number]) {
  const t = await createTestApp(dialect);
  await loadDemoData(t.database, { password: 'demo-Password-1' });
  const organisation = (await readDemoOrganisation(t.database.db))!;
  const result = await seedDemoScale(t.database, organisation, { scale: SCALE, seed: 3, now: NOW });
  return { t, result };
}

/** What two seeds must agree on: ids, amounts, stages, owners, numbers, statuses. */
async function fingerprint(t: TestApp) {
  const db = t.database.db;
  const rows = (table: string, columns: string[]) =>
    db
      .selectFrom(table as never)
      .select(columns as never[])
      .orderBy('id' as never)
      .execute();
  return {
    opportunities: await rows('obj_opportunity', [
      'id',
      'amount',
      'stage_id',
      'owner_id',
      'account_id',
      'lead_id',
    ]),
    contracts: await rows('obj_contract', ['id', 'number', 'amount', 'received_amount', 'payment_status']),
    payments: await rows('obj_payment', ['id', 'number', 'amount', 'contract_id']),
    history: await rows('opportunity_stage_history', ['id', 'opportunity_id', 'to_stage_id', 'at']),
    leads: await rows('obj_lead', ['id', 'status', 'converted_opportunity_id']),
  };
}

for (const dialect of DIALECTS) {
  describe(`seed --demo --scale (${dialect})`, () => {
    let a: { t: TestApp; result: SeedDemoScaleResult };
    let b: { t: TestApp; result: SeedDemoScaleResult };
    beforeAll(async () => {
      a = await seeded(dialect);
      b = await seeded(dialect);
    }, 120_000);
    afterAll(async () => {
      await a?.t.close();
      await b?.t.close();
    });

    it('writes N opportunities and everything around them in proportion', () => {
      const r = a.result;
      expect(r.opportunities).toBe(SCALE);
      expect(r.accounts).toBeGreaterThanOrEqual(SCALE / 10);
      expect(r.contacts).toBe(r.accounts * 2);
      expect(r.leads).toBe(SCALE / 2);
      expect(r.stageMoves).toBeGreaterThan(SCALE);
      expect(r.quotes).toBeGreaterThan(0);
      expect(r.contracts).toBeGreaterThan(0);
      expect(r.payments).toBeGreaterThan(0);
      expect(r.followUps).toBeGreaterThanOrEqual(SCALE);
    });

    it('is deterministic: the same ids, amounts, stages and numbers twice', async () => {
      expect(b.result).toEqual(a.result);
      expect(await fingerprint(b.t)).toEqual(await fingerprint(a.t));
    });

    it('keeps derived data consistent: stage flow, receivables, counters, lineage', async () => {
      const db = a.t.database.db;
      const flow = await db
        .selectFrom('opportunity_stage_flow')
        .select((eb) => eb.fn.sum<number>('moves').as('moves'))
        .executeTakeFirstOrThrow();
      const moves = await db
        .selectFrom('opportunity_stage_history')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      // The roll-up counts every entry into a stage, creations included.
      expect(Number(flow.moves)).toBe(Number(moves.n));

      const contracts = (await db
        .selectFrom('obj_contract' as never)
        .selectAll()
        .execute()) as Array<Record<string, number | string>>;
      const payments = (await db
        .selectFrom('obj_payment' as never)
        .selectAll()
        .execute()) as Array<Record<string, number>>;
      for (const contract of contracts) {
        const received = payments
          .filter((p) => Number(p.contract_id) === Number(contract.id))
          .reduce((sum, p) => sum + Number(p.amount), 0);
        expect(Number(contract.received_amount)).toBe(received);
        expect(Number(contract.receivable_amount)).toBe(Number(contract.amount) - received);
      }
      expect(new Set(contracts.map((c) => c.payment_status))).toContain('overdue');

      // The next contract made through the API continues the numbering.
      const numbers = contracts.map((c) => String(c.number));
      expect(new Set(numbers).size).toBe(numbers.length);
      const sequences = await db
        .selectFrom('sequences')
        .selectAll()
        .where('key', 'like', 'contract.number%')
        .execute();
      const highest = Math.max(...numbers.map((n) => Number(n.split('-').at(-1))));
      expect(Math.max(...sequences.map((s) => Number(s.value)))).toBe(highest);

      // A payment of a converted lead's opportunity reaches the lead and its source.
      const converted = (await db
        .selectFrom('obj_opportunity' as never)
        .select(['id' as never])
        .where('lead_id' as never, 'is not', null as never)
        .execute()) as Array<{ id: number }>;
      const ids = new Set(converted.map((o) => o.id));
      const contract = contracts.find(
        (c) => ids.has(Number(c.opportunity_id)) && Number(c.received_amount) > 0,
      )!;
      const payment = payments.find((p) => Number(p.contract_id) === Number(contract.id))!;
      const lineage = await a.t.call(a.t.adminCookie, 'GET', `/lineage/payment/${payment.id}`);
      expect(lineage.statusCode).toBe(200);
      const lead = lineage.json().steps.find((s: { object: string }) => s.object === 'lead');
      expect(lead.origin.source).toBeTruthy();

      const keys = await db
        .selectFrom('duplicate_keys')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(keys.n)).toBeGreaterThan(a.result.accounts);
    });
  });
}

describe('seed command arguments', () => {
  it('refuses to run without --demo or with a bad scale', async () => {
    const error = console.error;
    console.error = () => {};
    try {
      expect(await seedCommand.run(['--scale', '10'])).toBe(2);
      expect(await seedCommand.run(['--demo', '--scale', 'many'])).toBe(2);
    } finally {
      console.error = error;
    }
  });
});

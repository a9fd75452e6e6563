import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { insertSalesOrg, type SalesOrg } from '../sales-test-fixtures.ts';
import { generateOpportunities } from './generate-opportunities.ts';

for (const dialect of DIALECTS) {
  describe(`opportunity generator (${dialect})`, () => {
    let t: TestApp;
    let org: SalesOrg;
    const now = new Date('2026-11-30T08:00:00Z');

    beforeAll(async () => {
      t = await createTestApp(dialect);
      org = await insertSalesOrg(t);
    });
    afterAll(async () => t?.close());

    const fingerprint = async () => {
      const rows = await t.database.db
        .selectFrom('obj_opportunity' as never)
        .select(['name', 'owner_id', 'stage_id', 'status', 'amount', 'close_date', 'probability'] as never)
        .orderBy('name' as never)
        .execute();
      return JSON.stringify(rows);
    };

    it('writes the same opportunities for the same seed, their rows agreeing with their history', async () => {
      const owners = [org.ids.wang, org.ids.li, org.ids.zhao];
      const result = await generateOpportunities(t.database, {
        count: 300,
        ownerIds: owners,
        seed: 3,
        now,
        batchSize: 40,
      });
      expect(result.opportunities).toBe(300);
      expect(await t.rowCount('opportunity_stage_history')).toBe(result.moves);
      const first = await fingerprint();
      await t.database.db.deleteFrom('opportunity_stage_history').execute();
      await t.database.db.deleteFrom('obj_opportunity' as never).execute();
      await generateOpportunities(t.database, { count: 300, ownerIds: owners, seed: 3, now, batchSize: 40 });
      expect(await fingerprint()).toBe(first);

      // Each opportunity's last move leads to the stage it is in, and it has exactly one creation.
      const mismatched = await t.database.db
        .selectFrom('obj_opportunity as o' as never)
        .select('o.id' as never)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('opportunity_stage_history as h')
                .select('h.id')
                .whereRef('h.opportunity_id', '=', 'o.id' as never)
                .whereRef('h.to_stage_id', '=', 'o.stage_id' as never)
                .where(({ not: none, exists: any, selectFrom: from }) =>
                  none(
                    any(
                      from('opportunity_stage_history as later')
                        .select('later.id')
                        .whereRef('later.opportunity_id', '=', 'h.opportunity_id')
                        .whereRef('later.id', '>', 'h.id'),
                    ),
                  ),
                ),
            ),
          ),
        )
        .execute();
      expect(mismatched).toEqual([]);
      const creations = await t.database.db
        .selectFrom('opportunity_stage_history')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('from_stage_id', 'is', null)
        .executeTakeFirstOrThrow();
      expect(Number(creations.n)).toBe(300);
      const statuses = await t.database.db
        .selectFrom('obj_opportunity' as never)
        .select('status' as never)
        .groupBy('status' as never)
        .execute();
      expect(statuses.map((row) => (row as { status: string }).status).sort()).toEqual([
        'lost',
        'open',
        'won',
      ]);
    });

    it('feeds the funnel and forecast like opportunities written through the API', async () => {
      const funnel = await t.call(t.adminCookie, 'GET', '/reports/funnel');
      expect(funnel.statusCode, funnel.body).toBe(200);
      const first = funnel.json().stages[0];
      expect(first.advanced + first.lost).toBeGreaterThan(0);
      expect(first.averageDays).toBeGreaterThan(0);
      const rep = await t.call(org.cookies.li, 'GET', '/reports/forecast?from=2026-01&to=2027-06');
      expect(rep.statusCode).toBe(200);
      expect(rep.json().owners.map((o: { owner: { id: number } }) => o.owner.id)).toEqual([org.ids.li]);
    });
  });
}

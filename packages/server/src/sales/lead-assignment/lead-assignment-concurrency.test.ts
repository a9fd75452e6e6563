import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser } from '../../../test/support/org-fixtures.ts';
import {
  ADMIN_PASSWORD,
  createTestApp,
  sessionCookie,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { saveRuleSet } from './lead-assignment-test-kit.ts';

const REPS = 7;
const LEADS = 700;

for (const dialect of DIALECTS) {
  describe(`round-robin under concurrency (${dialect})`, () => {
    let t: TestApp;
    let otherDatabase: Database | null = null;
    let other: FastifyInstance | null = null;
    const instances: Array<{ app: FastifyInstance; cookie: string }> = [];
    const reps: number[] = [];

    beforeAll(async () => {
      t = await createTestApp(dialect);
      instances.push({ app: t.app, cookie: t.adminCookie });
      // PostgreSQL: a second server instance on the same database, as another process would be.
      if (t.database.caps.concurrentWriters) {
        otherDatabase = t.database.reopen();
        const config = loadConfig({}, { seedDemo: false, workerInProcess: false, validateResponses: true });
        other = await buildApp({ config, database: otherDatabase });
        await other.ready();
        const login = await other.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: 'admin', password: ADMIN_PASSWORD },
        });
        instances.push({ app: other, cookie: sessionCookie(login) });
      }
      for (let i = 0; i < REPS; i += 1)
        reps.push(
          await insertUser(t.database.db, { username: `rep${i}`, name: `销售${i + 1}`, roles: ['salesRep'] }),
        );
      await saveRuleSet(t, {
        name: '七人轮询',
        assignOnCreate: true,
        rules: [{ name: '全部', strategy: 'roundRobin', members: reps.map((userId) => ({ userId })) }],
      });
    }, 60_000);
    afterAll(async () => {
      await other?.close();
      await otherDatabase?.close();
      await t?.close();
    });

    it(`gives each of ${REPS} reps exactly ${LEADS / REPS} of ${LEADS} leads created at once, strictly in turn`, async () => {
      const responses = await Promise.all(
        Array.from({ length: LEADS }, (_, i) => {
          const { app, cookie } = instances[i % instances.length]!;
          return app.inject({
            method: 'POST',
            url: '/api/v1/objects/lead/records',
            headers: { cookie },
            payload: { name: `并发线索${i}`, company: `并发公司${i}` },
          });
        }),
      );
      const statuses = responses.map((res) => res.statusCode);
      expect(
        statuses.filter((status) => status !== 201),
        responses.find((res) => res.statusCode !== 201)?.body,
      ).toEqual([]);
      const owners = responses.map((res) => res.json().ownerId as number);
      const perRep = reps.map((rep) => owners.filter((owner) => owner === rep).length);
      expect(perRep).toEqual(reps.map(() => LEADS / REPS));

      // In the order the turns were taken (the log's), the owners cycle through the list without a gap.
      const log = await t.database.db
        .selectFrom('lead_assignment_log')
        .select(['lead_id', 'user_id'])
        .orderBy('id')
        .execute();
      expect(log).toHaveLength(LEADS);
      expect(new Set(log.map((row) => Number(row.lead_id))).size).toBe(LEADS);
      expect(log.map((row) => Number(row.user_id))).toEqual(log.map((_, index) => reps[index % REPS]));
      // Every lead has its follow-up task.
      expect(await t.rowCount('obj_task')).toBe(LEADS);
      const state = await t.database.db
        .selectFrom('lead_rule_state')
        .select('turns')
        .executeTakeFirstOrThrow();
      expect(Number(state.turns)).toBe(LEADS);
    }, 120_000);
  });
}

import {
  COUNTED_RELATIVE_PERIODS,
  type ConditionOperator,
  RELATIVE_DATE_OPERATORS,
  RELATIVE_DATE_PERIODS,
} from '@lodestar/shared';
import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/support/test-database.ts';
import { compileCondition } from './compile-condition.ts';
import type { ConditionFieldType } from './condition-schema.ts';
import {
  type AccountRow,
  accountResolver,
  type ConditionTestTables,
  createConditionTestTables,
  type DealRow,
  dealRecord,
  replaceConditionTestRows,
  testSchema,
} from './condition-test-tables.ts';
import { evaluateCondition } from './evaluate-condition.ts';
import { OPERATORS_BY_FIELD_TYPE } from './field-operators.ts';
import { parseCondition } from './parse-condition.ts';

/**
 * The SQL compiler and the in-memory evaluator agree: on generated accounts, deals and conditions, the ids
 * the database returns are exactly the deals the evaluator accepts.
 */

const DAY_MS = 86_400_000;
const BASE_DAY = Date.UTC(2024, 0, 1);

/** Texts rich in what goes wrong: case, Chinese, LIKE wildcards, the escape character. */
const TEXTS = [
  'Alpha',
  'alpha',
  'ALPHA beta',
  '华东',
  '华东大客户',
  '50%',
  '%',
  '_',
  'a_b',
  '\\',
  'x\\y',
  'b',
];
const SELECT_OPTIONS = ['华东', '华北', 'won', 'lost'];
/** Multi-select values with the traps of matching JSON text: case, `_` (a LIKE wildcard), prefixes. */
const MULTI_OPTIONS = ['a', 'A', 'a_', 'ab', 'x-1', 'vip'];
/** Region codes at every level, with a city and district inside the province and one outside it. */
const REGIONS = ['330000', '330100', '330106', '331000', '310000', '310115', '440300'];
const NUMBERS = [-5, 0, 1.5, 10, 100];
const ACCOUNT_IDS = [1, 2, 3, 4, 5, 6, 99];

/** "Now" at a few boundaries in Shanghai: mid-week, midnight of a Monday and a month, the end of a year. */
const NOWS = [
  '2024-04-10T02:00:00.000Z',
  '2024-03-31T16:00:00.000Z',
  '2024-12-31T15:59:59.999Z',
  '2025-01-05T16:30:00.000Z',
  '2024-06-30T16:00:00.000Z',
].map((iso) => new Date(iso));

const dayArb = fc
  .integer({ min: 0, max: 420 })
  .map((n) => new Date(BASE_DAY + n * DAY_MS).toISOString().slice(0, 10));
const instantArb = fc
  .tuple(fc.integer({ min: 0, max: 420 }), fc.constantFrom(0, 8, 15, 16, 23), fc.constantFrom(0, 1, -1))
  .map(([day, hour, ms]) => new Date(BASE_DAY + day * DAY_MS + hour * 3_600_000 + ms).toISOString());

const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { freq: 4, nil: null });
const textArb = nullable(fc.oneof(fc.constantFrom(...TEXTS), fc.constant('')));
const selectArb = nullable(fc.oneof(fc.constantFrom(...SELECT_OPTIONS), fc.constant('')));

const labelsArb = nullable(
  fc.oneof(
    fc
      .uniqueArray(fc.constantFrom(...MULTI_OPTIONS), { maxLength: 3 })
      .map((values) => JSON.stringify(values)),
    fc.constant(''),
  ),
);

const accountsArb: fc.Arbitrary<AccountRow[]> = fc
  .array(
    fc.record({
      name: textArb,
      region: selectArb,
      revenue: nullable(fc.constantFrom(...NUMBERS)),
      founded_on: nullable(dayArb),
      parent_id: nullable(fc.constantFrom(...ACCOUNT_IDS)),
    }),
    { maxLength: 6 },
  )
  .map((rows) => rows.map((row, index) => ({ id: index + 1, ...row })));

const dealsArb: fc.Arbitrary<DealRow[]> = fc
  .array(
    fc.record({
      title: textArb,
      amount: nullable(fc.constantFrom(...NUMBERS)),
      stage: selectArb,
      close_date: nullable(dayArb),
      closed_at: nullable(instantArb),
      is_won: nullable(fc.boolean()),
      account_id: nullable(fc.constantFrom(...ACCOUNT_IDS)),
      owner_id: nullable(fc.constantFrom(1, 2, 3)),
      labels: labelsArb,
      place: nullable(fc.oneof(fc.constantFrom(...REGIONS), fc.constant(''))),
    }),
    { maxLength: 12 },
  )
  .map((rows) => rows.map((row, index) => ({ id: index + 1, ...row })));

/** Every path a deal condition can name, with the type it ends on. */
const PATHS: Array<[string, ConditionFieldType]> = [
  ['title', 'text'],
  ['amount', 'number'],
  ['stage', 'select'],
  ['closeDate', 'date'],
  ['closedAt', 'datetime'],
  ['won', 'boolean'],
  ['account', 'lookup'],
  ['owner', 'user'],
  ['labels', 'multiSelect'],
  ['place', 'region'],
  ['account.name', 'text'],
  ['account.region', 'select'],
  ['account.revenue', 'number'],
  ['account.foundedOn', 'date'],
  ['account.parent', 'lookup'],
  ['account.parent.region', 'select'],
  ['account.parent.name', 'text'],
];

function scalarArb(type: ConditionFieldType): fc.Arbitrary<unknown> {
  switch (type) {
    case 'text':
      return fc.constantFrom(...TEXTS);
    case 'select':
      return fc.constantFrom(...SELECT_OPTIONS);
    case 'region':
      return fc.constantFrom(...REGIONS);
    case 'multiSelect':
      return fc.constantFrom(...MULTI_OPTIONS);
    case 'number':
      return fc.constantFrom(...NUMBERS);
    case 'date':
      return dayArb;
    case 'datetime':
      return instantArb;
    case 'boolean':
      return fc.boolean();
    case 'lookup':
      return fc.constantFrom(...ACCOUNT_IDS);
    case 'user':
      return fc.constantFrom(1, 2, 3);
    case 'fileList':
      return fc.constant(null);
  }
}

const relativeArb = fc
  .constantFrom(...RELATIVE_DATE_PERIODS)
  .chain((relative) =>
    COUNTED_RELATIVE_PERIODS.includes(relative)
      ? fc.integer({ min: 1, max: 40 }).map((n) => ({ relative, n }))
      : fc.constant({ relative }),
  );

function valueArb(type: ConditionFieldType, op: ConditionOperator): fc.Arbitrary<unknown> {
  if (op === 'isEmpty' || op === 'isNotEmpty') return fc.constant(undefined);
  if (op === 'in' || op === 'notIn') return fc.array(scalarArb(type), { minLength: 1, maxLength: 3 });
  if (op === 'between') return fc.tuple(scalarArb(type), scalarArb(type));
  if ((type === 'date' || type === 'datetime') && RELATIVE_DATE_OPERATORS.includes(op)) {
    return fc.oneof(scalarArb(type), relativeArb);
  }
  return scalarArb(type);
}

const leafArb = fc
  .constantFrom(...PATHS)
  .chain(([field, type]) =>
    fc
      .constantFrom(...OPERATORS_BY_FIELD_TYPE[type])
      .chain((op) =>
        valueArb(type, op).map((value) => (value === undefined ? { field, op } : { field, op, value })),
      ),
  );

const { node: conditionArb } = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafArb,
    fc.record({ and: fc.array(tie('node'), { maxLength: 3 }) }),
    fc.record({ or: fc.array(tie('node'), { maxLength: 3 }) }),
    fc.record({ not: tie('node') }),
  ),
}));

for (const dialect of DIALECTS) {
  describe(`SQL and in-memory evaluation agree (${dialect})`, () => {
    let database: TestDatabase;
    let db: Kysely<ConditionTestTables>;

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      db = database.db as unknown as Kysely<ConditionTestTables>;
      await createConditionTestTables(db, dialect);
    });
    afterAll(async () => {
      await database.dispose();
    });

    it('selects the same deals for generated records and conditions', async () => {
      await fc.assert(
        fc.asyncProperty(
          accountsArb,
          dealsArb,
          conditionArb,
          fc.constantFrom(...NOWS),
          fc.constantFrom('Asia/Shanghai', 'UTC'),
          async (accounts, deals, json, now, timeZone) => {
            const parsed = parseCondition(json, testSchema, 'deal');
            if (!parsed.ok)
              throw new Error(`generated condition refused: ${JSON.stringify(parsed.problems)}`);
            await replaceConditionTestRows(db, accounts, deals);
            const options = { schema: testSchema, object: 'deal', now, timeZone };
            const rows = await db
              .selectFrom('cond_deals as t')
              .select('t.id')
              .where(compileCondition(parsed.condition, { ...options, alias: 't' }))
              .orderBy('t.id')
              .execute();
            const resolveLookup = accountResolver(accounts);
            const accepted = deals
              .filter((row) =>
                evaluateCondition(parsed.condition, dealRecord(row), { ...options, resolveLookup }),
              )
              .map((row) => row.id);
            expect(rows.map((row) => Number(row.id))).toEqual(accepted);
          },
        ),
        { numRuns: 200 },
      );
    });
  });
}

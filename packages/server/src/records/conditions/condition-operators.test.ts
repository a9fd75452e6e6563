import type { ConditionNode } from '@lodestar/shared';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/support/test-database.ts';
import { compileCondition } from './compile-condition.ts';
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
import { parseCondition } from './parse-condition.ts';

/** Wednesday 2024-04-10, 10:00 in Shanghai. */
const NOW = new Date('2024-04-10T02:00:00.000Z');

const ACCOUNTS: AccountRow[] = [
  { id: 1, name: 'Alpha 华东贸易', region: '华东', revenue: 100, founded_on: '2024-01-31', parent_id: null },
  { id: 2, name: '北京科技', region: '华北', revenue: null, founded_on: null, parent_id: 1 },
  { id: 3, name: '', region: null, revenue: 0, founded_on: '2023-12-31', parent_id: 2 },
];

const deal = (row: Partial<DealRow> & { id: number }): DealRow => ({
  title: null,
  amount: null,
  stage: null,
  close_date: null,
  closed_at: null,
  is_won: null,
  account_id: null,
  owner_id: null,
  labels: null,
  place: null,
  ...row,
});

const DEALS: DealRow[] = [
  deal({
    id: 1,
    title: '50% off',
    amount: 100,
    stage: 'won',
    close_date: '2024-03-31',
    // Midnight of 1 April in Shanghai.
    closed_at: '2024-03-31T16:00:00.000Z',
    is_won: true,
    account_id: 1,
    owner_id: 7,
    labels: '["vip","a_b"]',
    // 杭州市西湖区
    place: '330106',
  }),
  deal({
    id: 2,
    title: 'a_b\\c',
    amount: 10.5,
    stage: 'lost',
    close_date: '2024-04-01',
    // The last millisecond of March in Shanghai.
    closed_at: '2024-03-31T15:59:59.999Z',
    is_won: false,
    account_id: 2,
    labels: '["axb","VIP-2"]',
    // 杭州市
    place: '330100',
  }),
  deal({ id: 3 }),
  deal({
    id: 4,
    title: '华东大客户 ALPHA',
    amount: -5,
    stage: '',
    close_date: '2024-04-08',
    closed_at: '2024-04-09T16:00:00.000Z',
    account_id: 3,
    labels: '[]',
    // 上海市浦东新区
    place: '310115',
  }),
  deal({
    id: 5,
    title: 'Alphabet',
    amount: 0,
    stage: 'won',
    close_date: '2024-04-14',
    // The last millisecond of Sunday 14 April in Shanghai.
    closed_at: '2024-04-14T15:59:59.999Z',
    is_won: true,
    // An account that no longer exists.
    account_id: 99,
    place: '',
  }),
];

const leaf = (field: string, op: string, value?: unknown) =>
  value === undefined ? { field, op } : { field, op, value };

/** Each condition with the deals it must select; every one is checked in SQL and in memory. */
const CASES: Array<[string, unknown, number[]]> = [
  ['text eq is exact', leaf('title', 'eq', 'Alphabet'), [5]],
  ['text eq is case-sensitive', leaf('title', 'eq', 'alphabet'), []],
  ['text ne includes empty values', leaf('title', 'ne', 'Alphabet'), [1, 2, 3, 4]],
  ['select ne includes NULL and empty', leaf('stage', 'ne', 'won'), [2, 3, 4]],
  ['select in', leaf('stage', 'in', ['won', 'lost']), [1, 2, 5]],
  ['select notIn includes empty values', leaf('stage', 'notIn', ['won']), [2, 3, 4]],
  ['select isEmpty: NULL or empty string', leaf('stage', 'isEmpty'), [3, 4]],
  ['select isNotEmpty', leaf('stage', 'isNotEmpty'), [1, 2, 5]],
  ['contains ignores Latin case', leaf('title', 'contains', 'alpha'), [4, 5]],
  ['contains Chinese text', leaf('title', 'contains', '华东'), [4]],
  ['contains a literal %', leaf('title', 'contains', '%'), [1]],
  ['contains a literal _', leaf('title', 'contains', '_'), [2]],
  ['contains a literal backslash', leaf('title', 'contains', '\\'), [2]],
  ['startsWith ignores Latin case', leaf('title', 'startsWith', 'A'), [2, 5]],
  ['startsWith with a wildcard character', leaf('title', 'startsWith', '50%'), [1]],
  ['startsWith _ matches only _', leaf('title', 'startsWith', '_'), []],
  ['number gt', leaf('amount', 'gt', 0), [1, 2]],
  ['number gte', leaf('amount', 'gte', 0), [1, 2, 5]],
  ['number lt', leaf('amount', 'lt', 0), [4]],
  ['number lte', leaf('amount', 'lte', 10.5), [2, 4, 5]],
  ['number eq decimal', leaf('amount', 'eq', 10.5), [2]],
  ['number ne includes NULL', leaf('amount', 'ne', 100), [2, 3, 4, 5]],
  ['number between is inclusive', leaf('amount', 'between', [0, 100]), [1, 2, 5]],
  ['number in', leaf('amount', 'in', [100, -5]), [1, 4]],
  ['number isEmpty', leaf('amount', 'isEmpty'), [3]],
  ['boolean eq true', leaf('won', 'eq', true), [1, 5]],
  ['boolean eq false', leaf('won', 'eq', false), [2]],
  ['boolean ne true includes NULL', leaf('won', 'ne', true), [2, 3, 4]],
  ['boolean isEmpty', leaf('won', 'isEmpty'), [3, 4]],
  ['date eq', leaf('closeDate', 'eq', '2024-04-01'), [2]],
  ['date between', leaf('closeDate', 'between', ['2024-04-01', '2024-04-08']), [2, 4]],
  ['date today', leaf('closeDate', 'eq', { relative: 'today' }), []],
  ['date this week starts on Monday', leaf('closeDate', 'eq', { relative: 'thisWeek' }), [4, 5]],
  ['date last week', leaf('closeDate', 'eq', { relative: 'lastWeek' }), [2]],
  ['date this month', leaf('closeDate', 'eq', { relative: 'thisMonth' }), [2, 4, 5]],
  ['date last month', leaf('closeDate', 'eq', { relative: 'lastMonth' }), [1]],
  ['date this quarter', leaf('closeDate', 'eq', { relative: 'thisQuarter' }), [2, 4, 5]],
  ['date last quarter', leaf('closeDate', 'eq', { relative: 'lastQuarter' }), [1]],
  ['date ne this month includes NULL', leaf('closeDate', 'ne', { relative: 'thisMonth' }), [1, 3]],
  ['date lt this month: before its start', leaf('closeDate', 'lt', { relative: 'thisMonth' }), [1]],
  ['date gte this week: from its start', leaf('closeDate', 'gte', { relative: 'thisWeek' }), [4, 5]],
  ['date gt last week: after its end', leaf('closeDate', 'gt', { relative: 'lastWeek' }), [4, 5]],
  ['date lte last week: up to its end', leaf('closeDate', 'lte', { relative: 'lastWeek' }), [1, 2]],
  ['date last 3 days include today', leaf('closeDate', 'eq', { relative: 'lastNDays', n: 3 }), [4]],
  ['date next 5 days include today', leaf('closeDate', 'eq', { relative: 'nextNDays', n: 5 }), [5]],
  ['datetime this month in Shanghai', leaf('closedAt', 'eq', { relative: 'thisMonth' }), [1, 4, 5]],
  ['datetime last month in Shanghai', leaf('closedAt', 'eq', { relative: 'lastMonth' }), [2]],
  ['datetime this week in Shanghai', leaf('closedAt', 'eq', { relative: 'thisWeek' }), [4, 5]],
  ['datetime today in Shanghai', leaf('closedAt', 'eq', { relative: 'today' }), [4]],
  ['datetime gte with an offset', leaf('closedAt', 'gte', '2024-04-01T00:00:00+08:00'), [1, 4, 5]],
  [
    'datetime between is inclusive',
    leaf('closedAt', 'between', ['2024-03-31T15:59:59.999Z', '2024-03-31T16:00:00Z']),
    [1, 2],
  ],
  ['lookup eq', leaf('account', 'eq', 1), [1]],
  ['lookup ne includes NULL', leaf('account', 'ne', 1), [2, 3, 4, 5]],
  ['lookup isEmpty', leaf('account', 'isEmpty'), [3]],
  ['user in', leaf('owner', 'in', [7, 8]), [1]],
  ['multiSelect contains a whole value', leaf('labels', 'contains', 'vip'), [1]],
  ['multiSelect contains ignores Latin case', leaf('labels', 'contains', 'VIP'), [1]],
  ['multiSelect contains: _ matches only _', leaf('labels', 'contains', 'a_b'), [1]],
  ['multiSelect contains never matches part of a value', leaf('labels', 'contains', 'VIP-'), []],
  ['multiSelect isEmpty: NULL or an empty array', leaf('labels', 'isEmpty'), [3, 4, 5]],
  ['multiSelect isNotEmpty', leaf('labels', 'isNotEmpty'), [1, 2]],
  ['not multiSelect contains includes empty', { not: leaf('labels', 'contains', 'vip') }, [2, 3, 4, 5]],
  ['region eq a province takes in its cities and districts', leaf('place', 'eq', '330000'), [1, 2]],
  ['region eq a city takes in its districts', leaf('place', 'eq', '330100'), [1, 2]],
  ['region eq a district is that district only', leaf('place', 'eq', '330106'), [1]],
  ['region eq a city that shares digits but not the region', leaf('place', 'eq', '331000'), []],
  ['region in: within any of them', leaf('place', 'in', ['330100', '310000']), [1, 2, 4]],
  ['region ne: outside, empty included', leaf('place', 'ne', '330000'), [3, 4, 5]],
  ['region notIn: outside all of them', leaf('place', 'notIn', ['330000', '310000']), [3, 5]],
  ['region isEmpty: NULL or empty string', leaf('place', 'isEmpty'), [3, 5]],
  ['region isNotEmpty', leaf('place', 'isNotEmpty'), [1, 2, 4]],
  ['path eq', leaf('account.region', 'eq', '华东'), [1]],
  ['path ne: missing related records count as empty', leaf('account.region', 'ne', '华东'), [2, 3, 4, 5]],
  ['path isEmpty', leaf('account.region', 'isEmpty'), [3, 4, 5]],
  ['path isNotEmpty', leaf('account.region', 'isNotEmpty'), [1, 2]],
  ['path number', leaf('account.revenue', 'gt', 50), [1]],
  ['path contains', leaf('account.name', 'contains', 'ALPHA'), [1]],
  ['two-step path eq', leaf('account.parent.region', 'eq', '华东'), [2]],
  ['two-step path ne', leaf('account.parent.region', 'ne', '华东'), [1, 3, 4, 5]],
  ['not', { not: leaf('stage', 'eq', 'won') }, [2, 3, 4]],
  ['not of a comparison with NULL', { not: leaf('amount', 'gt', 0) }, [3, 4, 5]],
  ['not of a path', { not: leaf('account.region', 'eq', '华东') }, [2, 3, 4, 5]],
  ['not of a path that matches empty', { not: leaf('account.region', 'ne', '华东') }, [1]],
  ['double not', { not: { not: leaf('amount', 'isEmpty') } }, [3]],
  ['and', { and: [leaf('stage', 'eq', 'won'), leaf('amount', 'gt', 50)] }, [1]],
  ['or', { or: [leaf('amount', 'lt', 0), leaf('title', 'contains', '%')] }, [1, 4]],
  ['empty and is true', { and: [] }, [1, 2, 3, 4, 5]],
  ['empty or is false', { or: [] }, []],
];

for (const dialect of DIALECTS) {
  describe(`condition operators (${dialect})`, () => {
    let database: TestDatabase;
    let db: Kysely<ConditionTestTables>;

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      db = database.db as unknown as Kysely<ConditionTestTables>;
      await createConditionTestTables(db, dialect);
      await replaceConditionTestRows(db, ACCOUNTS, DEALS);
    });
    afterAll(async () => {
      await database.dispose();
    });

    it.each(CASES)('%s', async (_name, json, expected) => {
      const parsed = parseCondition(json, testSchema, 'deal');
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      const options = { schema: testSchema, object: 'deal', now: NOW, timeZone: 'Asia/Shanghai' };
      const rows = await db
        .selectFrom('cond_deals as t')
        .select('t.id')
        .where(compileCondition(parsed.condition, { ...options, alias: 't' }))
        .orderBy('t.id')
        .execute();
      const inMemory = DEALS.filter((row) =>
        evaluateCondition(parsed.condition as ConditionNode, dealRecord(row), {
          ...options,
          resolveLookup: accountResolver(ACCOUNTS),
        }),
      ).map((row) => row.id);
      expect(rows.map((row) => Number(row.id))).toEqual(expected);
      expect(inMemory).toEqual(expected);
    });
  });
}

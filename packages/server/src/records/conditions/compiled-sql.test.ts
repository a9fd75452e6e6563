import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/test-database.ts';
import type { DialectName } from '../../db/database.ts';
import { computedFieldOf, type FormulaOperand, type FormulaOptions } from '../formulas/computed-field.ts';
import { compileCondition } from './compile-condition.ts';
import type { ConditionSchema } from './condition-schema.ts';
import { type ConditionTestTables, testSchema } from './condition-test-tables.ts';
import { parseCondition } from './parse-condition.ts';

/**
 * The SQL of representative filters, kept as a file per dialect so that any change in generated SQL shows
 * in review. Compiled without a connection; `now` is fixed so the bounds of relative dates are stable.
 */

const NOW = new Date('2024-04-10T02:00:00.000Z');

const FILTERS: Array<[string, unknown]> = [
  [
    'region and amount (the API example)',
    {
      and: [
        { field: 'stage', op: 'eq', value: 'won' },
        { field: 'amount', op: 'gte', value: 10000 },
      ],
    },
  ],
  ['ne includes empty values', { field: 'stage', op: 'ne', value: 'won' }],
  [
    'in and notIn',
    {
      or: [
        { field: 'stage', op: 'in', value: ['won', 'lost'] },
        { field: 'owner', op: 'notIn', value: [1, 2] },
      ],
    },
  ],
  ['contains with wildcards escaped', { field: 'title', op: 'contains', value: '50%_off\\' }],
  ['startsWith Chinese', { field: 'title', op: 'startsWith', value: '华东' }],
  [
    'text isEmpty and isNotEmpty',
    {
      and: [
        { field: 'title', op: 'isEmpty' },
        { field: 'stage', op: 'isNotEmpty' },
      ],
    },
  ],
  ['number between', { field: 'amount', op: 'between', value: [1000, 5000] }],
  ['boolean', { field: 'won', op: 'eq', value: true }],
  ['date this month', { field: 'closeDate', op: 'eq', value: { relative: 'thisMonth' } }],
  ['date not this week', { field: 'closeDate', op: 'ne', value: { relative: 'thisWeek' } }],
  ['datetime last 7 days', { field: 'closedAt', op: 'eq', value: { relative: 'lastNDays', n: 7 } }],
  ['datetime after this quarter', { field: 'closedAt', op: 'gt', value: { relative: 'thisQuarter' } }],
  ['path through a lookup', { field: 'account.region', op: 'eq', value: '华东' }],
  ['path that matches missing records', { field: 'account.region', op: 'ne', value: '华东' }],
  ['path of two steps', { field: 'account.parent.name', op: 'contains', value: '集团' }],
  [
    'not',
    {
      not: {
        or: [
          { field: 'amount', op: 'gt', value: 0 },
          { field: 'account', op: 'isEmpty' },
        ],
      },
    },
  ],
  ['empty and', { and: [] }],
  ['formula: currency result', { field: 'net', op: 'gte', value: 100000 }],
  ['formula: date difference with today', { field: 'daysLeft', op: 'between', value: [0, 30] }],
];

/** The test schema with two formula fields on deals (their SQL depends on the dialect). */
function schemaWithFormulas(dialect: DialectName): ConditionSchema {
  const operands: Record<string, FormulaOperand> = {
    amount: { column: 'amount', kind: 'currency' },
    closeDate: { column: 'close_date', kind: 'date' },
  };
  const formula = (expression: string, resultType: FormulaOptions['resultType']) =>
    computedFieldOf({ expression, resultType }, (name) => operands[name], dialect);
  return (object) => {
    const base = testSchema(object);
    if (object !== 'deal' || !base) return base;
    return {
      ...base,
      fields: {
        ...base.fields,
        net: { column: 'net', type: 'number', computed: formula('amount * (1 - 10 / 100)', 'currency') },
        daysLeft: {
          column: 'days_left',
          type: 'number',
          computed: formula('DATEDIFF(closeDate, TODAY())', 'number'),
        },
      },
    };
  };
}

function offlineDb(dialect: DialectName): Kysely<ConditionTestTables> {
  if (dialect === 'postgres') {
    return new Kysely<ConditionTestTables>({
      dialect: {
        createAdapter: () => new PostgresAdapter(),
        createDriver: () => new DummyDriver(),
        createIntrospector: (db) => new PostgresIntrospector(db),
        createQueryCompiler: () => new PostgresQueryCompiler(),
      },
    });
  }
  return new Kysely<ConditionTestTables>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new SqliteIntrospector(db),
      createQueryCompiler: () => new SqliteQueryCompiler(),
    },
  });
}

for (const dialect of DIALECTS) {
  describe(`compiled condition SQL (${dialect})`, () => {
    it('matches the snapshot file', async () => {
      const db = offlineDb(dialect);
      const schema = schemaWithFormulas(dialect);
      const sections = FILTERS.map(([name, json]) => {
        const parsed = parseCondition(json, schema, 'deal');
        if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.problems)}`);
        const where = compileCondition(parsed.condition, {
          schema,
          object: 'deal',
          alias: 't',
          now: NOW,
          timeZone: 'Asia/Shanghai',
        });
        const query = db.selectFrom('cond_deals as t').select('t.id').where(where).compile();
        return `-- ${name}\n-- filter: ${JSON.stringify(json)}\n${query.sql};\n-- parameters: ${JSON.stringify(query.parameters)}\n`;
      });
      await expect(sections.join('\n')).toMatchFileSnapshot(`./__snapshots__/compiled-${dialect}.sql`);
    });
  });
}

import fc from 'fast-check';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/support/test-database.ts';
import type { DialectName } from '../../db/database.ts';
import { currencyField } from '../../metadata/field-types/currency.ts';
import { compileCondition } from '../conditions/compile-condition.ts';
import type { ConditionFieldType, ConditionSchema } from '../conditions/condition-schema.ts';
import { evaluateCondition } from '../conditions/evaluate-condition.ts';
import { OPERATORS_BY_FIELD_TYPE } from '../conditions/field-operators.ts';
import { parseCondition } from '../conditions/parse-condition.ts';
import { computedFieldOf, type FormulaOperand, type FormulaOptions } from './computed-field.ts';

/**
 * Formula fields in SQL and in memory agree: on generated rows and conditions over formulas (currency,
 * division by zero, date differences, TODAY, three-valued logic, concatenation), the ids the database
 * returns are exactly the rows the evaluator accepts, on both dialects.
 */

interface Row {
  id: number;
  title: string | null;
  amount: number | null;
  qty: number | null;
  start_on: string | null;
  end_on: string | null;
  won: boolean | null;
}

const OPERANDS: Record<string, FormulaOperand> = {
  title: { column: 'title', kind: 'text' },
  amount: { column: 'amount', kind: 'currency' },
  qty: { column: 'qty', kind: 'number' },
  startOn: { column: 'start_on', kind: 'date' },
  endOn: { column: 'end_on', kind: 'date' },
  won: { column: 'won', kind: 'boolean' },
};

const FORMULAS: Array<[string, FormulaOptions, ConditionFieldType]> = [
  ['plain', { expression: 'amount * 2 + qty', resultType: 'number' }, 'number'],
  ['net', { expression: 'amount * (1 - qty / 100)', resultType: 'currency' }, 'number'],
  ['unit', { expression: 'ROUND(amount / qty, 2)', resultType: 'number' }, 'number'],
  ['days', { expression: 'DATEDIFF(endOn, startOn)', resultType: 'number' }, 'number'],
  ['age', { expression: 'DATEDIFF(TODAY(), startOn)', resultType: 'number' }, 'number'],
  ['label', { expression: 'CONCAT(title, "-", IF(won, "Y", "N"))', resultType: 'text' }, 'text'],
  ['name', { expression: 'BLANKVALUE(title, "none") & ""', resultType: 'text' }, 'text'],
  ['flag', { expression: 'OR(AND(amount > 10, won), NOT(qty >= 5))', resultType: 'boolean' }, 'boolean'],
  ['due', { expression: 'IF(qty > 0, endOn, COALESCE(startOn, TODAY()))', resultType: 'date' }, 'date'],
  ['gap', { expression: 'ABS(-qty) - amount', resultType: 'number' }, 'number'],
];

function schemaFor(dialect: DialectName): ConditionSchema {
  const fields: NonNullable<ReturnType<ConditionSchema>>['fields'] = {};
  for (const [name, options, type] of FORMULAS) {
    fields[name] = {
      column: `f_${name}`,
      type,
      computed: computedFieldOf(options, (operand) => OPERANDS[operand], dialect),
    };
  }
  return (object) => (object === 'row' ? { table: 'formula_rows', fields } : undefined);
}

const DAY_MS = 86_400_000;
const BASE_DAY = Date.UTC(2024, 0, 1);
const dayArb = fc
  .integer({ min: 0, max: 200 })
  .map((n) => new Date(BASE_DAY + n * DAY_MS).toISOString().slice(0, 10));
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { freq: 4, nil: null });
const TEXTS = ['', 'Alpha', 'alpha', '华东', 'a_b'];
const NUMBERS = [-5, 0, 1.5, 3, 10, 100, 1000, 2500];

const rowsArb: fc.Arbitrary<Row[]> = fc
  .array(
    fc.record({
      title: nullable(fc.constantFrom(...TEXTS)),
      amount: nullable(fc.constantFrom(-550, 0, 150, 1001, 2500, 3333)),
      qty: nullable(fc.constantFrom(-5, 0, 1.5, 3, 10, 50)),
      start_on: nullable(dayArb),
      end_on: nullable(dayArb),
      won: nullable(fc.boolean()),
    }),
    { maxLength: 10 },
  )
  .map((rows) => rows.map((row, index) => ({ id: index + 1, ...row })));

function scalarArb(type: ConditionFieldType): fc.Arbitrary<unknown> {
  if (type === 'number') return fc.constantFrom(...NUMBERS);
  if (type === 'date') return dayArb;
  if (type === 'boolean') return fc.boolean();
  return fc.constantFrom(...TEXTS.filter((text) => text !== ''), 'Alpha-Y', 'none', '-N');
}

const leafArb = fc.constantFrom(...FORMULAS).chain(([field, , type]) =>
  fc.constantFrom(...OPERATORS_BY_FIELD_TYPE[type]).chain((op): fc.Arbitrary<unknown> => {
    if (op === 'isEmpty' || op === 'isNotEmpty') return fc.constant({ field, op });
    if (op === 'in' || op === 'notIn')
      return fc.array(scalarArb(type), { minLength: 1, maxLength: 3 }).map((value) => ({ field, op, value }));
    if (op === 'between')
      return fc.tuple(scalarArb(type), scalarArb(type)).map((value) => ({ field, op, value }));
    return scalarArb(type).map((value) => ({ field, op, value }));
  }),
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

/** A row as the records API presents it (currency as a decimal string). */
function apiValues(row: Row) {
  return {
    title: row.title,
    amount: row.amount === null ? null : currencyField.present(row.amount, { currency: 'CNY' }),
    qty: row.qty,
    startOn: row.start_on,
    endOn: row.end_on,
    won: row.won,
  };
}

for (const dialect of DIALECTS) {
  describe(`formulas in SQL and in memory agree (${dialect})`, () => {
    let database: TestDatabase;
    // biome-ignore lint/suspicious/noExplicitAny: a table made for this test only
    let db: Kysely<any>;
    const schema = schemaFor(dialect);

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      db = database.db as unknown as Kysely<unknown>;
      const isPg = dialect === 'postgres';
      await db.schema
        .createTable('formula_rows')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('title', 'text')
        .addColumn('amount', 'bigint')
        .addColumn('qty', isPg ? 'double precision' : 'real')
        .addColumn('start_on', 'text')
        .addColumn('end_on', 'text')
        .addColumn('won', isPg ? 'boolean' : 'integer')
        .execute();
    });
    afterAll(async () => {
      await database.dispose();
    });

    it('selects the same rows for generated records and conditions on formulas', async () => {
      await fc.assert(
        fc.asyncProperty(
          rowsArb,
          conditionArb,
          fc.constantFrom(new Date('2024-04-10T02:00:00Z'), new Date('2024-03-31T16:30:00Z')),
          async (rows, json, now) => {
            const parsed = parseCondition(json, schema, 'row');
            if (!parsed.ok)
              throw new Error(`generated condition refused: ${JSON.stringify(parsed.problems)}`);
            await db.deleteFrom('formula_rows').execute();
            if (rows.length > 0) await db.insertInto('formula_rows').values(rows).execute();
            const options = { schema, object: 'row', now, timeZone: 'Asia/Shanghai' };
            const selected = await db
              .selectFrom('formula_rows as t')
              .select('t.id')
              .where(compileCondition(parsed.condition, { ...options, alias: 't' }))
              .orderBy('t.id')
              .execute();
            const accepted = rows
              .filter((row) => evaluateCondition(parsed.condition, apiValues(row), options))
              .map((row) => row.id);
            expect(selected.map((row: { id: unknown }) => Number(row.id))).toEqual(accepted);
          },
        ),
        { numRuns: 200 },
      );
    });

    it('computes the same values in SQL and in memory', async () => {
      await fc.assert(
        fc.asyncProperty(rowsArb, async (rows) => {
          await db.deleteFrom('formula_rows').execute();
          if (rows.length > 0) await db.insertInto('formula_rows').values(rows).execute();
          const today = '2024-04-10';
          const fields = schema('row')!.fields;
          const selected = await db
            .selectFrom('formula_rows as t')
            .select(FORMULAS.map(([name]) => sql`${fields[name]!.computed!.sql('t', today)}`.as(name)))
            .orderBy('t.id')
            .execute();
          const normalize = (type: ConditionFieldType, value: unknown) =>
            value === null || value === undefined
              ? null
              : type === 'boolean'
                ? value === true || value === 1
                : type === 'number'
                  ? Number(value) + 0
                  : value;
          for (const [index, row] of rows.entries()) {
            for (const [name, , type] of FORMULAS) {
              const inMemory = fields[name]!.computed!.evaluate(apiValues(row), today);
              expect(normalize(type, selected[index]?.[name]), `${name} of ${JSON.stringify(row)}`).toEqual(
                normalize(type, inMemory),
              );
            }
          }
        }),
        { numRuns: 100 },
      );
    });
  });
}

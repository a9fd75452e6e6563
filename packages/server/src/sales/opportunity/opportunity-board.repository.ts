import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import { runtimeTables as records } from '../../db/runtime-tables.ts';
import type { DB } from '../../db/schema.ts';
import { RECORD_ALIAS } from '../../records/record.repository.ts';

/**
 * Count and amount of the opportunities matching `where` (the viewer's scope, the board's pipeline and the
 * list's search and filter) per stage, in one grouped statement; amounts in fen as exact text.
 */
export async function selectStageTotals(
  db: Kysely<DB>,
  where: Array<Expression<SqlBool>>,
): Promise<Map<number, { count: number; amount: bigint }>> {
  let query = records(db)
    .selectFrom(`obj_opportunity as ${RECORD_ALIAS}`)
    .select([
      sql<number>`${sql.ref(`${RECORD_ALIAS}.stage_id`)}`.as('stage_id'),
      sql<number>`count(*)`.as('n'),
      sql<string>`cast(coalesce(sum(${sql.ref(`${RECORD_ALIAS}.amount`)}), 0) as text)`.as('amount'),
    ]);
  for (const predicate of where) query = query.where(predicate);
  const rows = await query.groupBy(`${RECORD_ALIAS}.stage_id`).execute();
  return new Map(
    rows.map((row) => [Number(row.stage_id), { count: Number(row.n), amount: BigInt(String(row.amount)) }]),
  );
}

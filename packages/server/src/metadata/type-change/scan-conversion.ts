import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { loadRegionIndex } from '../../platform/regions/region-index.ts';
import { type ConvertedValue, convertStoredValue, type TypeConversion } from './type-conversion.ts';

/** Rows read and written per statement while converting a column. */
export const CONVERSION_BATCH_SIZE = 1000;

/** One row's value before and after conversion. */
export interface ConvertedRow {
  id: number;
  stored: unknown;
  result: ConvertedValue;
}

// biome-ignore lint/suspicious/noExplicitAny: record tables are known only from metadata
type AnyDb = Kysely<any>;

/**
 * Every row of `table` (recycle bin included), in id order and batches, with the value of `column`
 * converted by `conversion`.
 */
export async function* convertedBatches(
  db: Kysely<DB> | Transaction<DB>,
  table: string,
  column: string,
  conversion: TypeConversion,
): AsyncGenerator<ConvertedRow[]> {
  const regions = await loadRegionIndex();
  const dynamic = db as unknown as AnyDb;
  let lastId = 0;
  for (;;) {
    const rows = (await dynamic
      .selectFrom(table)
      .select(['id', `${column} as value`])
      .where('id', '>', lastId)
      .orderBy('id')
      .limit(CONVERSION_BATCH_SIZE)
      .execute()) as Array<{ id: number | string; value: unknown }>;
    if (rows.length === 0) return;
    yield rows.map((row) => ({
      id: Number(row.id),
      stored: row.value,
      result: convertStoredValue(conversion, row.value, regions),
    }));
    lastId = Number(rows.at(-1)?.id);
    if (rows.length < CONVERSION_BATCH_SIZE) return;
  }
}

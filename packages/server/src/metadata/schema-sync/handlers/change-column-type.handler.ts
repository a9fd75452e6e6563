import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { convertedBatches } from '../../type-change/scan-conversion.ts';
import { createFieldIndexes, dropFieldIndexes } from '../field-index.ts';
import type { SchemaAction } from '../schema-action.ts';
import { fieldIdOf } from './field-id.ts';

/**
 * Converts a field's column to another type on both dialects the same way: add a column of the new type,
 * fill it with the values converted in application code (a batch of rows per statement; values the new
 * type refuses stay empty), drop the old column and give the new one its name, then record the new type
 * and options. The column's list indexes are dropped and recreated for the new type here, the unique index
 * by its own actions before and after; everything runs on the caller's transaction.
 */
export async function changeColumnTypeHandler(
  trx: Transaction<DB>,
  action: Extract<SchemaAction, { kind: 'changeColumnType' }>,
): Promise<void> {
  const { tableName } = action.object;
  const { columnName } = action.field;
  const { dataType } = action.column;
  const temporary = `${columnName}__new`;
  // biome-ignore lint/suspicious/noExplicitAny: record tables are known only from metadata
  const dynamic = trx as unknown as Kysely<any>;
  await trx.schema.alterTable(tableName).addColumn(temporary, dataType).execute();
  for await (const batch of convertedBatches(trx, tableName, columnName, action.conversion)) {
    const changed = batch.filter((row) => row.result.ok && row.result.value !== null);
    if (changed.length === 0) continue;
    const cases = changed.map(
      (row) =>
        sql`when ${row.id} then cast(${row.result.ok ? row.result.value : null} as ${sql.raw(String(dataType))})`,
    );
    await dynamic
      .updateTable(tableName)
      .set({ [temporary]: sql`case ${sql.ref('id')} ${sql.join(cases, sql` `)} end` })
      .where(
        'id',
        'in',
        changed.map((row) => row.id),
      )
      .execute();
  }
  await dropFieldIndexes(trx, tableName, columnName);
  await trx.schema.alterTable(tableName).dropColumn(columnName).execute();
  await trx.schema.alterTable(tableName).renameColumn(temporary, columnName).execute();
  await createFieldIndexes(trx, action.conversion.to.type, tableName, columnName);
  await trx
    .updateTable('meta_fields')
    .set({
      type: action.conversion.to.type,
      options: JSON.stringify(action.conversion.to.options),
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', await fieldIdOf(trx, action.object.id, action.field.apiName))
    .execute();
}

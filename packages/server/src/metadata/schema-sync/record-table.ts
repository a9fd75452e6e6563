import type { Transaction } from 'kysely';
import { columnTypes } from '../../db/column-types.ts';
import type { DialectName } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { indexNameFor } from '../naming.ts';

/** Columns every record table has, maintained by the records engine rather than by fields. */
export const SYSTEM_COLUMNS = [
  'id',
  'version',
  'owner_id',
  'created_by',
  'updated_by',
  'created_at',
  'updated_at',
  'deleted_at',
] as const;

/** Creates a record table with its system columns and their indexes. */
export async function createRecordTable(
  trx: Transaction<DB>,
  dialect: DialectName,
  table: string,
): Promise<void> {
  const t = columnTypes(dialect);
  await t
    .addId(trx.schema.createTable(table))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('owner_id', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_by', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_by', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('deleted_at', t.timestamp)
    .execute();
  for (const column of ['owner_id', 'updated_at', 'deleted_at']) {
    await trx.schema
      .createIndex(indexNameFor('ix', table, column))
      .on(table)
      .column(column)
      .execute();
  }
}

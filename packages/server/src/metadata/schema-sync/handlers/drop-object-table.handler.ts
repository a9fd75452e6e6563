import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { deleteObjectRow } from '../../metadata.repository.ts';
import type { SchemaAction } from '../schema-action.ts';

/** Deletes the object with its fields and drops its record table (indexes go with it). */
export async function dropObjectTableHandler(
  trx: Transaction<DB>,
  action: Extract<SchemaAction, { kind: 'dropObjectTable' }>,
): Promise<void> {
  await deleteObjectRow(trx, action.object.id);
  await trx.schema.dropTable(action.object.tableName).execute();
}

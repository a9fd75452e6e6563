import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { dropFieldIndexes } from '../field-index.ts';
import type { SchemaAction } from '../schema-action.ts';

/** Deletes the field row and drops its column; the other columns and their data stay as they are. */
export async function dropColumnHandler(
  trx: Transaction<DB>,
  action: Extract<SchemaAction, { kind: 'dropColumn' }>,
): Promise<void> {
  await trx
    .deleteFrom('meta_fields')
    .where('object_id', '=', action.object.id)
    .where('api_name', '=', action.field.apiName)
    .execute();
  await dropFieldIndexes(trx, action.object.tableName, action.field.columnName);
  await trx.schema.alterTable(action.object.tableName).dropColumn(action.field.columnName).execute();
}

import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { insertFieldRow } from '../../metadata.repository.ts';
import type { SchemaAction } from '../schema-action.ts';

/** Inserts the row of a field without a column (formula); the record table is not touched. */
export async function addComputedFieldHandler(
  trx: Transaction<DB>,
  action: Extract<SchemaAction, { kind: 'addComputedField' }>,
): Promise<void> {
  await insertFieldRow(trx, action.object.id, action.field);
}

/** Deletes the row of a field without a column (formula); no DDL. */
export async function dropComputedFieldHandler(
  trx: Transaction<DB>,
  action: Extract<SchemaAction, { kind: 'dropComputedField' }>,
): Promise<void> {
  await trx
    .deleteFrom('meta_fields')
    .where('object_id', '=', action.object.id)
    .where('api_name', '=', action.field.apiName)
    .execute();
}

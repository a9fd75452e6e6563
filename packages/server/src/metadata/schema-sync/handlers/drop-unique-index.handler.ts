import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { updateFieldRow } from '../../metadata.repository.ts';
import { indexNameFor } from '../../naming.ts';
import type { SchemaAction } from '../schema-action.ts';
import { fieldIdOf } from './field-id.ts';

/** Marks the field not unique and drops its unique index. */
export async function dropUniqueIndexHandler(
  trx: Transaction<DB>,
  action: Extract<SchemaAction, { kind: 'dropUniqueIndex' }>,
): Promise<void> {
  await updateFieldRow(trx, await fieldIdOf(trx, action.object.id, action.field.apiName), { unique: false });
  await trx.schema.dropIndex(indexNameFor('uq', action.object.tableName, action.field.columnName)).execute();
}

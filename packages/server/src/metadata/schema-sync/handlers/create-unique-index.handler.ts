import type { Transaction } from 'kysely';
import { classifyDatabaseConflict } from '../../../db/errors.ts';
import type { DB } from '../../../db/schema.ts';
import { invalidFields } from '../../../errors.ts';
import { updateFieldRow } from '../../metadata.repository.ts';
import { indexNameFor } from '../../naming.ts';
import type { SchemaAction } from '../schema-action.ts';
import { fieldIdOf } from './field-id.ts';

/** Marks the field unique and creates its unique index; duplicates among existing records refuse it (422). */
export async function createUniqueIndexHandler(
  trx: Transaction<DB>,
  action: Extract<SchemaAction, { kind: 'createUniqueIndex' }>,
): Promise<void> {
  const { tableName } = action.object;
  const { columnName } = action.field;
  await updateFieldRow(trx, await fieldIdOf(trx, action.object.id, action.field.apiName), { unique: true });
  try {
    await trx.schema
      .createIndex(indexNameFor('uq', tableName, columnName))
      .unique()
      .on(tableName)
      .column(columnName)
      .execute();
  } catch (error) {
    if (classifyDatabaseConflict(error) === 'unique') {
      throw invalidFields([{ field: 'unique', code: 'field.unique_violated' }]);
    }
    throw error;
  }
}

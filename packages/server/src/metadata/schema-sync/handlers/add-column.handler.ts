import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { insertFieldRow } from '../../metadata.repository.ts';
import { createFieldIndexes } from '../field-index.ts';
import type { SchemaAction } from '../schema-action.ts';

/**
 * Inserts the field row and adds its column. The column is always nullable (required is enforced by the
 * API), so adding a field to a large table changes no row and takes no table rewrite. Fields that lists
 * filter and sort on, and references, get indexes (`createFieldIndexes`).
 */
export async function addColumnHandler(
  trx: Transaction<DB>,
  action: Extract<SchemaAction, { kind: 'addColumn' }>,
): Promise<void> {
  await insertFieldRow(trx, action.object.id, action.field);
  const { dataType, references } = action.column;
  await trx.schema
    .alterTable(action.object.tableName)
    .addColumn(action.field.columnName, dataType, (c) =>
      references ? c.references(`${references.table}.id`).onDelete(references.onDelete) : c,
    )
    .execute();
  await createFieldIndexes(trx, action.field.type, action.object.tableName, action.field.columnName);
}

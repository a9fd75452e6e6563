import type { Transaction } from 'kysely';
import type { DialectName } from '../../../db/database.ts';
import type { DB } from '../../../db/schema.ts';
import { insertObjectRow } from '../../metadata.repository.ts';
import { createRecordTable } from '../record-table.ts';
import type { SchemaAction } from '../schema-action.ts';

/** Inserts the object row and creates its record table. */
export async function createObjectTableHandler(
  trx: Transaction<DB>,
  dialect: DialectName,
  action: Extract<SchemaAction, { kind: 'createObjectTable' }>,
): Promise<void> {
  await insertObjectRow(trx, action.object);
  await createRecordTable(trx, dialect, action.object.tableName);
}

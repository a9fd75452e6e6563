import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { updateObjectRow } from '../../metadata.repository.ts';
import type { SchemaAction } from '../schema-action.ts';

/** Changes labels, plural labels, icon or title field: metadata only, no DDL. */
export async function updateObjectMetadataHandler(
  trx: Transaction<DB>,
  action: Extract<SchemaAction, { kind: 'updateObjectMetadata' }>,
): Promise<void> {
  await updateObjectRow(trx, action.object.id, action.changes);
}

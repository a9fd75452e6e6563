import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { updateFieldRow } from '../../metadata.repository.ts';
import type { SchemaAction } from '../schema-action.ts';
import { fieldIdOf } from './field-id.ts';

/** Changes labels, help text, required, default, options or position: metadata only, no DDL. */
export async function updateFieldMetadataHandler(
  trx: Transaction<DB>,
  action: Extract<SchemaAction, { kind: 'updateFieldMetadata' }>,
): Promise<void> {
  await updateFieldRow(trx, await fieldIdOf(trx, action.object.id, action.field.apiName), action.changes);
}

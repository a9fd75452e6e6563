import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { apiValuesOf } from '../../records/record.presenter.ts';
import { selectRecord } from '../../records/record.repository.ts';
import type { RecordValues } from '../../records/record-behaviour.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { recordNotFound, scopeWhere } from '../../records/record-scope.ts';

/** A live quote the viewer may read, as API values; a 404 outside their scope. */
export async function readQuoteOrThrow(
  db: Kysely<DB> | Transaction<DB>,
  context: RecordContext,
  id: number,
): Promise<{ id: number; version: number; values: RecordValues }> {
  const row = await selectRecord(db, context.object.tableName, id, scopeWhere(context, 'read', 'live'));
  if (!row) throw recordNotFound();
  return { id, version: Number(row.version), values: apiValuesOf(context, row) };
}

import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { RecordContext } from '../record-context.ts';
import { nextAutoNumber } from './next-auto-number.ts';

/**
 * The column values of the object's auto-number fields for a record created at `now`, taken on the create's
 * transaction so that a create that rolls back gives its numbers back.
 */
export async function assignAutoNumbers(
  trx: Transaction<DB>,
  context: RecordContext,
  now: Date,
): Promise<Record<string, string>> {
  const columns: Record<string, string> = {};
  for (const field of context.object.fields) {
    if (field.type !== 'autoNumber') continue;
    columns[field.columnName] = await nextAutoNumber(trx, context.database.caps, {
      scope: `${context.object.apiName}.${field.apiName}`,
      pattern: String(field.options.pattern),
      now,
    });
  }
  return columns;
}

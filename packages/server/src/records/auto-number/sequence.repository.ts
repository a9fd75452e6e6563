import type { Transaction } from 'kysely';
import type { Capabilities } from '../../db/database.ts';
import { takeWriteLock } from '../../db/locking.ts';
import type { DB } from '../../db/schema.ts';

/**
 * Adds one to the counter `key` (creating it at 1) and returns the new value, as part of `trx`: a rollback
 * gives the value back. The single upsert locks the row until `trx` ends, so concurrent transactions on the
 * same key queue up on PostgreSQL; with a single writer the write lock is taken first, so that a transaction
 * of another connection cannot fail half-way.
 */
export async function incrementSequence(
  trx: Transaction<DB>,
  caps: Capabilities,
  key: string,
): Promise<number> {
  await takeWriteLock(trx, caps);
  const updatedAt = new Date().toISOString();
  const row = await trx
    .insertInto('sequences')
    .values({ key, value: 1, updated_at: updatedAt })
    .onConflict((conflict) =>
      conflict.column('key').doUpdateSet((eb) => ({
        value: eb('sequences.value', '+', 1),
        updated_at: updatedAt,
      })),
    )
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}

import { createHash } from 'node:crypto';
import { CompiledQuery, type Kysely, type SelectQueryBuilder, sql, type Transaction } from 'kysely';
import type { Capabilities } from './database.ts';
import type { DB } from './schema.ts';

/**
 * Makes a row-selecting subquery lock the rows it returns and pass over rows other transactions hold
 * (`FOR UPDATE SKIP LOCKED`), so concurrent workers each take different rows. Where the database has one
 * writer the statement is already exclusive and the query is returned unchanged.
 * @example claimable = lockSkippingLocked(db.selectFrom('jobs').select('id').limit(8), database.caps)
 */
export function lockSkippingLocked<S, T extends keyof S, O>(
  query: SelectQueryBuilder<S, T, O>,
  caps: Capabilities,
): SelectQueryBuilder<S, T, O> {
  return caps.skipLocked ? query.forUpdate().skipLocked() : query;
}

const WRITE_LOCK = CompiledQuery.raw('update schema_migrations set name = name where 1 = 0');

/**
 * Takes the write lock now, at the start of a transaction, where the database has a single writer: a
 * transaction that reads before it writes then cannot fail when another connection wrote in between.
 * With concurrent writers row locks do that work and nothing happens here.
 */
export async function takeWriteLock(trx: Transaction<DB>, caps: Capabilities): Promise<void> {
  if (caps.concurrentWriters) return;
  // A write that touches no row still takes SQLite's write lock for the rest of the transaction.
  await trx.executeQuery(WRITE_LOCK);
}

/**
 * Tries to take the cluster-wide lock `name` for the rest of the transaction, without waiting: true when
 * this transaction holds it, false when another instance does. On PostgreSQL this is a transaction-level
 * advisory lock, released at commit or rollback; with a single writer, it is the database write lock.
 */
export async function tryTransactionLock(
  trx: Transaction<DB>,
  caps: Capabilities,
  name: string,
): Promise<boolean> {
  if (!caps.advisoryLocks) {
    await takeWriteLock(trx, caps);
    return true;
  }
  const { rows } = await sql<{
    locked: boolean;
  }>`select pg_try_advisory_xact_lock(${advisoryKey(name)}::bigint) as locked`.execute(trx);
  return rows[0]?.locked === true;
}

/**
 * Takes the cluster-wide locks `names` for the rest of the transaction, waiting for other transactions
 * holding any of them: two transactions working on the same thing (e.g. leads with the same phone number)
 * then run one after the other. Names are taken in sorted order, so transactions sharing several never
 * deadlock. With a single writer this is the database write lock.
 * @example await takeTransactionLocks(trx, database.caps, ['lead-key:phone:13800138000'])
 */
export async function takeTransactionLocks(
  trx: Transaction<DB>,
  caps: Capabilities,
  names: readonly string[],
): Promise<void> {
  if (!caps.advisoryLocks) {
    await takeWriteLock(trx, caps);
    return;
  }
  for (const name of [...new Set(names)].sort()) {
    await sql`select pg_advisory_xact_lock(${advisoryKey(name)}::bigint)`.execute(trx);
  }
}

/** Run locks held in this process, by database (its Kysely adapter): where there are no advisory locks. */
const heldRunLocks = new WeakMap<object, Set<string>>();

/**
 * Runs `work` holding the cluster-wide lock `name` across the several transactions it may commit, or
 * returns null at once when another run holds it. On PostgreSQL a session advisory lock on a connection of
 * its own (released at the end, or when the session ends); with a single writer (SQLite, one process) a
 * lock in this process's memory.
 * @example await withRunLock(database.db, database.caps, `leadPool.recycle:${pool.id}`, () => recycleInChunks(…))
 */
export async function withRunLock<T>(
  db: Kysely<DB>,
  caps: Capabilities,
  name: string,
  work: () => Promise<T>,
): Promise<T | null> {
  if (!caps.advisoryLocks) {
    const adapter = db.getExecutor().adapter;
    const held = heldRunLocks.get(adapter) ?? new Set<string>();
    heldRunLocks.set(adapter, held);
    if (held.has(name)) return null;
    held.add(name);
    try {
      return await work();
    } finally {
      held.delete(name);
    }
  }
  const key = advisoryKey(name);
  return db.connection().execute(async (connection) => {
    const { rows } = await sql<{
      locked: boolean;
    }>`select pg_try_advisory_lock(${key}::bigint) as locked`.execute(connection);
    if (rows[0]?.locked !== true) return null;
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(${key}::bigint)`.execute(connection);
    }
  });
}

/** A stable signed 64-bit key for an advisory lock name. */
function advisoryKey(name: string): string {
  return createHash('sha256').update(name).digest().readBigInt64BE(0).toString();
}

import { AsyncResource } from 'node:async_hooks';
import type { ControlledTransaction, Kysely, Transaction } from 'kysely';
import { executeCompiled } from './execute-compiled.ts';
import type { DB } from './schema.ts';

/** A write transaction's work: runs on the transaction it is given and resolves to its result. */
export type WriteWork<T> = (trx: Transaction<DB>) => Promise<T>;

interface QueuedWrite {
  work: WriteWork<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

const SAVEPOINT = 'savepoint "write"';
const RELEASE = 'release "write"';
const ROLLBACK_TO = 'rollback to "write"';
const NO_PARAMS: readonly unknown[] = [];

/** The most writes one group commits together (a group holds the only connection while it runs). */
const MAX_GROUP_SIZE = 32;

/**
 * Group commit for a database with one writer (embedded SQLite). Each write's work runs in a savepoint of a
 * transaction shared with the writes that were waiting when it started, and the group commits once: SQLite
 * writes every page a commit dirtied to its log, and one row's insert dirties a page per index, so a commit
 * per write costs as much as the write itself. A write that fails rolls back to its savepoint alone; the
 * others go on. Every write is acknowledged (its promise resolves) only after its group committed, so an
 * answered request is as durable as before; when the commit itself fails, every write of the group fails.
 *
 * Writes queue until the event loop's next check phase (`setImmediate`), so the requests whose bytes arrived
 * in the same I/O turn form one group.
 */
export function groupCommitter(
  db: Kysely<DB>,
  begin: (trx: Transaction<DB>) => Promise<void>,
): <T>(work: WriteWork<T>) => Promise<T> {
  const queue: QueuedWrite[] = [];
  let draining = false;

  const runGroup = async (group: QueuedWrite[]) => {
    let trx: ControlledTransaction<DB>;
    try {
      trx = await db.startTransaction().execute();
    } catch (error) {
      for (const write of group) write.reject(error);
      return;
    }
    const succeeded: Array<[QueuedWrite, unknown]> = [];
    let next = 0;
    try {
      await begin(trx);
      if (group.length === 1) {
        // Alone in its group: the transaction is the write's own, no savepoint needed.
        const write = group[0]!;
        let result: unknown;
        try {
          result = await write.work(trx);
        } catch (error) {
          await trx.rollback().execute();
          write.reject(error);
          return;
        }
        await trx.commit().execute();
        write.resolve(result);
        return;
      }
      for (; next < group.length; next += 1) {
        const write = group[next]!;
        // Savepoints as plain statements on the group's transaction (no new transaction object per write).
        await executeCompiled(trx, SAVEPOINT, NO_PARAMS);
        try {
          const result = await write.work(trx);
          await executeCompiled(trx, RELEASE, NO_PARAMS);
          succeeded.push([write, result]);
        } catch (error) {
          await executeCompiled(trx, ROLLBACK_TO, NO_PARAMS);
          await executeCompiled(trx, RELEASE, NO_PARAMS);
          write.reject(error);
        }
      }
      await trx.commit().execute();
    } catch (error) {
      // The transaction itself failed (begin, a savepoint command or the commit): nothing of it stays.
      await trx
        .rollback()
        .execute()
        .catch(() => undefined);
      for (const [write] of succeeded) write.reject(error);
      for (const write of group.slice(next)) write.reject(error);
      return;
    }
    for (const [write, result] of succeeded) write.resolve(result);
  };

  const drain = async () => {
    while (queue.length > 0) await runGroup(queue.splice(0, MAX_GROUP_SIZE));
    draining = false;
  };

  return <T>(work: WriteWork<T>) =>
    new Promise<T>((resolve, reject) => {
      // The work runs in its writer's async context (e.g. a pinned clock), not in the group's. (A plain
      // resource: `AsyncResource.bind` also defines deprecated properties on every bound function.)
      const resource = new AsyncResource('lodestar.write');
      const inWriterContext: WriteWork<unknown> = (trx) => resource.runInAsyncScope(work, null, trx);
      queue.push({ work: inWriterContext, resolve: resolve as (value: unknown) => void, reject });
      if (draining) return;
      draining = true;
      setImmediate(() => void drain());
    });
}

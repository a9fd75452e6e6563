import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

/**
 * Marks the writes `applyContractTransition` makes, so that the contract's behaviour can tell them from every
 * other write: only a transition may write `status`, and a transition may set a locked field it owns (the
 * signing date when signing).
 */
const transitioning = new WeakSet<Transaction<DB>>();

/** Runs `work` as a contract transition on `trx`. */
export async function asContractTransition<T>(trx: Transaction<DB>, work: () => Promise<T>): Promise<T> {
  const outer = transitioning.has(trx);
  transitioning.add(trx);
  try {
    return await work();
  } finally {
    if (!outer) transitioning.delete(trx);
  }
}

/** Whether the write on `trx` is a contract transition's. */
export function isContractTransition(trx: Transaction<DB>): boolean {
  return transitioning.has(trx);
}

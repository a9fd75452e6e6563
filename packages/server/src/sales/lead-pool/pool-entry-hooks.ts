import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';

/** Leads a recycle run put into a pool, one range of lead ids (from, to] at a time: their pool events. */
export interface RecycledLeads {
  runId: string;
  afterEventId: number;
  leadIds: [number, number];
}

/**
 * Leads that just entered a pool with nobody owning them: by an assignment rule, returned by their owner, or
 * recycled. One lead or a few are named; a recycle run (any number of leads) is named by its pool events —
 * those with `runId`, an id above `afterEventId` and a lead in the range `leadIds` — so that a hook can work on them set-based.
 */
export interface PoolEntry {
  trx: Transaction<DB>;
  database: Database;
  poolId: number;
  at: string;
  leads: { ids: number[] } | RecycledLeads;
}

export type PoolEntryHook = (entry: PoolEntry) => Promise<void>;

const hooks: PoolEntryHook[] = [];

/**
 * Registers a hook that runs inside the transaction that put leads into a pool; nurturing enrols them in the
 * pool's sequence here. A hook that throws undoes the whole move. Returns a function that removes the hook.
 * @example registerPoolEntryHook(async ({ trx, poolId, leads }) => enrolEnteringLeads(trx, poolId, leads))
 */
export function registerPoolEntryHook(hook: PoolEntryHook): () => void {
  hooks.push(hook);
  return () => {
    const index = hooks.indexOf(hook);
    if (index >= 0) hooks.splice(index, 1);
  };
}

/** Runs every registered hook for leads that entered a pool, in registration order. */
export async function runPoolEntryHooks(entry: PoolEntry): Promise<void> {
  for (const hook of [...hooks]) await hook(entry);
}

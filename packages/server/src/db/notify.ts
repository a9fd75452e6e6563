import { type Kysely, sql } from 'kysely';
import { type Capabilities, capabilitiesOf } from './database.ts';
import type { DB } from './schema.ts';

/** Channels already notified per open transaction: one notification per channel and commit is enough. */
const notifiedInTransaction = new WeakMap<Kysely<DB>, Set<string>>();

/**
 * Wakes the instances listening on `channel` (`Database.listen`). Inside a transaction the notification
 * is delivered at commit, and not at all on rollback; repeated calls in one transaction send it once.
 * Without `caps.notify` (SQLite) it does nothing: there, polling is the only way work is found.
 * @example await notifyChannel(trx, 'lodestar_jobs')
 */
export async function notifyChannel(
  db: Kysely<DB>,
  channel: string,
  caps: Capabilities | undefined = capabilitiesOf(db),
): Promise<void> {
  if (!caps?.notify) return;
  if (db.isTransaction) {
    const sent = notifiedInTransaction.get(db) ?? new Set<string>();
    if (sent.has(channel)) return;
    notifiedInTransaction.set(db, sent);
    sent.add(channel);
  }
  // The channel is `<channel>_<schema>` (as the listener computes it), so that instances sharing a
  // database but not a schema (test isolation) do not wake each other; 63 bytes is an identifier's limit.
  await sql`select pg_notify(left(${channel}::text || '_' || current_schema(), 63), '')`.execute(db);
}

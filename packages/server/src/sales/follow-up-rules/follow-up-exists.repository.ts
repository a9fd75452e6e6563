import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { objectTableOn } from '../catalogue/object-table.ts';

/**
 * Whether a live follow-up names the record (`lead` or `opportunity` lookup of the follow-up), happened at
 * or after `since` when given — one indexed probe on the follow-up's lookup column.
 */
export async function hasFollowUp(
  trx: Kysely<DB> | Transaction<DB>,
  link: 'lead' | 'opportunity',
  recordId: number,
  since: Date | null,
): Promise<boolean> {
  const followUps = await objectTableOn(trx, 'followUp');
  const linkColumn = followUps?.column(link);
  const occurredAt = followUps?.column('occurredAt');
  if (!followUps || !linkColumn || !occurredAt) return true;
  const recent = since ? sql`and ${sql.ref(occurredAt)} >= ${since.toISOString()}` : sql``;
  const row = await sql<{ found: number }>`
    select 1 as found from ${sql.table(followUps.tableName)}
    where ${sql.ref(linkColumn)} = ${recordId} and deleted_at is null ${recent}
    limit 1`.execute(trx);
  return row.rows.length > 0;
}

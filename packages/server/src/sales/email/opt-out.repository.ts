import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

type AnyDb = Kysely<DB> | Transaction<DB>;

export type OptOutSource = 'link' | 'oneClick' | 'manual';

/** When and how a lead (or anyone at its address) opted out of email, or null. */
export async function findOptOut(
  db: AnyDb,
  leadId: number,
  email: string | null,
): Promise<{ at: string; source: OptOutSource } | null> {
  let query = db.selectFrom('email_opt_outs').select(['at', 'source']);
  query = email
    ? query.where((eb) => eb.or([eb('lead_id', '=', leadId), eb('email', '=', email.toLowerCase())]))
    : query.where('lead_id', '=', leadId);
  const row = await query.orderBy('id').executeTakeFirst();
  return row ? { at: new Date(row.at).toISOString(), source: row.source as OptOutSource } : null;
}

/** Records a lead's opt-out; false when it had opted out already (the first one is kept). */
export async function insertOptOut(
  trx: Transaction<DB>,
  row: { leadId: number; email: string | null; source: OptOutSource; language: string; at: string },
): Promise<boolean> {
  const result = await trx
    .insertInto('email_opt_outs')
    .values({
      lead_id: row.leadId,
      email: row.email?.toLowerCase() ?? null,
      source: row.source,
      language: row.language,
      at: row.at,
    })
    .onConflict((oc) => oc.column('lead_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

import type { Transaction } from 'kysely';
import { cachedQuery } from '../../db/cached-query.ts';
import type { DB } from '../../db/schema.ts';

/**
 * A lead's custody row (see `LeadCustodyTable`): the moments the recycle rules count from. Each function
 * writes one lead's row, creating it when the lead has none yet.
 */

/** The lead changed hands at `at`: its clocks start again and any recycle reminder is forgotten. */
export async function recordOwnerChange(trx: Transaction<DB>, leadId: number, at: string): Promise<void> {
  await cachedQuery(trx, 'leadCustody.ownerChange', [leadId, at, null], ([lead, moment, nothing]) => {
    const values = { owner_since: moment, last_touch_at: moment, reminded_at: nothing };
    return trx
      .insertInto('lead_custody')
      .values({ lead_id: lead, pool_id: nothing, last_follow_up_at: nothing, pooled_at: nothing, ...values })
      .onConflict((oc) => oc.column('lead_id').doUpdateSet(values));
  });
}

/** The lead entered `poolId` at `at` with nobody owning it. */
export async function recordPooled(
  trx: Transaction<DB>,
  leadId: number,
  poolId: number,
  at: string,
): Promise<void> {
  await cachedQuery(
    trx,
    'leadCustody.pooled',
    [leadId, poolId, at, null],
    ([lead, pool, moment, nothing]) => {
      const values = {
        pool_id: pool,
        pooled_at: moment,
        owner_since: nothing,
        last_touch_at: nothing,
        reminded_at: nothing,
      };
      return trx
        .insertInto('lead_custody')
        .values({ lead_id: lead, last_follow_up_at: nothing, ...values })
        .onConflict((oc) => oc.column('lead_id').doUpdateSet(values));
    },
  );
}

/** A follow-up of the lead happened at `at`: "no follow-up in N days" counts from the latest one. */
export async function recordFollowUp(trx: Transaction<DB>, leadId: number, at: string): Promise<void> {
  const row = await trx
    .selectFrom('lead_custody')
    .select(['last_touch_at', 'last_follow_up_at'])
    .where('lead_id', '=', leadId)
    .executeTakeFirst();
  const later = (a: string | null | undefined) =>
    a == null || new Date(a).getTime() < new Date(at).getTime() ? at : new Date(a).toISOString();
  const values = {
    last_follow_up_at: later(row?.last_follow_up_at),
    last_touch_at: later(row?.last_touch_at),
    reminded_at: null,
  };
  if (row) {
    await trx.updateTable('lead_custody').set(values).where('lead_id', '=', leadId).execute();
    return;
  }
  await trx
    .insertInto('lead_custody')
    .values({ lead_id: leadId, pool_id: null, owner_since: null, pooled_at: null, ...values })
    .execute();
}

import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

type AnyDb = Kysely<DB> | Transaction<DB>;

/**
 * Claims an idempotency key of a caller for this transaction: true when it was free. When another
 * transaction holds it uncommitted, the insert waits for that one to end (PostgreSQL's unique index; with
 * one writer the transactions run one after the other anyway) and then finds it taken.
 */
export async function claimIdempotencyKey(
  trx: Transaction<DB>,
  row: { callerUserId: number; key: string; requestHash: string; at: string },
): Promise<boolean> {
  const inserted = await trx
    .insertInto('lead_intake_requests')
    .values({
      caller_user_id: row.callerUserId,
      idempotency_key: row.key,
      request_hash: row.requestHash,
      created_at: row.at,
    })
    .onConflict((oc) => oc.columns(['caller_user_id', 'idempotency_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** The request stored under a caller's idempotency key, with the answer it got. */
export async function findIdempotentRequest(db: AnyDb, callerUserId: number, key: string) {
  return db
    .selectFrom('lead_intake_requests')
    .select(['request_hash', 'response_status', 'response_body'])
    .where('caller_user_id', '=', callerUserId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

export async function storeIdempotentResponse(
  trx: Transaction<DB>,
  callerUserId: number,
  key: string,
  response: { status: number; body: unknown },
): Promise<void> {
  await trx
    .updateTable('lead_intake_requests')
    .set({ response_status: response.status, response_body: JSON.stringify(response.body) })
    .where('caller_user_id', '=', callerUserId)
    .where('idempotency_key', '=', key)
    .execute();
}

/** Removes stored answers older than `before` (a retry comes within minutes, not weeks). */
export async function deleteIdempotentRequestsBefore(db: AnyDb, before: string): Promise<number> {
  const result = await db
    .deleteFrom('lead_intake_requests')
    .where('created_at', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Claims the external ids of a caller's items, in one statement in sorted order (two batches sharing ids
 * take them in the same order, so they wait for each other instead of deadlocking). Returns the ids this
 * transaction claimed; the others were taken in before.
 */
export async function claimExternalIds(
  trx: Transaction<DB>,
  callerUserId: number,
  externalIds: string[],
  at: string,
): Promise<Set<string>> {
  if (externalIds.length === 0) return new Set();
  const sorted = [...externalIds].sort();
  const rows = await trx
    .insertInto('lead_intake_items')
    .values(sorted.map((id) => ({ caller_user_id: callerUserId, external_id: id, created_at: at })))
    .onConflict((oc) => oc.columns(['caller_user_id', 'external_id']).doNothing())
    .returning('external_id')
    .execute();
  return new Set(rows.map((row) => row.external_id));
}

/** The leads earlier items with these external ids became. */
export async function leadsOfExternalIds(
  db: AnyDb,
  callerUserId: number,
  externalIds: string[],
): Promise<Map<string, number | null>> {
  if (externalIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('lead_intake_items')
    .select(['external_id', 'lead_id'])
    .where('caller_user_id', '=', callerUserId)
    .where('external_id', 'in', externalIds)
    .execute();
  return new Map(rows.map((row) => [row.external_id, row.lead_id === null ? null : Number(row.lead_id)]));
}

export async function recordExternalIdLead(
  trx: Transaction<DB>,
  callerUserId: number,
  externalId: string,
  lead: { leadId: number; outcome: string },
): Promise<void> {
  await trx
    .updateTable('lead_intake_items')
    .set({ lead_id: lead.leadId, outcome: lead.outcome })
    .where('caller_user_id', '=', callerUserId)
    .where('external_id', '=', externalId)
    .execute();
}

/** Frees an external id whose item was refused, so that a corrected retry can take it in. */
export async function releaseExternalId(
  trx: Transaction<DB>,
  callerUserId: number,
  externalId: string,
): Promise<void> {
  await trx
    .deleteFrom('lead_intake_items')
    .where('caller_user_id', '=', callerUserId)
    .where('external_id', '=', externalId)
    .execute();
}

import { type Expression, type Kysely, type SqlBool, sql, type Transaction } from 'kysely';
import { cachedQuery } from '../../db/cached-query.ts';
import type { ColumnTypes } from '../../db/column-types.ts';
import type { DB } from '../../db/schema.ts';
import { CLOSED_LEAD_STATUSES } from '../lead/lead-table.ts';
import type { RecycledLeads } from '../lead-pool/pool-entry-hooks.ts';
import type { NurturedLeadTable } from './nurtured-leads.ts';

type AnyDb = Kysely<DB> | Transaction<DB>;
// biome-ignore lint/suspicious/noExplicitAny: record tables are known only from metadata
const dynamic = (db: AnyDb) => db as unknown as Kysely<any>;

export type EnrolmentStatus = 'active' | 'completed' | 'stopped';

/** Which leads to enrol: named, or those a recycle run put into a pool (its pool events). */
export type EnrolSource = { ids: number[] } | RecycledLeads;

/**
 * Conditions on a lead (alias `r`) for it to be emailed: live, in a pool (nobody owns it), still open, with an
 * address, that neither it nor its address opted out of.
 */
export function emailableLead(leads: NurturedLeadTable): Expression<SqlBool> {
  const email = sql.ref(`r.${leads.email}`);
  return sql<SqlBool>`r.deleted_at is null and r.owner_id is null
    and (${sql.ref(`r.${leads.status}`)} is null or ${sql.ref(`r.${leads.status}`)} not in (${sql.join(CLOSED_LEAD_STATUSES)}))
    and ${email} is not null and ${email} <> ''
    and not exists (select 1 from email_opt_outs o where o.lead_id = r.id or o.email = lower(${email}))`;
}

/**
 * Enrols in one go the leads of `source` that may be emailed and are in no sequence yet, at their first step
 * due at `firstDueAt`; returns the new enrolments. A lead enrolled meanwhile by another transaction is left
 * out by the unique index of active enrolments (a conflict), never enrolled twice.
 */
export async function insertEnrolments(
  trx: Transaction<DB>,
  leads: NurturedLeadTable,
  types: ColumnTypes,
  props: {
    sequenceId: number;
    source: EnrolSource;
    firstDueAt: string;
    at: string;
    actorUserId: number | null;
  },
): Promise<Array<{ id: number; leadId: number }>> {
  // Parameters in a SELECT list have no type on PostgreSQL: each is cast to its column's.
  const id = (value: number | null) => sql`cast(${value} as ${sql.raw(types.id)})`;
  const stamp = (value: string | null) => sql`cast(${value} as ${sql.raw(types.timestamp)})`;
  const source = props.source;
  const inSource =
    'ids' in source
      ? sql<SqlBool>`r.id in (${sql.join(source.ids)})`
      : sql<SqlBool>`r.id in (select e.lead_id from lead_pool_events e where e.id > ${id(source.afterEventId)}
          and e.run_id = ${source.runId} and e.lead_id > ${id(source.leadIds[0])} and e.lead_id <= ${id(source.leadIds[1])})`;
  if ('ids' in source && source.ids.length === 0) return [];
  const selected = dynamic(trx)
    .selectFrom(`${leads.table} as r`)
    .select([
      id(props.sequenceId).as('sequence_id'),
      'r.id as lead_id',
      sql`cast('active' as text)`.as('status'),
      sql`0`.as('next_position'),
      stamp(props.firstDueAt).as('next_due_at'),
      sql`cast(null as text)`.as('stop_reason'),
      id(props.actorUserId).as('enrolled_by'),
      stamp(props.at).as('enrolled_at'),
      stamp(null).as('ended_at'),
    ])
    .where(inSource)
    .where(emailableLead(leads))
    .where(
      sql<SqlBool>`not exists (select 1 from nurture_enrolments x where x.lead_id = r.id and x.status = 'active')`,
    );
  const rows = await trx
    .insertInto('nurture_enrolments')
    .columns([
      'sequence_id',
      'lead_id',
      'status',
      'next_position',
      'next_due_at',
      'stop_reason',
      'enrolled_by',
      'enrolled_at',
      'ended_at',
    ])
    .expression(selected)
    .returning(['id', 'lead_id'])
    .execute();
  return rows.map((row) => ({ id: Number(row.id), leadId: Number(row.lead_id) }));
}

/** A lead's active enrolment with its sequence, or null. */
export async function activeEnrolmentOf(db: AnyDb, leadId: number) {
  const row = await db
    .selectFrom('nurture_enrolments as e')
    .innerJoin('nurture_sequences as s', 's.id', 'e.sequence_id')
    .select([
      'e.id',
      'e.sequence_id',
      'e.next_position',
      'e.next_due_at',
      's.name as sequence_name',
      's.hand_back_rule_set_id',
    ])
    .where('e.lead_id', '=', leadId)
    .where('e.status', '=', 'active')
    .executeTakeFirst();
  return row
    ? {
        id: Number(row.id),
        sequenceId: Number(row.sequence_id),
        sequenceName: row.sequence_name,
        nextPosition: Number(row.next_position),
        nextDueAt: row.next_due_at,
        handBackRuleSetId: row.hand_back_rule_set_id === null ? null : Number(row.hand_back_rule_set_id),
      }
    : null;
}

/** One enrolment with its sequence's name and state. */
export async function findEnrolment(db: AnyDb, id: number) {
  return db
    .selectFrom('nurture_enrolments as e')
    .innerJoin('nurture_sequences as s', 's.id', 'e.sequence_id')
    .select([
      'e.id',
      'e.lead_id',
      'e.sequence_id',
      'e.status',
      'e.next_position',
      'e.next_due_at',
      's.name as sequence_name',
      's.active as sequence_active',
    ])
    .where('e.id', '=', id)
    .executeTakeFirst();
}

/**
 * Ends the active enrolments a condition picks (`lead_id` or `sequence_id` equal to a value) as `status`
 * with `reason`; returns what they were (their sequence's name and the step that was due).
 */
export async function endActiveEnrolments(
  trx: Transaction<DB>,
  where: { leadId: number } | { sequenceId: number } | { id: number },
  end: { status: Exclude<EnrolmentStatus, 'active'>; reason: string | null; at: string },
): Promise<Array<{ id: number; leadId: number; position: number; sequenceName: string }>> {
  const column = 'leadId' in where ? 'e.lead_id' : 'sequenceId' in where ? 'e.sequence_id' : 'e.id';
  const value = 'leadId' in where ? where.leadId : 'sequenceId' in where ? where.sequenceId : where.id;
  // Compiled once per column: every owner change of a lead asks, nearly always of a lead in no sequence.
  const ending = await cachedQuery(
    trx,
    `nurtureEnrolments.active.${column}`,
    [value, 'active'],
    ([v, active]) =>
      trx
        .selectFrom('nurture_enrolments as e')
        .innerJoin('nurture_sequences as s', 's.id', 'e.sequence_id')
        .select(['e.id', 'e.lead_id', 'e.next_position', 's.name'])
        .where(column, '=', v)
        .where('e.status', '=', active),
  );
  if (ending.length === 0) return [];
  const ids = ending.map((row) => Number(row.id));
  for (let start = 0; start < ids.length; start += 500) {
    await trx
      .updateTable('nurture_enrolments')
      .set({ status: end.status, stop_reason: end.reason, ended_at: end.at, next_due_at: null })
      .where('id', 'in', ids.slice(start, start + 500))
      .where('status', '=', 'active')
      .execute();
  }
  return ending.map((row) => ({
    id: Number(row.id),
    leadId: Number(row.lead_id),
    position: Number(row.next_position),
    sequenceName: row.name,
  }));
}

/** Moves an active enrolment from step `from` to step `to`, due at `dueAt`; false if it was not at `from`. */
export async function advanceEnrolment(
  trx: Transaction<DB>,
  id: number,
  from: number,
  to: number,
  dueAt: string,
): Promise<boolean> {
  const result = await trx
    .updateTable('nurture_enrolments')
    .set({ next_position: to, next_due_at: dueAt })
    .where('id', '=', id)
    .where('status', '=', 'active')
    .where('next_position', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

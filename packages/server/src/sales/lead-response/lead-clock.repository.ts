import type { Kysely, Transaction } from 'kysely';
import { cachedQuery } from '../../db/cached-query.ts';
import type { Database } from '../../db/database.ts';
import { runtimeTables as dynamic } from '../../db/runtime-tables.ts';
import type { DB } from '../../db/schema.ts';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { type ObjectTable, objectTableOf } from '../catalogue/object-table.ts';

/** What the first-response clock reads of a lead. */
export interface LeadClock {
  id: number;
  version: number;
  name: string | null;
  ownerId: number | null;
  /** The lead's own status (`new`, `contacted`, …). */
  status: string | null;
  createdAt: string;
  responseDueAt: string | null;
  firstResponseAt: string | null;
  responseStatus: string | null;
}

/** Where leads are stored, from the metadata in memory (read through `trx` when it must be loaded). */
export async function leadClockTable(database: Database, trx: Kysely<DB>): Promise<ObjectTable | undefined> {
  const lead = (await metadataRegistryOf(database).snapshot(trx)).object('lead');
  return lead && objectTableOf(lead);
}

/** A live lead's first-response clock, read on the caller's transaction; undefined when gone. */
export async function selectLeadClock(
  db: Kysely<DB> | Transaction<DB>,
  leadId: number,
  leads: ObjectTable,
): Promise<LeadClock | undefined> {
  const column = (field: string) => leads.column(field) ?? field;
  const columns = [column('name'), column('status'), column('responseDueAt'), column('firstResponseAt')];
  const [row] = (await cachedQuery(
    db,
    `leadClock.select:${leads.tableName}:${columns.join(',')}:${column('responseStatus')}`,
    [leadId],
    ([id]) =>
      dynamic(db)
        .selectFrom(leads.tableName)
        .select([
          'id',
          'version',
          `${column('name')} as name`,
          'owner_id',
          `${column('status')} as lead_status`,
          'created_at',
          `${column('responseDueAt')} as due`,
          `${column('firstResponseAt')} as answered`,
          `${column('responseStatus')} as status`,
        ])
        .where('id', '=', id)
        .where('deleted_at', 'is', null),
  )) as Array<{
    id: number;
    version: number;
    name: string | null;
    owner_id: number | null;
    lead_status: string | null;
    created_at: string;
    due: string | null;
    answered: string | null;
    status: string | null;
  }>;
  if (!row) return undefined;
  return {
    id: Number(row.id),
    version: Number(row.version),
    name: row.name,
    ownerId: row.owner_id == null ? null : Number(row.owner_id),
    status: row.lead_status,
    createdAt: String(row.created_at),
    responseDueAt: row.due == null ? null : new Date(row.due).toISOString(),
    firstResponseAt: row.answered == null ? null : String(row.answered),
    responseStatus: row.status,
  };
}

/**
 * Sets a lead's due moment and clock status as part of a write that already versioned the lead (an owner
 * change by assignment): the two managed fields only, no history of their own.
 */
export async function writeLeadClock(
  trx: Transaction<DB>,
  leadId: number,
  clock: { responseDueAt: string | null; responseStatus: string | null },
  leads: ObjectTable,
): Promise<void> {
  const due = leads.column('responseDueAt') ?? 'responseDueAt';
  const status = leads.column('responseStatus') ?? 'responseStatus';
  await cachedQuery(
    trx,
    `leadClock.write:${leads.tableName}:${due}:${status}`,
    [clock.responseDueAt, clock.responseStatus, leadId],
    ([dueAt, responseStatus, id]) =>
      dynamic(trx)
        .updateTable(leads.tableName)
        .set({ [due]: dueAt, [status]: responseStatus })
        .where('id', '=', id),
  );
}

import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { type LeadTable, leadTableOf } from '../lead/lead-table.ts';

/** The lead table with the column of its email address: what set-based enrolment reads. */
export interface NurturedLeadTable extends LeadTable {
  email: string;
}

/** The lead table and its email column, read inside `trx` when one is open. */
export async function nurturedLeadTable(database: Database, trx?: Kysely<DB>): Promise<NurturedLeadTable> {
  const snapshot = await metadataRegistryOf(database).snapshot(trx);
  const email = snapshot.object('lead')?.fields.find((field) => field.apiName === 'email');
  if (!email) throw new Error('lead has no field email');
  return { ...leadTableOf(snapshot), email: email.columnName };
}

import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import type { MetadataSnapshot } from '../../metadata/metadata-registry.ts';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { CONVERTED } from './lead-fields.ts';

/** Statuses of a lead that is no longer worked: converted, or found not to be a lead at all. */
export const CLOSED_LEAD_STATUSES = [CONVERTED, 'unqualified'] as const;

/** Where leads are stored: what set-based statements on leads need to know of the metadata. */
export interface LeadTable {
  table: string;
  /** Column of `status`. */
  status: string;
  /** Column of `name`. */
  name: string;
  /** The company's time zone. */
  timeZone: string;
}

/** The lead table of a snapshot. */
export function leadTableOf(snapshot: MetadataSnapshot): LeadTable {
  const lead = snapshot.object('lead');
  if (!lead) throw new Error('the lead object is missing');
  const column = (field: string) => {
    const meta = lead.fields.find((candidate) => candidate.apiName === field);
    if (!meta) throw new Error(`lead has no field ${field}`);
    return meta.columnName;
  };
  return {
    table: lead.tableName,
    status: column('status'),
    name: column('name'),
    timeZone: snapshot.timeZone,
  };
}

/** The lead table, read inside `trx` when one is open (see `MetadataRegistry.snapshot`). */
export async function leadTable(database: Database, trx?: Kysely<DB>): Promise<LeadTable> {
  return leadTableOf(await metadataRegistryOf(database).snapshot(trx));
}

import { sql } from 'kysely';
import type { Database } from '../../db/database.ts';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { indexNameFor } from '../../metadata/naming.ts';

/**
 * The index the first-response report reads instead of the lead table: the timed live leads with every column
 * the report groups, filters and counts by, the owner first (a rep's report is a range of it). Grouping a
 * million leads then reads the index alone, far smaller than the table, and SQLite chooses it over the
 * owner and deleted-at indexes without statistics. Created on start when missing; on an existing large lead
 * table the first start after an upgrade builds it once.
 */
export async function ensureResponseReportIndex(database: Database): Promise<void> {
  const lead = (await metadataRegistryOf(database).snapshot()).object('lead');
  if (!lead) throw new Error('the lead object is missing');
  const column = (field: string) => {
    const meta = lead.fields.find((f) => f.apiName === field);
    if (!meta) throw new Error(`lead has no field ${field}`);
    return sql.ref(meta.columnName);
  };
  await sql`create index if not exists ${sql.id(indexNameFor('ix', lead.tableName, 'response_report'))}
    on ${sql.table(lead.tableName)} (owner_id, ${column('responseMinutes')}, ${column('source')},
      ${column('responseStatus')}, ${column('firstResponseAt')}, created_at, deleted_at)
    where deleted_at is null and ${column('responseStatus')} is not null`.execute(database.db);
}

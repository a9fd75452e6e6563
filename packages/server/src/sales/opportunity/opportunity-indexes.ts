import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** Live open opportunities: the rows the kanban and the funnel's open stages read. */
const OPEN_OPPORTUNITY = sql`status = 'open' and deleted_at is null`;

/** The close month of an opportunity, as the forecast groups by it (and its index stores it). */
export const CLOSE_MONTH = 'substr(close_date, 1, 7)';

/**
 * Indexes of the opportunity table beyond the per-field ones, for the kanban, the funnel and the forecast
 * at a million opportunities. Each covers its queries (the filtered columns are part of it, since SQLite
 * counts a partial index as covering only then) and lists the grouped columns first, so an aggregate reads
 * the index alone and in group order — SQLite aggregates by sorting, and sorting a few hundred thousand
 * rows costs more than reading them. The `owner_id`-first twins serve a rep's data scope (`owner_id = …`)
 * the same way. Queries must spell the partial conditions with literals (`status = 'open'`), not
 * parameters, and the close month as `CLOSE_MONTH`, for SQLite to use them.
 */
const OPPORTUNITY_INDEXES: Array<{ name: string; columns: string; where: typeof OPEN_OPPORTUNITY }> = [
  {
    name: 'ix_obj_opportunity__open_by_stage',
    columns: 'pipeline_id, stage_id, amount, owner_id, status, deleted_at',
    where: OPEN_OPPORTUNITY,
  },
  {
    name: 'ix_obj_opportunity__open_by_owner_stage',
    columns: 'owner_id, pipeline_id, stage_id, amount, status, deleted_at',
    where: OPEN_OPPORTUNITY,
  },
  {
    name: 'ix_obj_opportunity__forecast',
    columns: `status, (${CLOSE_MONTH}), owner_id, amount, probability, forecast_category, pipeline_id, close_date, deleted_at`,
    where: sql`deleted_at is null`,
  },
  {
    name: 'ix_obj_opportunity__forecast_by_owner',
    columns: `owner_id, status, (${CLOSE_MONTH}), amount, probability, forecast_category, pipeline_id, close_date, deleted_at`,
    where: sql`deleted_at is null`,
  },
];

/** Creates the opportunity indexes that do not exist yet (at start-up, after the built-in objects). */
export async function ensureOpportunityIndexes(database: { db: Kysely<DB> }): Promise<void> {
  for (const index of OPPORTUNITY_INDEXES) {
    // Column lists with expressions are beyond Kysely's index builder; every part here is a constant.
    await sql`create index if not exists ${sql.id(index.name)} on obj_opportunity (${sql.raw(index.columns)}) where ${index.where}`.execute(
      database.db,
    );
  }
}

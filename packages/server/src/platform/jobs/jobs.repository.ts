import type { Kysely } from 'kysely';
import type { DB, JobStatus } from '../../db/schema.ts';
import type { JobRow } from './job.ts';

export interface ListJobsFilter {
  status?: JobStatus | undefined;
  name?: string | undefined;
  /** Only jobs with a smaller id (keyset pagination, newest first). */
  beforeId?: number | undefined;
  limit: number;
}

/** Jobs newest first, filtered; fetches one row more than `limit` so the caller knows whether more follow. */
export async function listJobRows(db: Kysely<DB>, filter: ListJobsFilter): Promise<JobRow[]> {
  let query = db.selectFrom('jobs').selectAll();
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.name) query = query.where('name', '=', filter.name);
  if (filter.beforeId !== undefined) query = query.where('id', '<', filter.beforeId);
  return query
    .orderBy('id', 'desc')
    .limit(filter.limit + 1)
    .execute();
}

/** One job by id, or undefined. */
export async function findJobRow(db: Kysely<DB>, id: number): Promise<JobRow | undefined> {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

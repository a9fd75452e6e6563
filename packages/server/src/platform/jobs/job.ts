import type { Selectable } from 'kysely';
import type { JobStatus, JobTable } from '../../db/schema.ts';

export type JobRow = Selectable<JobTable>;

/** A job as the application sees it: camelCase, payload parsed. */
export interface Job {
  id: number;
  name: string;
  payload: unknown;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  runAt: string;
  lockedBy: string | null;
  lockedUntil: string | null;
  lastError: string | null;
  idempotencyKey: string | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

/** Maps a `jobs` row to a `Job`. */
export function toJob(row: JobRow): Job {
  return {
    id: Number(row.id),
    name: row.name,
    payload: JSON.parse(row.payload) as unknown,
    status: row.status,
    attempts: Number(row.attempts),
    maxAttempts: Number(row.max_attempts),
    runAt: row.run_at,
    lockedBy: row.locked_by,
    lockedUntil: row.locked_until,
    lastError: row.last_error,
    idempotencyKey: row.idempotency_key,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    finishedAt: row.finished_at,
  };
}

import { z } from 'zod';
import { ListQuery, pageOf } from '../../http/pagination.ts';

export const JOB_STATUSES = ['pending', 'running', 'done', 'dead'] as const;

export const ListJobsQuery = ListQuery.extend({
  status: z.enum(JOB_STATUSES).optional(),
  name: z.string().min(1).max(200).optional().describe('Exact job name, e.g. `sessions.cleanup`'),
});

/** Sort key of the jobs list (newest first): the id. */
export const JobCursorKey = z.tuple([z.number().int().positive()]);

export const JobIdParams = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

export const JobResponse = z.object({
  id: z.number(),
  name: z.string(),
  status: z.enum(JOB_STATUSES),
  attempts: z.number(),
  maxAttempts: z.number(),
  runAt: z.string(),
  lastError: z.string().nullable(),
  idempotencyKey: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
});

export const JobListResponse = pageOf(JobResponse);

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can } from '../../http/access.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { actorOf } from '../auth/auth.routes.ts';
import { defineMessages } from '../i18n.ts';
import { presentJob } from './job.presenter.ts';
import { toJob } from './job.ts';
import { listJobRows } from './jobs.repository.ts';
import { JobCursorKey, JobIdParams, JobListResponse, JobResponse, ListJobsQuery } from './jobs.schemas.ts';
import { retryDeadJob } from './retry-dead-job.ts';

defineMessages({
  'job.not_found': { 'zh-CN': '任务 {id} 不存在', en: 'Job {id} does not exist' },
  'job.not_dead': {
    'zh-CN': '只能重试已失败（死信）的任务，任务 {id} 当前状态为 {status}',
    en: 'Only dead jobs can be retried; job {id} is {status}',
  },
});

const Problem = z.object({ code: z.string(), detail: z.string() }).loose();

/** Admin view of the background job queue: list jobs, retry dead-lettered ones. */
export async function jobsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = fastify.ctx.database;

  app.get(
    '/jobs',
    {
      config: { access: can('setting', 'read') },
      schema: {
        tags: ['jobs'],
        summary: 'Background jobs, newest first, filtered by status and name',
        querystring: ListJobsQuery,
        response: { 200: JobListResponse, 400: Problem },
      },
    },
    async (request) => {
      const { status, name, limit, cursor } = request.query;
      const beforeId = cursor ? decodeCursor(cursor, JobCursorKey)[0] : undefined;
      const rows = await listJobRows(db, { status, name, limit, beforeId });
      return toPage(
        rows,
        limit,
        (row) => [Number(row.id)],
        (row) => presentJob(toJob(row)),
      );
    },
  );

  app.post(
    '/jobs/:id/retry',
    {
      config: { access: can('setting', 'update') },
      schema: {
        tags: ['jobs'],
        summary: 'Queue a dead (dead-lettered) job again with a fresh set of attempts',
        params: JobIdParams,
        response: { 200: JobResponse, 404: Problem, 409: Problem },
      },
    },
    async (request) => presentJob(await retryDeadJob(db, actorOf(request), request.params.id)),
  );
}

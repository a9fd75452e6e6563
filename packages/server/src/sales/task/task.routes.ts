import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { can, viewerOf } from '../../http/access.ts';
import { readMyDay } from './my-day.query.ts';
import { listMyTasks } from './my-tasks.query.ts';
import { MyDaySchema, MyTasksPage, MyTasksQuery } from './task.schemas.ts';

/** The caller's own work: "my day" and the task list by tab (P-5). */
export async function taskRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;
  const tags = ['tasks'];

  app.get(
    '/my-day',
    {
      config: { access: can('task', 'read') },
      schema: {
        tags,
        summary:
          'The caller’s day: open tasks due today and overdue, follow-ups due today (in their time zone)',
        response: { 200: MyDaySchema },
      },
    },
    async (request) => readMyDay(database, viewerOf(request)),
  );

  app.get(
    '/my-tasks',
    {
      config: { access: can('task', 'read') },
      schema: {
        tags,
        summary: 'The caller’s own tasks of one tab (today, overdue, upcoming, done), keyset pages',
        querystring: MyTasksQuery,
        response: { 200: MyTasksPage },
      },
    },
    async (request) => listMyTasks(database, viewerOf(request), request.query),
  );
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { PUBLIC } from '../../http/access.ts';
import { sendProblem } from '../../http/problem.ts';
import { defineMessages } from '../i18n.ts';

defineMessages({
  'system.database_unreachable': { 'zh-CN': '数据库不可用', en: 'The database is unreachable' },
});

const startedAt = Date.now();

export async function systemRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database, metrics } = fastify.ctx;

  app.get(
    '/health',
    {
      config: { access: PUBLIC },
      schema: {
        tags: ['system'],
        summary: 'Liveness and database reachability',
        response: {
          200: z.object({ status: z.literal('ok'), database: z.string(), uptimeSeconds: z.number() }),
        },
      },
    },
    async (request, reply) => {
      try {
        await sql`select 1`.execute(database.db);
      } catch (err) {
        request.log.error({ err }, 'health check: database unreachable');
        return sendProblem(request, reply, 503, 'system.database_unreachable');
      }
      return {
        status: 'ok' as const,
        database: database.dialect,
        uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
      };
    },
  );

  app.get('/openapi.json', { config: { access: PUBLIC }, schema: { hide: true } }, async () =>
    fastify.swagger(),
  );

  app.get(
    '/metrics',
    {
      config: { access: PUBLIC },
      schema: {
        tags: ['system'],
        summary: 'Prometheus metrics: HTTP requests, latency histogram, job queue depth',
      },
    },
    async (_request, reply) => {
      const rows = await database.db
        .selectFrom('jobs')
        .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
        .where('status', 'in', ['pending', 'running', 'dead'])
        .groupBy('status')
        .execute();
      const depth = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
      const mem = process.memoryUsage();
      const lines = [
        metrics.render().trimEnd(),
        '# HELP lodestar_jobs Jobs in the queue by status.',
        '# TYPE lodestar_jobs gauge',
        ...['pending', 'running', 'dead'].map((s) => `lodestar_jobs{status="${s}"} ${depth[s] ?? 0}`),
        '# HELP lodestar_process_resident_memory_bytes Resident set size.',
        '# TYPE lodestar_process_resident_memory_bytes gauge',
        `lodestar_process_resident_memory_bytes ${mem.rss}`,
        '# HELP lodestar_process_uptime_seconds Seconds since the process started.',
        '# TYPE lodestar_process_uptime_seconds gauge',
        `lodestar_process_uptime_seconds ${Math.round((Date.now() - startedAt) / 1000)}`,
      ];
      return reply.type('text/plain; version=0.0.4; charset=utf-8').send(`${lines.join('\n')}\n`);
    },
  );
}

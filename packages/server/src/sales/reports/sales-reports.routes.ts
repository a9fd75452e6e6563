import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { can, viewerOf } from '../../http/access.ts';
import { salesForecast } from './forecast.query.ts';
import { ForecastQuery, ForecastSchema } from './forecast.schemas.ts';
import { salesFunnel } from './funnel.query.ts';
import { FunnelQuery, FunnelSchema } from './funnel.schemas.ts';

/** The built-in sales reports: funnel and forecast, both within the caller's data scope on opportunities. */
export async function salesReportRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;
  const tags = ['reports'];

  app.get(
    '/reports/funnel',
    {
      config: { access: can('opportunity', 'read') },
      schema: {
        tags,
        summary: 'Sales funnel of a pipeline: per stage count, amount, conversion, days in stage, bottleneck',
        description:
          'Open stages count the opportunities there now; conversion, days in stage and won/lost figures come ' +
          'from the stage history of the period (whole months, company time zone; all time when absent).',
        querystring: FunnelQuery,
        response: { 200: FunnelSchema },
      },
    },
    async (request) => salesFunnel(database, viewerOf(request), request.query),
  );

  app.get(
    '/reports/forecast',
    {
      config: { access: can('opportunity', 'read') },
      schema: {
        tags,
        summary: 'Weighted forecast by close month and quarter, per owner and department',
        description:
          'Weighted = Σ amount × win probability of open opportunities; best case = their amount unweighted ' +
          '(except `omitted`); commit = those marked `commit`; closed won beside. The current year by default.',
        querystring: ForecastQuery,
        response: { 200: ForecastSchema },
      },
    },
    async (request) => salesForecast(database, viewerOf(request), request.query),
  );
}

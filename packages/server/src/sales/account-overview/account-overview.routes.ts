import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { can, viewerOf } from '../../http/access.ts';
import { readAccountOverview } from './account-overview.query.ts';
import { AccountOverviewParams, AccountOverviewSchema } from './account-overview.schemas.ts';

/** The key figures of an account's 360° view (C-1). */
export async function accountOverviewRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;

  app.get(
    '/accounts/:id/overview',
    {
      config: { access: can('account', 'read') },
      schema: {
        tags: ['accounts'],
        summary:
          'Key figures of an account: open and won opportunities, contracts and receivables, open tickets — over the records the caller may read',
        params: AccountOverviewParams,
        response: { 200: AccountOverviewSchema },
      },
    },
    async (request) => readAccountOverview(database, viewerOf(request), request.params.id),
  );
}

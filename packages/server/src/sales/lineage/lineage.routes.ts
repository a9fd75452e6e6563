import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { canOnObject, viewerOf } from '../../http/access.ts';
import { presentLineageStep } from './lineage.presenter.ts';
import { recordLineage } from './lineage.query.ts';
import { LineageParams, LineageSchema } from './lineage.schemas.ts';

/** Where a record came from: its chain back to the original lead (L-1). */
export async function lineageRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;

  app.get(
    '/lineage/:object/:id',
    {
      config: { access: canOnObject('read') },
      schema: {
        tags: ['lineage'],
        summary:
          'The chain of a payment, instalment, contract, quote, opportunity or account back to its lead; steps the caller may not read are hidden',
        params: LineageParams,
        response: { 200: LineageSchema },
      },
    },
    async (request) => {
      const steps = await recordLineage(
        database,
        viewerOf(request),
        request.params.object,
        request.params.id,
      );
      return { steps: steps.map(presentLineageStep) };
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { can, viewerOf } from '../../http/access.ts';
import { intakeLeads } from './intake-leads.command.ts';
import {
  IntakeBatchSchema,
  IntakeBody,
  IntakeHeaders,
  IntakeResultSchema,
  MAX_INTAKE_BATCH,
} from './lead-intake-api.schemas.ts';

/** The authenticated intake API for ad platforms, social and partner channels (an API key with `write`). */
export async function leadIntakeApiRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;

  app.post(
    '/leads/intake',
    {
      config: { access: can('lead', 'create') },
      schema: {
        tags: ['lead capture'],
        summary: `Take in one lead, or a batch of up to ${MAX_INTAKE_BATCH} as \`leads\``,
        description:
          'Safe to retry: send an `Idempotency-Key` header and a retry gets the first answer back ' +
          '(`Idempotent-Replayed: true`); give items an `externalId` and an item taken in before is not taken ' +
          'in again. Duplicates of existing leads are created, linked or merged as the intake settings say.',
        headers: IntakeHeaders,
        body: IntakeBody,
        response: { 200: IntakeResultSchema.or(IntakeBatchSchema), 201: IntakeResultSchema },
      },
    },
    async (request, reply) => {
      const answer = await intakeLeads(database, {
        viewer: viewerOf(request),
        locale: request.locale,
        body: request.body,
        idempotencyKey: request.headers['idempotency-key'],
      });
      if (answer.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(answer.status as 200 | 201).send(answer.body as never);
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { can, SIGNED_IN, viewerOf } from '../../http/access.ts';
import { actorOf } from '../../platform/auth/auth.routes.ts';
import { followUpRules } from './follow-up-rules.repository.ts';
import {
  FollowUpRulesSchema,
  StaleRecordsQuery,
  StaleRecordsResponse,
  UpdateFollowUpRulesBody,
} from './follow-up-rules.schemas.ts';
import { staleRecords } from './stale-records.query.ts';

const tags = ['follow-ups'];

/** The follow-up rules (P-7) — read by everyone, whom they hold up; changed by settings admins — and the records not followed up. */
export async function followUpRulesRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;

  app.get(
    '/follow-up-rules',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'When a follow-up must exist before converting a lead or advancing an opportunity',
        response: { 200: FollowUpRulesSchema },
      },
    },
    async () => followUpRules.read(database.db),
  );

  app.patch(
    '/follow-up-rules',
    {
      config: { access: can('setting', 'update') },
      schema: {
        tags,
        summary: 'Change the follow-up rules (audited)',
        body: UpdateFollowUpRulesBody,
        response: { 200: FollowUpRulesSchema },
      },
    },
    async (request) =>
      followUpRules.update(database, { ...actorOf(request), userId: viewerOf(request).userId }, request.body),
  );

  app.get(
    '/follow-ups/stale',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'Your records with no follow-up in N days (leads still open, open opportunities)',
        description: 'Within your data scope on the object (no read permission on it: 403).',
        querystring: StaleRecordsQuery,
        response: { 200: StaleRecordsResponse },
      },
    },
    async (request) => staleRecords(database, viewerOf(request), request.query),
  );
}

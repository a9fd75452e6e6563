import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { can, SIGNED_IN, viewerOf } from '../../http/access.ts';
import { actorOf } from '../../platform/auth/auth.routes.ts';
import { assignPooledLeads } from './assign-pooled-leads.command.ts';
import { claimLeads } from './claim-leads.command.ts';
import { deletePool } from './delete-pool.command.ts';
import {
  AssignBody,
  ClaimBody,
  LeadIdParams,
  MovedSchema,
  PoolBody,
  PoolEventsSchema,
  PooledLeadsQuery,
  PooledLeadsSchema,
  PoolIdParams,
  PoolListSchema,
  PoolSchema,
  RecyclePreviewSchema,
  RecycleRunSchema,
  ReturnBody,
} from './lead-pool.schemas.ts';
import { readPoolEvents } from './pool-events.query.ts';
import { readPooledLeads } from './pooled-leads.query.ts';
import { listPools, readPool } from './pools.query.ts';
import { recycleLeads } from './recycle-leads.command.ts';
import { previewRecycle } from './recycle-preview.query.ts';
import { returnLeadToPool } from './return-lead.command.ts';
import { savePool } from './save-pool.command.ts';

/** Lead pools (公海, A-4): pools, their leads, claiming, assigning, returning, and recycling. */
export async function leadPoolRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;
  const tags = ['lead pools'];
  // Pools are company settings; membership (checked inside) decides who works in one.
  const admin = can('setting', 'update');

  app.get(
    '/lead-pools',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'The pools you belong to (all, for settings administrators), with your claim limits',
        response: { 200: PoolListSchema },
      },
    },
    async (request) => ({ items: await listPools(database, viewerOf(request)) }),
  );

  app.post(
    '/lead-pools',
    {
      config: { access: admin },
      schema: { tags, summary: 'Create a pool (audited)', body: PoolBody, response: { 201: PoolSchema } },
    },
    async (request, reply) =>
      reply.code(201).send(await savePool(database, viewerOf(request), actorOf(request), null, request.body)),
  );

  app.get(
    '/lead-pools/:id',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'One pool (members and administrators)',
        params: PoolIdParams,
        response: { 200: PoolSchema },
      },
    },
    async (request) => readPool(database, viewerOf(request), request.params.id),
  );

  app.put(
    '/lead-pools/:id',
    {
      config: { access: admin },
      schema: {
        tags,
        summary: 'Replace a pool’s settings, recycle rules and members (audited)',
        params: PoolIdParams,
        body: PoolBody,
        response: { 200: PoolSchema },
      },
    },
    async (request) =>
      savePool(database, viewerOf(request), actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/lead-pools/:id',
    { config: { access: admin }, schema: { tags, summary: 'Delete a pool (audited)', params: PoolIdParams } },
    async (request, reply) => {
      await deletePool(database, actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );

  app.get(
    '/lead-pools/:id/leads',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'The leads waiting in a pool, newest first, with how each came in',
        params: PoolIdParams,
        querystring: PooledLeadsQuery,
        response: { 200: PooledLeadsSchema },
      },
    },
    async (request) => readPooledLeads(database, viewerOf(request), request.params.id, request.query),
  );

  app.post(
    '/lead-pools/:id/claim',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'Claim leads from a pool you belong to, all or none, within its limits',
        description:
          'Over the daily limit, the maximum of owned leads, or within the re-claim cooldown: 409.',
        params: PoolIdParams,
        body: ClaimBody,
        response: { 200: MovedSchema },
      },
    },
    async (request) =>
      claimLeads(database, viewerOf(request), actorOf(request), request.params.id, request.body.leadIds),
  );

  app.post(
    '/lead-pools/:id/assign',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'Assign leads from a pool to someone (the pool’s managers)',
        params: PoolIdParams,
        body: AssignBody,
        response: { 200: MovedSchema },
      },
    },
    async (request) =>
      assignPooledLeads(database, viewerOf(request), actorOf(request), request.params.id, request.body),
  );

  app.get(
    '/lead-pools/:id/recycle-preview',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'What the next recycle run will take back into the pool (its managers)',
        params: PoolIdParams,
        response: { 200: RecyclePreviewSchema },
      },
    },
    async (request) => previewRecycle(database, viewerOf(request), request.params.id),
  );

  app.post(
    '/lead-pools/recycle',
    {
      config: { access: admin },
      schema: {
        tags,
        summary: 'Run the recycle job now, for every pool',
        description: 'The same run as the daily job; running it again at once changes nothing more.',
        response: { 200: RecycleRunSchema },
      },
    },
    async () => {
      const started = performance.now();
      const result = await recycleLeads(database);
      return { ...result, seconds: (performance.now() - started) / 1000 };
    },
  );

  app.post(
    '/leads/:id/return-to-pool',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'Give a lead back to a pool, with a reason (required)',
        description: 'For whoever may update the lead. A converted lead or one already in a pool: 409.',
        params: LeadIdParams,
        body: ReturnBody,
        response: { 200: MovedSchema },
      },
    },
    async (request) =>
      returnLeadToPool(database, viewerOf(request), actorOf(request), request.params.id, request.body),
  );

  app.get(
    '/leads/:id/pool-events',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'A lead’s comings and goings through pools, newest first',
        params: LeadIdParams,
        response: { 200: PoolEventsSchema },
      },
    },
    async (request) => readPoolEvents(database, viewerOf(request), request.params.id),
  );
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../errors.ts';
import { can, viewerOf } from '../../http/access.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { actorOf } from '../auth/auth.routes.ts';
import { viewerScope } from '../permissions/data-scope.ts';
import { presentApiKey } from './api-key.presenter.ts';
import { findApiKeyView, listApiKeyViews } from './api-key.repository.ts';
import {
  ApiKeyIdParams,
  ApiKeyListQuery,
  ApiKeyPage,
  CreateApiKeyBody,
  CreatedApiKeyResponse,
} from './api-key.schemas.ts';
import { createApiKey } from './create-api-key.command.ts';
import { revokeApiKey } from './revoke-api-key.command.ts';

const ApiKeyCursor = z.tuple([z.number().int()]);

/** API keys for integrations: list, create (shown once), revoke. */
export async function apiKeyRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;
  const db = database.db;

  app.get(
    '/api-keys',
    {
      config: { access: can('apiKey', 'read') },
      schema: {
        tags: ['api-keys'],
        summary: 'API keys in the viewer’s scope (own keys, or all for admins), newest first',
        querystring: ApiKeyListQuery,
        response: { 200: ApiKeyPage },
      },
    },
    async (request) => {
      const { cursor, limit, userId } = request.query;
      const rows = await listApiKeyViews(db, {
        scope: viewerScope(viewerOf(request), 'apiKey', 'read', 'api_keys.user_id'),
        userId,
        beforeId: cursor ? decodeCursor(cursor, ApiKeyCursor)[0] : undefined,
        limit,
      });
      return toPage(rows, limit, (row) => [row.id], presentApiKey);
    },
  );

  app.post(
    '/api-keys',
    {
      config: { access: can('apiKey', 'create') },
      schema: {
        tags: ['api-keys'],
        summary: 'Create an API key; the key is in this response only (only its hash is stored)',
        body: CreateApiKeyBody,
        response: { 201: CreatedApiKeyResponse },
      },
    },
    async (request, reply) => {
      const { apiKeyId, key } = await createApiKey(database, {
        actor: actorOf(request),
        viewer: viewerOf(request),
        input: request.body,
      });
      const row = await findApiKeyView(db, apiKeyId);
      if (!row) throw notFound();
      return reply.code(201).send({ apiKey: presentApiKey(row), key });
    },
  );

  app.delete(
    '/api-keys/:id',
    {
      config: { access: can('apiKey', 'delete') },
      schema: {
        tags: ['api-keys'],
        summary: 'Revoke an API key (idempotent)',
        params: ApiKeyIdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await revokeApiKey(database, {
        actor: actorOf(request),
        viewer: viewerOf(request),
        apiKeyId: request.params.id,
      });
      return reply.code(204).send(null);
    },
  );
}

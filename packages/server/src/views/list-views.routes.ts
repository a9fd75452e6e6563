import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { canOnObject, viewerOf } from '../http/access.ts';
import { actorOf } from '../platform/auth/auth.routes.ts';
import { recordContext } from '../records/record-context.ts';
import { createListView } from './create-list-view.command.ts';
import { deleteListView } from './delete-list-view.command.ts';
import { presentView } from './list-view.presenter.ts';
import { selectViewsFor } from './list-view.repository.ts';
import {
  CreateViewBody,
  UpdateViewBody,
  ViewListSchema,
  ViewObjectParams,
  ViewParams,
  ViewSchema,
} from './list-views.schemas.ts';
import { updateListView } from './update-list-view.command.ts';

/** Saved list views of every object: the viewer's personal views and the shared ones. */
export async function listViewsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;
  const tags = ['views'];
  const contextOf = (request: FastifyRequest, object: string) =>
    recordContext(database, object, viewerOf(request));

  app.get(
    '/objects/:object/views',
    {
      config: { access: canOnObject('read') },
      schema: {
        tags,
        summary: "The viewer's personal views of the object and the shared ones",
        params: ViewObjectParams,
        response: { 200: ViewListSchema },
      },
    },
    async (request) => {
      const context = await contextOf(request, request.params.object);
      const rows = await selectViewsFor(database.db, context.object.apiName, context.viewer.userId);
      return { data: rows.map(presentView) };
    },
  );

  app.post(
    '/objects/:object/views',
    {
      config: { access: canOnObject('read') },
      schema: {
        tags,
        summary: 'Save a view (shared views need the settings permission)',
        params: ViewObjectParams,
        body: CreateViewBody,
        response: { 201: ViewSchema },
      },
    },
    async (request, reply) => {
      const context = await contextOf(request, request.params.object);
      const view = await createListView(context, actorOf(request), request.body);
      return reply.status(201).send(view);
    },
  );

  app.patch(
    '/objects/:object/views/:id',
    {
      config: { access: canOnObject('read') },
      schema: {
        tags,
        summary: 'Change an own view (shared views need the settings permission)',
        params: ViewParams,
        body: UpdateViewBody,
        response: { 200: ViewSchema },
      },
    },
    async (request) => {
      const context = await contextOf(request, request.params.object);
      return updateListView(context, actorOf(request), request.params.id, request.body);
    },
  );

  app.delete(
    '/objects/:object/views/:id',
    {
      config: { access: canOnObject('read') },
      schema: { tags, summary: 'Delete an own view (shared ones: settings permission)', params: ViewParams },
    },
    async (request, reply) => {
      await deleteListView(
        await contextOf(request, request.params.object),
        actorOf(request),
        request.params.id,
      );
      return reply.status(204).send();
    },
  );
}

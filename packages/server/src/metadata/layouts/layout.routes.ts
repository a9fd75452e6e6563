import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { forbidden, notFound } from '../../errors.ts';
import { can, canOnObject, viewerOf } from '../../http/access.ts';
import { actorOf } from '../../platform/auth/auth.routes.ts';
import { metadataRegistryOf } from '../metadata-registry.ts';
import { presentLayout } from './layout.presenter.ts';
import { LayoutBody, LayoutQuery, LayoutSchema, ObjectParams } from './layout.schemas.ts';
import { resolveLayout, visibleSections } from './layout-model.ts';
import { saveLayout } from './save-layout.command.ts';
import './layout.messages.ts';

/** Record layouts: read with the object, changed by those who may change settings. */
export async function layoutRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;
  const tags = ['metadata'];

  app.get(
    '/objects/:object/layout',
    {
      config: { access: canOnObject('read') },
      schema: {
        tags,
        summary: "An object's record layout: the sections the viewer may see (every one with ?all=1)",
        params: ObjectParams,
        querystring: LayoutQuery,
        response: { 200: LayoutSchema },
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const all = request.query.all === '1';
      if (all && !viewer.permissions.can('setting', 'update')) throw forbidden('layout.all_needs_settings');
      const snapshot = await metadataRegistryOf(database).snapshot();
      const object = snapshot.object(request.params.object);
      if (!object) throw notFound('object.not_found', { object: request.params.object });
      const layout = resolveLayout(object, snapshot.savedLayout(object.id));
      const shown = visibleSections(
        layout,
        viewer.roles.map((role) => role.id),
        all,
      );
      if (!all) {
        for (const section of shown.sections) {
          section.fields = section.fields.filter(
            (placement) => viewer.permissions.fieldAccess(object.apiName, placement.field) !== 'hidden',
          );
        }
      }
      return presentLayout(shown);
    },
  );

  app.put(
    '/objects/:object/layout',
    {
      config: { access: can('setting', 'update') },
      schema: {
        tags,
        summary: "Replace an object's record layout",
        params: ObjectParams,
        body: LayoutBody,
        response: { 200: LayoutSchema },
      },
    },
    async (request) => {
      const { object, sections } = await saveLayout(
        database,
        actorOf(request),
        request.params.object,
        request.body,
      );
      return presentLayout(resolveLayout(object, sections));
    },
  );
}

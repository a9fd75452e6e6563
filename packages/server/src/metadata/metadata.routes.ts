import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can, SIGNED_IN } from '../http/access.ts';
import { actorOf } from '../platform/auth/auth.routes.ts';
import { createField } from './create-field.command.ts';
import { createObject } from './create-object.command.ts';
import { deleteField } from './delete-field.command.ts';
import { deleteObject } from './delete-object.command.ts';
import { presentField, presentObject } from './metadata.presenter.ts';
import {
  CreateFieldBody,
  CreateObjectBody,
  FieldParams,
  FieldSchema,
  ObjectListSchema,
  ObjectParams,
  ObjectSchema,
  UpdateFieldBody,
  UpdateObjectBody,
} from './metadata.schemas.ts';
import { metadataRegistryOf } from './metadata-registry.ts';
import { requireObject } from './object-lookup.ts';
import { previewTypeChange } from './type-change/preview-type-change.query.ts';
import {
  presentTypeChangePreview,
  TypeChangePreviewBody,
  TypeChangePreviewSchema,
} from './type-change/type-change.schemas.ts';
import { updateField } from './update-field.command.ts';
import { updateObject } from './update-object.command.ts';

/** Objects and fields: read by every signed-in user, changed by those who may change settings. */
export async function metadataRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;
  const tags = ['metadata'];

  app.get(
    '/objects',
    {
      config: { access: SIGNED_IN },
      schema: { tags, summary: 'Every object with its fields', response: { 200: ObjectListSchema } },
    },
    async () => {
      const snapshot = await metadataRegistryOf(database).snapshot();
      return { items: snapshot.objects.map(presentObject) };
    },
  );

  app.post(
    '/objects',
    {
      config: { access: can('setting', 'update') },
      schema: {
        tags,
        summary: 'Create a custom object with its record table',
        body: CreateObjectBody,
        response: { 201: ObjectSchema },
      },
    },
    async (request, reply) => {
      const object = await createObject(database, actorOf(request), request.body);
      return reply.status(201).send(presentObject(object));
    },
  );

  app.get(
    '/objects/:object',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'One object with its fields',
        params: ObjectParams,
        response: { 200: ObjectSchema },
      },
    },
    async (request) => presentObject(await requireObject(database.db, request.params.object)),
  );

  app.patch(
    '/objects/:object',
    {
      config: { access: can('setting', 'update') },
      schema: {
        tags,
        summary: "Change an object's labels, icon or title field",
        params: ObjectParams,
        body: UpdateObjectBody,
        response: { 200: ObjectSchema },
      },
    },
    async (request) =>
      presentObject(await updateObject(database, actorOf(request), request.params.object, request.body)),
  );

  app.delete(
    '/objects/:object',
    {
      config: { access: can('setting', 'update') },
      schema: {
        tags,
        summary: 'Delete a custom object with its table and records',
        params: ObjectParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteObject(database, actorOf(request), request.params.object);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/objects/:object/fields',
    {
      config: { access: can('setting', 'update') },
      schema: {
        tags,
        summary: 'Add a field (a new column) to an object',
        params: ObjectParams,
        body: CreateFieldBody,
        response: { 201: FieldSchema },
      },
    },
    async (request, reply) => {
      const field = await createField(database, actorOf(request), request.params.object, request.body);
      return reply.status(201).send(presentField(request.params.object, field));
    },
  );

  app.patch(
    '/objects/:object/fields/:field',
    {
      config: { access: can('setting', 'update') },
      schema: {
        tags,
        summary:
          "Change a field's labels, help text, required, default, options, position, uniqueness or type",
        params: FieldParams,
        body: UpdateFieldBody,
        response: { 200: FieldSchema },
      },
    },
    async (request) =>
      presentField(
        request.params.object,
        await updateField(
          database,
          actorOf(request),
          request.params.object,
          request.params.field,
          request.body,
        ),
      ),
  );

  app.post(
    '/objects/:object/fields/:field/type-change-preview',
    {
      config: { access: can('setting', 'update') },
      schema: {
        tags,
        summary: "Preview changing a field's type: how many values convert, how many would be lost",
        params: FieldParams,
        body: TypeChangePreviewBody,
        response: { 200: TypeChangePreviewSchema },
      },
    },
    async (request) =>
      presentTypeChangePreview(
        await previewTypeChange(database, request.params.object, request.params.field, request.body),
      ),
  );

  app.delete(
    '/objects/:object/fields/:field',
    {
      config: { access: can('setting', 'update') },
      schema: {
        tags,
        summary: 'Remove a field and its column',
        params: FieldParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteField(database, actorOf(request), request.params.object, request.params.field);
      return reply.status(204).send(null);
    },
  );
}

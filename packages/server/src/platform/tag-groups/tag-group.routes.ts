import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notFound } from '../../errors.ts';
import { can, SIGNED_IN } from '../../http/access.ts';
import { actorOf } from '../auth/auth.routes.ts';
import { createTagGroup } from './create-tag-group.command.ts';
import { deleteTagGroup } from './delete-tag-group.command.ts';
import { findTagGroup, listTagGroups } from './tag-group.repository.ts';
import {
  CreateTagGroupBody,
  TagGroupIdParams,
  TagGroupList,
  TagGroupSchema,
  UpdateTagGroupBody,
} from './tag-group.schemas.ts';
import { updateTagGroup } from './update-tag-group.command.ts';

/** Admin-defined tag groups that `tags` fields draw their tags from. */
export async function tagGroupRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;
  const tags = ['tag-groups'];

  app.get(
    '/tag-groups',
    {
      config: { access: SIGNED_IN },
      schema: { tags, summary: 'Every tag group with its tags', response: { 200: TagGroupList } },
    },
    async () => ({ data: await listTagGroups(database.db) }),
  );

  app.get(
    '/tag-groups/:id',
    {
      config: { access: SIGNED_IN },
      schema: { tags, summary: 'One tag group', params: TagGroupIdParams, response: { 200: TagGroupSchema } },
    },
    async (request) => {
      const group = await findTagGroup(database.db, request.params.id);
      if (!group) throw notFound('tag_group.not_found');
      return group;
    },
  );

  app.post(
    '/tag-groups',
    {
      config: { access: can('setting', 'update') },
      schema: {
        tags,
        summary: 'Create a tag group (audited)',
        body: CreateTagGroupBody,
        response: { 201: TagGroupSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createTagGroup(database, actorOf(request), request.body)),
  );

  app.patch(
    '/tag-groups/:id',
    {
      config: { access: can('setting', 'update') },
      schema: {
        tags,
        summary: 'Change a tag group; removing a tag that records hold is refused (409)',
        params: TagGroupIdParams,
        body: UpdateTagGroupBody,
        response: { 200: TagGroupSchema },
      },
    },
    async (request) => updateTagGroup(database, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/tag-groups/:id',
    {
      config: { access: can('setting', 'update') },
      schema: {
        tags,
        summary: 'Delete a tag group not used by any field (else 409)',
        params: TagGroupIdParams,
      },
    },
    async (request, reply) => {
      await deleteTagGroup(database, actorOf(request), request.params.id);
      return reply.status(204).send();
    },
  );
}

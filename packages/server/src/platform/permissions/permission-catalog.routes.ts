import { ACTIONS, DATA_SCOPES, FIELD_ACCESS } from '@lodestar/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can } from '../../http/access.ts';
import { LabelsSchema } from '../../metadata/metadata.schemas.ts';
import { listPermissionObjects } from './permission-catalog.ts';

export const PermissionCatalogResponse = z.object({
  actions: z.array(z.enum(ACTIONS)),
  scopes: z.array(z.enum(DATA_SCOPES)).describe('Data scopes, narrowest first'),
  fieldAccess: z.array(z.enum(FIELD_ACCESS)).describe('Field access levels, least permissive first'),
  objects: z.array(
    z.object({
      name: z.string(),
      group: z.enum(['sales', 'platform']),
      label: LabelsSchema.optional().describe('Display name of an object defined in metadata'),
      isCustom: z.boolean().optional().describe('True for objects created by an administrator'),
      fields: z.array(z.object({ name: z.string(), label: LabelsSchema.optional() })),
    }),
  ),
});

/** `GET /permissions/catalog`: the vocabulary of the role editor. */
export async function permissionCatalogRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = fastify.ctx.database.db;

  app.get(
    '/permissions/catalog',
    {
      config: { access: can('role', 'read') },
      schema: {
        tags: ['roles'],
        summary: 'Objects, actions, data scopes and field access levels a role can grant',
        response: { 200: PermissionCatalogResponse },
      },
    },
    async () => ({
      actions: [...ACTIONS],
      scopes: [...DATA_SCOPES],
      fieldAccess: [...FIELD_ACCESS],
      objects: await listPermissionObjects(db),
    }),
  );
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can } from '../../http/access.ts';
import { actorOf } from '../auth/auth.routes.ts';
import { listPermissionObjects } from '../permissions/permission-catalog.ts';
import { createRole } from './create-role.command.ts';
import { deleteRole } from './delete-role.command.ts';
import { replaceRolePermissions } from './replace-role-permissions.command.ts';
import { roleNotFound } from './role.errors.ts';
import { presentRole, presentRoleDetail } from './role.presenter.ts';
import { findRoleById, listRoles, loadRoleMatrix } from './role.repository.ts';
import {
  CreateRoleBody,
  ProblemResponse,
  ReplacePermissionsBody,
  RoleDetailResponse,
  RoleIdParams,
  RoleListResponse,
  UpdateRoleBody,
} from './role.schemas.ts';
import { updateRole } from './update-role.command.ts';

const tags = ['roles'];

/** Roles and their permission matrices (`/roles`). */
export async function roleRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = fastify.ctx.database.db;

  /** The role as RoleDetail, or a 404. */
  async function roleDetail(id: number): Promise<RoleDetailResponse> {
    const row = await findRoleById(db, id);
    if (!row) throw roleNotFound();
    const objects = (await listPermissionObjects(db)).map((o) => o.name);
    return presentRoleDetail(row, await loadRoleMatrix(db, id), objects);
  }

  app.get(
    '/roles',
    {
      config: { access: can('role', 'read') },
      schema: {
        tags,
        summary: 'List roles with the number of users holding each',
        response: { 200: RoleListResponse },
      },
    },
    async () => ({ items: (await listRoles(db)).map(presentRole) }),
  );

  app.get(
    '/roles/:id',
    {
      config: { access: can('role', 'read') },
      schema: {
        tags,
        summary: 'A role with its permission matrix',
        params: RoleIdParams,
        response: { 200: RoleDetailResponse, 404: ProblemResponse },
      },
    },
    async (request) => roleDetail(request.params.id),
  );

  app.post(
    '/roles',
    {
      config: { access: can('role', 'create') },
      schema: {
        tags,
        summary: 'Create a role, empty or as a copy of another role',
        body: CreateRoleBody,
        response: { 201: RoleDetailResponse, 422: ProblemResponse },
      },
    },
    async (request, reply) => {
      const id = await createRole({ db, actor: actorOf(request), ...request.body });
      return reply.code(201).send(await roleDetail(id));
    },
  );

  app.patch(
    '/roles/:id',
    {
      config: { access: can('role', 'update') },
      schema: {
        tags,
        summary: 'Rename a role or change its description',
        params: RoleIdParams,
        body: UpdateRoleBody,
        response: { 200: RoleDetailResponse, 404: ProblemResponse, 422: ProblemResponse },
      },
    },
    async (request) => {
      await updateRole({ db, actor: actorOf(request), id: request.params.id, ...request.body });
      return roleDetail(request.params.id);
    },
  );

  app.put(
    '/roles/:id/permissions',
    {
      config: { access: can('role', 'update') },
      schema: {
        tags,
        summary: "Replace a role's permission matrix (data scopes and field access)",
        description:
          'The admin role grants everything and cannot be edited (409 `role.admin_immutable`). Unknown objects, fields, actions, scopes or access levels are a 400.',
        params: RoleIdParams,
        body: ReplacePermissionsBody,
        response: { 200: RoleDetailResponse, 404: ProblemResponse, 409: ProblemResponse },
      },
    },
    async (request) => {
      const { permissions, fields } = request.body;
      await replaceRolePermissions({
        db,
        actor: actorOf(request),
        id: request.params.id,
        matrix: { scopes: permissions, fields },
      });
      return roleDetail(request.params.id);
    },
  );

  app.delete(
    '/roles/:id',
    {
      config: { access: can('role', 'delete') },
      schema: {
        tags,
        summary: 'Delete a custom role that no user holds',
        params: RoleIdParams,
        response: { 204: z.null(), 404: ProblemResponse, 409: ProblemResponse },
      },
    },
    async (request, reply) => {
      await deleteRole({ db, actor: actorOf(request), id: request.params.id });
      return reply.code(204).send(null);
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { can, type Viewer, viewerOf } from '../../http/access.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { actorOf } from '../auth/auth.routes.ts';
import { viewerScope } from '../permissions/data-scope.ts';
import { createUser } from './create-user.command.ts';
import { resetUserPassword } from './reset-user-password.command.ts';
import { updateUser } from './update-user.command.ts';
import { presentUser } from './user.presenter.ts';
import { findUserView, listUserViews, rolesOfUsers, type UserSearchColumn } from './user.repository.ts';
import {
  CreatedUserResponse,
  CreateUserBody,
  IdParams,
  ResetPasswordBody,
  ResetPasswordResponse,
  UpdateUserBody,
  UserListQuery,
  UserPage,
  UserSchema,
} from './user.schemas.ts';

const UserCursor = z.tuple([z.number().int()]);
const SEARCH_COLUMNS: UserSearchColumn[] = ['username', 'name', 'email', 'phone'];

/** Users: list and read within the viewer's data scope, create, update, admin password reset. */
export async function userRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;
  const db = database.db;

  app.get(
    '/users',
    {
      config: { access: can('user', 'read') },
      schema: {
        tags: ['users'],
        summary: 'List users in the viewer’s data scope (keyset pagination by id)',
        querystring: UserListQuery,
        response: { 200: UserPage },
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const { cursor, limit, ...filters } = request.query;
      const rows = await listUserViews(db, {
        ...filters,
        scope: viewerScope(viewer, 'user', 'read', 'users.id'),
        // Searching a hidden field would reveal its content one query at a time.
        searchColumns: SEARCH_COLUMNS.filter((c) => viewer.permissions.fieldAccess('user', c) !== 'hidden'),
        afterId: cursor ? decodeCursor(cursor, UserCursor)[0] : undefined,
        limit,
      });
      const roles = await rolesOfUsers(
        db,
        rows.map((r) => r.id),
      );
      return toPage(
        rows,
        limit,
        (row) => [row.id],
        (row) => presentUser(viewer, row, roles.get(row.id) ?? []),
      );
    },
  );

  app.get(
    '/users/:id',
    {
      config: { access: can('user', 'read') },
      schema: {
        tags: ['users'],
        summary: 'One user (404 when outside the viewer’s data scope)',
        params: IdParams,
        response: { 200: UserSchema },
      },
    },
    async (request) => loadUser(db, viewerOf(request), request.params.id),
  );

  app.post(
    '/users',
    {
      config: { access: can('user', 'create') },
      schema: {
        tags: ['users'],
        summary: 'Create a user; a generated password is returned once when none is given',
        body: CreateUserBody,
        response: { 201: CreatedUserResponse },
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const created = await createUser(database, { actor: actorOf(request), viewer, input: request.body });
      const user = await loadUser(db, viewer, created.userId, false);
      return reply.code(201).send({ user, initialPassword: created.initialPassword });
    },
  );

  app.patch(
    '/users/:id',
    {
      config: { access: can('user', 'update') },
      schema: {
        tags: ['users'],
        summary: 'Change a user (disabling ends their sessions; the last admin stays)',
        params: IdParams,
        body: UpdateUserBody,
        response: { 200: UserSchema },
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const { id } = request.params;
      await updateUser(database, { actor: actorOf(request), viewer, userId: id, input: request.body });
      return loadUser(db, viewer, id, false);
    },
  );

  app.post(
    '/users/:id/reset-password',
    {
      config: { access: can('user', 'update') },
      schema: {
        tags: ['users'],
        summary: 'Set a new password for a user (generated when omitted) and end their sessions',
        params: IdParams,
        body: ResetPasswordBody,
        response: { 200: ResetPasswordResponse },
      },
    },
    async (request) =>
      resetUserPassword(database, {
        actor: actorOf(request),
        viewer: viewerOf(request),
        userId: request.params.id,
        password: request.body?.password,
      }),
  );
}

/**
 * A user as the viewer may see them; 404 when outside their read scope. After a write the viewer may no
 * longer be able to read the user (`inScope: false`), and still gets the result of what they did.
 */
async function loadUser(db: Kysely<DB>, viewer: Viewer, id: number, inScope = true) {
  const scope = inScope ? viewerScope(viewer, 'user', 'read', 'users.id') : null;
  const row = await findUserView(db, id, scope);
  if (!row) throw notFound();
  const roles = await rolesOfUsers(db, [id]);
  return presentUser(viewer, row, roles.get(id) ?? []);
}

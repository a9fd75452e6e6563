import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { can } from '../../http/access.ts';
import { actorOf } from '../auth/auth.routes.ts';
import { createDepartment } from './create-department.command.ts';
import { deleteDepartment } from './delete-department.command.ts';
import { orderAsTree, presentDepartment } from './department.presenter.ts';
import { findDepartmentView, listDepartmentViews } from './department.repository.ts';
import {
  CreateDepartmentBody,
  DepartmentIdParams,
  DepartmentList,
  DepartmentSchema,
  UpdateDepartmentBody,
} from './department.schemas.ts';
import { updateDepartment } from './update-department.command.ts';

/** The department tree: list, create, rename/move, delete when empty. */
export async function departmentRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;
  const db = database.db;

  app.get(
    '/departments',
    {
      config: { access: can('department', 'read') },
      schema: {
        tags: ['departments'],
        summary: 'Every department as a flat list in tree order (the client builds the tree)',
        response: { 200: DepartmentList },
      },
    },
    async () => ({ items: orderAsTree((await listDepartmentViews(db)).map(presentDepartment)) }),
  );

  app.post(
    '/departments',
    {
      config: { access: can('department', 'create') },
      schema: {
        tags: ['departments'],
        summary: 'Create a department',
        body: CreateDepartmentBody,
        response: { 201: DepartmentSchema },
      },
    },
    async (request, reply) => {
      const id = await createDepartment(database, { actor: actorOf(request), input: request.body });
      return reply.code(201).send(await loadDepartment(db, id));
    },
  );

  app.patch(
    '/departments/:id',
    {
      config: { access: can('department', 'update') },
      schema: {
        tags: ['departments'],
        summary: 'Rename, reorder or move a department (moving carries its subtree)',
        params: DepartmentIdParams,
        body: UpdateDepartmentBody,
        response: { 200: DepartmentSchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      await updateDepartment(database, { actor: actorOf(request), departmentId: id, input: request.body });
      return loadDepartment(db, id);
    },
  );

  app.delete(
    '/departments/:id',
    {
      config: { access: can('department', 'delete') },
      schema: {
        tags: ['departments'],
        summary: 'Delete a department that has no sub-departments and no users',
        params: DepartmentIdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteDepartment(database, { actor: actorOf(request), departmentId: request.params.id });
      return reply.code(204).send(null);
    },
  );
}

async function loadDepartment(db: Kysely<DB>, id: number) {
  const row = await findDepartmentView(db, id);
  if (!row) throw notFound();
  return presentDepartment(row);
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { canOnObject, viewerOf } from '../http/access.ts';
import { bulkRecords } from './bulk-records.command.ts';
import { createRecord } from './create-record.command.ts';
import { deleteRecord } from './delete-record.command.ts';
import { getRecord } from './get-record.query.ts';
import { listRecords } from './list-records.query.ts';
import { recordContext } from './record-context.ts';
import { recordHistory } from './record-history.query.ts';
import {
  BulkBody,
  BulkResultSchema,
  HistorySchema,
  RecordBody,
  RecordGetQuery,
  RecordListQuery,
  RecordObjectParams,
  RecordPageSchema,
  RecordParams,
  RecordSchema,
} from './records.schemas.ts';
import { restoreRecord } from './restore-record.command.ts';
import { expectedVersion, updateRecord } from './update-record.command.ts';

/** One records API for every object, built-in or custom. */
export async function recordsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;
  const tags = ['records'];
  const contextOf = (request: FastifyRequest, object: string) =>
    recordContext(database, object, viewerOf(request));

  app.get(
    '/objects/:object/records',
    {
      config: { access: canOnObject('read') },
      schema: {
        tags,
        summary: 'List records: filter, search, sort, keyset pagination',
        params: RecordObjectParams,
        querystring: RecordListQuery,
        response: { 200: RecordPageSchema },
      },
    },
    async (request) => listRecords(await contextOf(request, request.params.object), request.query),
  );

  app.post(
    '/objects/:object/records',
    {
      config: { access: canOnObject('create') },
      schema: {
        tags,
        summary: 'Create a record',
        params: RecordObjectParams,
        body: RecordBody,
        response: { 201: RecordSchema },
      },
    },
    async (request, reply) => {
      const record = await createRecord(await contextOf(request, request.params.object), request.body);
      return reply.status(201).send(record);
    },
  );

  app.post(
    '/objects/:object/records/bulk',
    {
      config: { access: canOnObject('update') },
      schema: {
        tags,
        summary: 'Create, update and delete up to 200 records, all or nothing',
        params: RecordObjectParams,
        body: BulkBody,
        response: { 200: BulkResultSchema },
      },
    },
    async (request) => bulkRecords(await contextOf(request, request.params.object), request.body),
  );

  app.get(
    '/objects/:object/records/:id',
    {
      config: { access: canOnObject('read') },
      schema: {
        tags,
        summary: 'One record',
        params: RecordParams,
        querystring: RecordGetQuery,
        response: { 200: RecordSchema },
      },
    },
    async (request) =>
      getRecord(await contextOf(request, request.params.object), request.params.id, request.query.fields),
  );

  app.patch(
    '/objects/:object/records/:id',
    {
      config: { access: canOnObject('update') },
      schema: {
        tags,
        summary: 'Change fields of a record at its `version` (body or If-Match); 409 when stale',
        params: RecordParams,
        body: RecordBody,
        response: { 200: RecordSchema },
      },
    },
    async (request) => {
      const version = expectedVersion(request.body.version, request.headers['if-match']);
      const context = await contextOf(request, request.params.object);
      return updateRecord(context, request.params.id, version, request.body);
    },
  );

  app.delete(
    '/objects/:object/records/:id',
    {
      config: { access: canOnObject('delete') },
      schema: { tags, summary: 'Move a record to the recycle bin', params: RecordParams },
    },
    async (request, reply) => {
      await deleteRecord(await contextOf(request, request.params.object), request.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/objects/:object/recycle-bin',
    {
      config: { access: canOnObject('read') },
      schema: {
        tags,
        summary: 'Deleted records that can be restored',
        params: RecordObjectParams,
        querystring: RecordListQuery,
        response: { 200: RecordPageSchema },
      },
    },
    async (request) =>
      listRecords(await contextOf(request, request.params.object), { ...request.query, state: 'deleted' }),
  );

  app.post(
    '/objects/:object/records/:id/restore',
    {
      config: { access: canOnObject('delete') },
      schema: {
        tags,
        summary: 'Restore a deleted record',
        params: RecordParams,
        response: { 200: RecordSchema },
      },
    },
    async (request) => restoreRecord(await contextOf(request, request.params.object), request.params.id),
  );

  app.get(
    '/objects/:object/records/:id/history',
    {
      config: { access: canOnObject('read') },
      schema: {
        tags,
        summary: 'Field history of a record',
        params: RecordParams,
        response: { 200: HistorySchema },
      },
    },
    async (request) => ({
      items: await recordHistory(await contextOf(request, request.params.object), request.params.id),
    }),
  );
}

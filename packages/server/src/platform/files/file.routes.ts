import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../errors.ts';
import { canOnObject, SIGNED_IN, viewerOf } from '../../http/access.ts';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { actorOf } from '../auth/auth.routes.ts';
import { deleteAttachment } from './delete-attachment.command.ts';
import { contentDisposition, presentFile } from './file.presenter.ts';
import { listRecordAttachments } from './file.repository.ts';
import {
  FileIdParams,
  FileList,
  FileSchema,
  RecordAttachmentFileParams,
  RecordAttachmentParams,
  UploadQuery,
} from './file.schemas.ts';
import { readableFileOrThrow, recordInScopeOrThrow } from './file-access.ts';
import { DiskFileStorage, type FileStorage } from './file-storage.ts';
import { type IncomingFile, uploadFile } from './upload-file.command.ts';
import { megabytes, type UploadLimits } from './upload-limits.ts';

/** The multipart body's part `file`, or a 400 when the body has none. */
async function incomingFile(request: FastifyRequest, maxBytes: number): Promise<IncomingFile> {
  const missing = () => new AppError(400, 'file.missing', {}, [{ field: 'file', code: 'file.missing' }]);
  if (!request.isMultipart()) throw missing();
  // One byte over the limit lets the storage notice the excess and refuse the file.
  const part = await request.file({ limits: { fileSize: maxBytes + 1, files: 1 } });
  if (part?.fieldname !== 'file') throw missing();
  return part;
}

/** Uploads, downloads and record attachments (C-4); bytes live in `<data dir>/files`. */
export async function fileRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database, config } = fastify.ctx;
  const storage: FileStorage = new DiskFileStorage(path.join(config.dataDir, 'files'));
  const recordLimits: UploadLimits = { maxBytes: megabytes(config.maxUploadMb), accept: [] };
  await app.register(fastifyMultipart, { throwFileSizeLimit: true, limits: { files: 1, fields: 5 } });
  const tags = ['files'];

  /** The limits of an attachment field, or a 400 when `object.field` is not one. */
  const fieldLimits = async (object: string, field: string): Promise<UploadLimits> => {
    const meta = (await metadataRegistryOf(database).snapshot())
      .object(object)
      ?.fields.find((f) => f.apiName === field && f.type === 'attachment');
    if (!meta) {
      const params = { field: `${object}.${field}` };
      throw new AppError(400, 'file.not_attachment_field', params, [
        { field: 'field', code: 'file.not_attachment_field', params },
      ]);
    }
    const options = meta.options as { maxSizeMb: number; accept: string[] };
    return { maxBytes: megabytes(options.maxSizeMb), accept: options.accept };
  };

  app.post(
    '/files',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'Upload one file (multipart part `file`) to put into an attachment field',
        description:
          'With `object` and `field` the limits of that attachment field apply; without, the record ' +
          'attachment limits (LODESTAR_MAX_UPLOAD_MB). 400 `file.too_large` / `file.type_not_allowed`.',
        querystring: UploadQuery,
        response: { 201: FileSchema },
      },
    },
    async (request, reply) => {
      const { object, field } = request.query;
      const limits = object && field ? await fieldLimits(object, field) : recordLimits;
      const incoming = await incomingFile(request, limits.maxBytes);
      const row = await uploadFile({ database, storage, actor: actorOf(request), incoming, limits });
      return reply.status(201).send(presentFile(row));
    },
  );

  app.get(
    '/files/:id',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'Download a file the caller may read (through its record), or uploaded and not attached yet',
        params: FileIdParams,
      },
    },
    async (request, reply) => {
      const file = await readableFileOrThrow(database, viewerOf(request), request.params.id);
      return reply
        .header('content-type', file.mime_type)
        .header('content-length', String(file.size))
        .header('content-disposition', contentDisposition(file.name))
        .header('cache-control', 'private, no-cache')
        .send(storage.get(file.storage_key));
    },
  );

  app.get(
    '/objects/:object/records/:id/attachments',
    {
      config: { access: canOnObject('read') },
      schema: {
        tags,
        summary: 'Attachments of a record',
        params: RecordAttachmentParams,
        response: { 200: FileList },
      },
    },
    async (request) => {
      const { object, id } = request.params;
      await recordInScopeOrThrow(database, viewerOf(request), object, id, 'read');
      return { data: (await listRecordAttachments(database.db, object, id)).map(presentFile) };
    },
  );

  app.post(
    '/objects/:object/records/:id/attachments',
    {
      config: { access: canOnObject('update') },
      schema: {
        tags,
        summary: 'Attach a file to a record (multipart part `file`)',
        params: RecordAttachmentParams,
        response: { 201: FileSchema },
      },
    },
    async (request, reply) => {
      const { object, id } = request.params;
      await recordInScopeOrThrow(database, viewerOf(request), object, id, 'update');
      const incoming = await incomingFile(request, recordLimits.maxBytes);
      const row = await uploadFile({
        database,
        storage,
        actor: actorOf(request),
        incoming,
        limits: recordLimits,
        attachTo: { object, recordId: id },
      });
      return reply.status(201).send(presentFile(row));
    },
  );

  app.delete(
    '/objects/:object/records/:id/attachments/:fileId',
    {
      config: { access: canOnObject('update') },
      schema: { tags, summary: 'Remove an attachment from a record', params: RecordAttachmentFileParams },
    },
    async (request, reply) => {
      const { object, id, fileId } = request.params;
      await deleteAttachment(database, viewerOf(request), actorOf(request), { object, recordId: id, fileId });
      return reply.status(204).send();
    },
  );
}

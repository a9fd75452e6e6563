import type { Readable } from 'node:stream';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { type AuditActor, recordAudit } from '../audit/record-audit.ts';
import { emitEvent } from '../events/emit-event.ts';
import { type FileRow, insertFile } from './file.repository.ts';
import { type FileStorage, FileTooLargeError } from './file-storage.ts';
import { typeAllowed, type UploadLimits } from './upload-limits.ts';
import './file.messages.ts';

/** One uploaded part as the multipart parser hands it over. */
export interface IncomingFile {
  filename: string;
  mimetype: string;
  file: Readable;
}

export interface UploadFileProps {
  database: Database;
  storage: FileStorage;
  actor: AuditActor;
  incoming: IncomingFile;
  limits: UploadLimits;
  /** Attaches the file to this record at once (a record attachment); absent, it waits to be attached. */
  attachTo?: { object: string; recordId: number };
}

/** The 400 of an upload over the limit, with the per-field error on `file`. */
export function fileTooLarge(maxBytes: number): AppError {
  const params = { limitMb: Math.round((maxBytes / 1024 / 1024) * 100) / 100 };
  return new AppError(400, 'file.too_large', params, [{ field: 'file', code: 'file.too_large', params }]);
}

/**
 * Streams one upload into storage (never holding the whole file in memory) and records it. The type is
 * checked before any byte is stored and the size while streaming: an upload over a limit leaves no bytes
 * and no row behind. A record attachment is audited and announced in the same transaction as its row.
 */
export async function uploadFile(props: UploadFileProps): Promise<FileRow> {
  const { database, storage, actor, incoming, limits, attachTo } = props;
  const name = incoming.filename.trim().slice(0, 255) || 'file';
  const mimeType = incoming.mimetype || 'application/octet-stream';
  if (!typeAllowed(limits.accept, name, mimeType)) {
    incoming.file.resume();
    const params = { accept: limits.accept.join(', ') };
    throw new AppError(400, 'file.type_not_allowed', params, [
      { field: 'file', code: 'file.type_not_allowed', params },
    ]);
  }
  let stored: { key: string; size: number; sha256: string };
  try {
    stored = await storage.put(incoming.file, limits.maxBytes);
  } catch (error) {
    if (
      error instanceof FileTooLargeError ||
      (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE'
    ) {
      incoming.file.resume();
      throw fileTooLarge(limits.maxBytes);
    }
    throw error;
  }
  try {
    return await database.db.transaction().execute(async (trx) => {
      const row = await insertFile(trx, {
        storage_key: stored.key,
        name,
        size: stored.size,
        mime_type: mimeType,
        sha256: stored.sha256,
        uploaded_by: actor.userId,
        created_at: new Date().toISOString(),
        object: attachTo?.object ?? null,
        record_id: attachTo?.recordId ?? null,
        field: null,
      });
      if (attachTo) {
        await recordAudit(trx, actor, {
          action: 'attach',
          entityType: attachTo.object,
          entityId: attachTo.recordId,
          changes: { attachment: [null, { id: Number(row.id), name }] },
        });
        await emitEvent(trx, {
          type: 'record.attachment_added',
          aggregateType: attachTo.object,
          aggregateId: attachTo.recordId,
          payload: { object: attachTo.object, id: attachTo.recordId, fileId: Number(row.id), name },
          actorUserId: actor.userId,
        });
      }
      return row;
    });
  } catch (error) {
    await storage.delete(stored.key);
    throw error;
  }
}

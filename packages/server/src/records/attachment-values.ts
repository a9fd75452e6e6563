import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import { invalidFields } from '../errors.ts';
import type { AttachedFile, AttachmentOptions } from '../metadata/field-types/attachment.ts';
import { findLiveFiles, linkFiles } from '../platform/files/file.repository.ts';
import { megabytes, typeAllowed } from '../platform/files/upload-limits.ts';
import '../platform/files/file.messages.ts';
import type { ParsedRecordInput } from './parse-record-input.ts';
import type { RecordContext } from './record-context.ts';

/** Files of attachment fields that a write attaches and that must be linked to the record once it exists. */
export type FilesToLink = Array<{ field: string; ids: number[] }>;

/**
 * Checks the file ids given to attachment fields and turns them into the stored descriptors. A file may be
 * used when it is live and either uploaded by the viewer and not attached anywhere yet (then it must also
 * fit the field's size and type limits), or already attached to this record's field. Returns the files to
 * link after the write; 422 with per-field errors otherwise.
 */
export async function resolveAttachmentValues(
  trx: Transaction<DB>,
  context: RecordContext,
  parsed: ParsedRecordInput,
  recordId: number | null,
): Promise<FilesToLink> {
  const { object, viewer } = context;
  const problems: Array<{ field: string; code: string; params?: Record<string, unknown> }> = [];
  const toLink: FilesToLink = [];
  for (const field of object.fields) {
    if (field.type !== 'attachment' || !Object.hasOwn(parsed.columns, field.columnName)) continue;
    const value = parsed.columns[field.columnName];
    if (typeof value !== 'string') continue;
    const ids = JSON.parse(value) as number[];
    const options = field.options as AttachmentOptions;
    const files = new Map((await findLiveFiles(trx, ids)).map((file) => [Number(file.id), file]));
    const descriptors: AttachedFile[] = [];
    const fresh: number[] = [];
    for (const id of ids) {
      const file = files.get(id);
      const attachedHere =
        file !== undefined &&
        recordId !== null &&
        file.object === object.apiName &&
        Number(file.record_id) === recordId &&
        file.field === field.apiName;
      const usable =
        file !== undefined && file.record_id === null && Number(file.uploaded_by) === viewer.userId;
      if (!file || (!attachedHere && !usable)) {
        problems.push({ field: field.apiName, code: 'value.unknown_file', params: { id } });
        continue;
      }
      if (!attachedHere) {
        if (Number(file.size) > megabytes(options.maxSizeMb)) {
          problems.push({ field: field.apiName, code: 'value.file_too_large', params: { name: file.name } });
          continue;
        }
        if (!typeAllowed(options.accept, file.name, file.mime_type)) {
          problems.push({
            field: field.apiName,
            code: 'value.file_type_not_allowed',
            params: { name: file.name },
          });
          continue;
        }
        fresh.push(id);
      }
      descriptors.push({ id, name: file.name, size: Number(file.size), mimeType: file.mime_type });
    }
    parsed.columns[field.columnName] = JSON.stringify(descriptors);
    if (fresh.length > 0) toLink.push({ field: field.apiName, ids: fresh });
  }
  if (problems.length > 0) throw invalidFields(problems);
  return toLink;
}

/** Links the files a write attached to the record (after its row exists). */
export async function linkAttachedFiles(
  trx: Transaction<DB>,
  context: RecordContext,
  recordId: number,
  toLink: FilesToLink,
): Promise<void> {
  for (const { field, ids } of toLink) {
    await linkFiles(trx, ids, { object: context.object.apiName, recordId, field });
  }
}

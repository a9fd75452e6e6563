import { z } from 'zod';
import { EMPTY, type FieldTypeModule, isEmptyInput, type JsonValue, type ParseResult } from './field-type.ts';

/** Limits of an attachment field: one or many files, a size cap per file, and the allowed types. */
export const AttachmentOptions = z.strictObject({
  multiple: z.boolean().default(true),
  maxSizeMb: z.number().positive().max(1024).default(20),
  accept: z
    .array(
      z
        .string()
        .regex(/^(\.[A-Za-z0-9]{1,16}|[a-z]+\/([a-z0-9.+-]+|\*))$/, 'an extension like .pdf or a MIME type'),
    )
    .max(50)
    .default([]),
});
export type AttachmentOptions = z.infer<typeof AttachmentOptions>;

/** What a record shows of one attached file. */
export interface AttachedFile {
  id: number;
  name: string;
  size: number;
  mimeType: string;
}

/** The file ids of an input: an array of ids or of objects with `id`. */
function fileIdsOf(value: unknown): number[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const ids: number[] = [];
  for (const item of value) {
    const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : item;
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) return undefined;
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** Reads the stored JSON array of file descriptors; anything unreadable counts as no file. */
export function storedAttachments(stored: unknown): AttachedFile[] {
  if (typeof stored !== 'string' || stored === '') return [];
  try {
    const items: unknown = JSON.parse(stored);
    if (!Array.isArray(items)) return [];
    return items.flatMap((item) =>
      typeof item === 'object' &&
      item !== null &&
      typeof item.id === 'number' &&
      typeof item.name === 'string'
        ? [
            {
              id: item.id,
              name: item.name,
              size: Number(item.size) || 0,
              mimeType: String(item.mimeType ?? ''),
            },
          ]
        : [],
    );
  } catch {
    return [];
  }
}

/**
 * Files attached to a field. The column holds a JSON array of `{id, name, size, mimeType}`: files never
 * change once uploaded, so keeping their descriptors in the record lets a list stay one SELECT. Parsing
 * yields the ids (as a JSON array); the records write checks them against the `files` table and stores the
 * descriptors (`records/attachment-values.ts`).
 */
export const attachmentField: FieldTypeModule<AttachmentOptions> = {
  type: 'attachment',
  optionsSchema: AttachmentOptions as unknown as z.ZodType<AttachmentOptions>,
  column: () => ({ dataType: 'text' }),
  conditionType: 'fileList',
  canBeUnique: false,
  parseInput(value, options): ParseResult {
    if (isEmptyInput(value)) return EMPTY;
    const ids = fileIdsOf(value);
    if (!ids) return { ok: false, code: 'value.expected_file_list' };
    if (ids.length === 0) return EMPTY;
    if (!options.multiple && ids.length > 1) return { ok: false, code: 'value.too_many_files' };
    return { ok: true, value: JSON.stringify(ids) };
  },
  present: (value) => storedAttachments(value) as unknown as JsonValue,
  canConvertFrom: (from) => (from === 'attachment' ? 'lossless' : 'impossible'),
};

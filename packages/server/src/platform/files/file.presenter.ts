import type { FileRow } from './file.repository.ts';
import type { FileOutput } from './file.schemas.ts';

/** A file row as the API shows it. */
export function presentFile(row: FileRow): FileOutput {
  return {
    id: Number(row.id),
    name: row.name,
    size: Number(row.size),
    mimeType: row.mime_type,
    createdAt: String(row.created_at),
    uploadedBy: row.uploaded_by == null ? null : Number(row.uploaded_by),
  };
}

/**
 * `Content-Disposition` for a download: an ASCII fallback name plus the exact UTF-8 name as RFC 5987
 * `filename*`, so Chinese names survive in every current browser.
 */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_') || 'download';
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

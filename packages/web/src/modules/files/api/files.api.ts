import { api } from '../../../api/client.ts';

/** A stored file as the API shows it. */
export interface StoredFile {
  id: number;
  name: string;
  size: number;
  mimeType: string;
  createdAt: string;
  uploadedBy: number | null;
}

/** What a record's attachment field holds per file. */
export interface AttachedFile {
  id: number;
  name: string;
  size: number;
  mimeType: string;
}

export const ATTACHMENTS_QUERY_KEY = ['attachments'] as const;

/** The download address of a file (the server checks the viewer may read it). */
export const fileUrl = (id: number) => `/api/v1/files/${id}`;

/** Where an attachment field's upload goes (that field's limits apply). */
export const fieldUploadUrl = (object: string, field: string) =>
  `/api/v1/files?object=${encodeURIComponent(object)}&field=${encodeURIComponent(field)}`;

/** Where a record attachment's upload goes. */
export const recordAttachmentsUrl = (object: string, id: number) =>
  `/api/v1/objects/${encodeURIComponent(object)}/records/${id}/attachments`;

export const filesApi = {
  listAttachments: (object: string, id: number) =>
    api.get<{ data: StoredFile[] }>(`/objects/${encodeURIComponent(object)}/records/${id}/attachments`),
  deleteAttachment: (object: string, id: number, fileId: number) =>
    api.delete(`/objects/${encodeURIComponent(object)}/records/${id}/attachments/${fileId}`),
};

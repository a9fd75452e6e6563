import { z } from 'zod';

export const FileSchema = z.object({
  id: z.number(),
  name: z.string(),
  size: z.number().describe('Bytes'),
  mimeType: z.string(),
  createdAt: z.string(),
  uploadedBy: z.number().nullable(),
});
export type FileOutput = z.infer<typeof FileSchema>;

export const FileList = z.object({ data: z.array(FileSchema) });

export const UploadQuery = z.object({
  object: z.string().max(64).optional().describe('With `field`: the attachment field whose limits apply'),
  field: z.string().max(64).optional(),
});

export const FileIdParams = z.object({ id: z.coerce.number().int().positive() });

export const RecordAttachmentParams = z.object({
  object: z.string().max(64),
  id: z.coerce.number().int().positive(),
});

export const RecordAttachmentFileParams = RecordAttachmentParams.extend({
  fileId: z.coerce.number().int().positive(),
});

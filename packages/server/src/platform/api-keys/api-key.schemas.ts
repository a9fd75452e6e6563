import { z } from 'zod';
import { ListQuery, pageOf } from '../../http/pagination.ts';
import { API_KEY_SCOPES } from '../auth/api-key-scopes.ts';

export const ApiKeyIdParams = z.object({ id: z.coerce.number().int().positive() });

export const ApiKeySchema = z.object({
  id: z.number(),
  name: z.string(),
  prefix: z.string().describe('First characters of the key, to recognise it'),
  scopes: z.array(z.enum(API_KEY_SCOPES)),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  createdAt: z.string(),
  user: z.object({ id: z.number(), name: z.string() }).describe('The user the key acts as'),
});
export type ApiKeyOutput = z.infer<typeof ApiKeySchema>;

export const ApiKeyListQuery = ListQuery.extend({
  userId: z.coerce.number().int().positive().optional(),
});

export const ApiKeyPage = pageOf(ApiKeySchema);

export const CreateApiKeyBody = z
  .object({
    name: z.string().trim().min(1).max(100),
    scopes: z
      .array(z.enum(API_KEY_SCOPES))
      .min(1)
      .max(API_KEY_SCOPES.length)
      .describe('read: read and export; write: create, update, delete; admin: platform objects'),
    expiresAt: z.iso
      .datetime({ offset: true })
      .nullable()
      .optional()
      .describe('When the key stops working; omit for no expiry'),
    userId: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('Create the key for another user (needs apiKey.create covering them)'),
  })
  .strict();
export type CreateApiKeyInput = z.infer<typeof CreateApiKeyBody>;

export const CreatedApiKeyResponse = z.object({
  apiKey: ApiKeySchema,
  key: z.string().describe('The key itself (`Authorization: Bearer <key>`), shown only in this response'),
});

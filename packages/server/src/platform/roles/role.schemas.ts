import { ACTIONS, DATA_SCOPES, FIELD_ACCESS } from '@lodestar/shared';
import { z } from 'zod';

const RoleName = z.string().trim().min(1).max(100);
const Description = z.string().trim().max(500).nullable();
const ObjectName = z.string().min(1).max(64);
/** Field names are API keys (camelCase) or column names; nothing else can be a field. */
const FieldName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'A field name is a letter followed by letters, digits or _');

export const RoleIdParams = z.object({
  id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});

export const CreateRoleBody = z
  .object({
    name: RoleName,
    description: Description.optional(),
    copyFromRoleId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  })
  .strict();

export const UpdateRoleBody = z.object({ name: RoleName, description: Description }).partial().strict();

/** object → action → data scope. Unknown actions and scopes fail validation (400). */
export const ScopeMatrix = z
  .record(ObjectName, z.partialRecord(z.enum(ACTIONS), z.enum(DATA_SCOPES)))
  .describe(`object → action (${ACTIONS.join(', ')}) → data scope; actions left out are not granted`);

/** object → field → access. Fields absent are `write` where the role may update, else `read`. */
export const FieldMatrix = z
  .record(ObjectName, z.record(FieldName, z.enum(FIELD_ACCESS)))
  .describe('object → field → access; fields left out are `write` where the role may update, else `read`');

export const ReplacePermissionsBody = z
  .object({ permissions: ScopeMatrix, fields: FieldMatrix })
  .strict()
  .describe('The complete permission matrix of the role; it replaces the current one');

export const RoleResponse = z.object({
  id: z.number(),
  key: z.string().nullable().describe('Stable key of a built-in role; null for roles created by admins'),
  name: z.string(),
  description: z.string().nullable(),
  isAdmin: z.boolean().describe('Grants every action on every object with scope `all`'),
  userCount: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const RoleDetailResponse = RoleResponse.extend({
  permissions: z
    .record(z.string(), z.record(z.string(), z.enum(DATA_SCOPES)))
    .describe('object → action → data scope (for the admin role: everything, scope `all`)'),
  fields: z
    .record(z.string(), z.record(z.string(), z.enum(FIELD_ACCESS)))
    .describe('object → field → access; only fields set explicitly'),
});

export const RoleListResponse = z.object({ items: z.array(RoleResponse) });

/** The documented shape of an error answer (application/problem+json). */
export const ProblemResponse = z.object({ code: z.string(), detail: z.string() }).loose();

export type RoleResponse = z.infer<typeof RoleResponse>;
export type RoleDetailResponse = z.infer<typeof RoleDetailResponse>;

import { LOCALES } from '@lodestar/shared';
import { z } from 'zod';
import { ListQuery, pageOf } from '../../http/pagination.ts';
import { PasswordSchema } from '../auth/auth.schemas.ts';

export const USER_STATUSES = ['active', 'disabled'] as const;

/** Ids in bodies and paths: positive integers. */
export const IdSchema = z.number().int().positive();
export const IdParams = z.object({ id: z.coerce.number().int().positive() });

/** 3–32 characters of `a-z 0-9 . _ -`, stored lower-case. */
export const UsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(32)
  .regex(/^[a-z0-9._-]+$/, 'Use 3–32 characters: a-z, 0-9, dot, underscore or hyphen');

const NameSchema = z.string().trim().min(1).max(100);
const EmailSchema = z.email().max(200).toLowerCase();
const PhoneSchema = z.string().trim().max(40);

const Ref = z.object({ id: z.number(), name: z.string() });
export const RoleRefSchema = z.object({ id: z.number(), key: z.string().nullable(), name: z.string() });

/**
 * A user as the API shows it. Fields the viewer's role hides (field access `hidden` on object `user`) are
 * left out, which is why they are optional here; `id`, `createdAt` and `updatedAt` are always present.
 */
export const UserSchema = z.object({
  id: z.number(),
  username: z.string().optional(),
  name: z.string().optional(),
  email: z.string().nullable().optional(),
  phone: z.string().nullable().optional(),
  department: Ref.nullable().optional(),
  manager: Ref.nullable().optional(),
  status: z.enum(USER_STATUSES).optional(),
  locale: z.enum(LOCALES).optional(),
  roles: z.array(RoleRefSchema).optional(),
  lastLoginAt: z.string().nullable().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type UserOutput = z.infer<typeof UserSchema>;

export const UserListQuery = ListQuery.extend({
  q: z.string().trim().max(100).optional().describe('Matches username, name, email or phone'),
  departmentId: z.coerce.number().int().positive().optional(),
  includeSubDepartments: z
    .stringbool({ truthy: ['true', '1'], falsy: ['false', '0'] })
    .optional()
    .describe('true or false (default): with departmentId, also users of its sub-departments'),
  status: z.enum(USER_STATUSES).optional(),
  roleId: z.coerce.number().int().positive().optional(),
});
export type UserListFilters = z.infer<typeof UserListQuery>;

export const UserPage = pageOf(UserSchema);

export const CreateUserBody = z
  .object({
    username: UsernameSchema,
    name: NameSchema,
    email: EmailSchema.nullable().optional(),
    phone: PhoneSchema.nullable().optional(),
    departmentId: IdSchema.nullable().optional(),
    managerId: IdSchema.nullable().optional(),
    locale: z.enum(LOCALES).optional().describe('Defaults to the company default language'),
    roleIds: z.array(IdSchema).max(50),
    password: PasswordSchema.optional().describe('Omit to generate one, returned once as initialPassword'),
  })
  .strict();
export type CreateUserInput = z.infer<typeof CreateUserBody>;

export const CreatedUserResponse = z.object({
  user: UserSchema,
  initialPassword: z.string().nullable().describe('The generated password, shown only in this response'),
});

export const UpdateUserBody = z
  .object({
    name: NameSchema,
    email: EmailSchema.nullable(),
    phone: PhoneSchema.nullable(),
    departmentId: IdSchema.nullable(),
    managerId: IdSchema.nullable(),
    status: z.enum(USER_STATUSES),
    locale: z.enum(LOCALES),
    roleIds: z.array(IdSchema).max(50),
  })
  .partial()
  .strict();
export type UpdateUserInput = z.infer<typeof UpdateUserBody>;

export const ResetPasswordBody = z
  .object({
    password: PasswordSchema.optional().describe('Omit to generate one'),
  })
  .strict()
  .nullish()
  .describe('May be omitted entirely');

export const ResetPasswordResponse = z.object({
  password: z.string().describe('The new password, shown only in this response'),
});

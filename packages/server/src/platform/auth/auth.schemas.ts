import { LOCALES } from '@lodestar/shared';
import { z } from 'zod';

export const LoginBody = z.object({
  /** Username or email. */
  username: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(1000),
});

export const PASSWORD_MIN_LENGTH = 8;

export const PasswordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(200);

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1).max(1000),
  newPassword: PasswordSchema,
});

export const MeUpdateBody = z
  .object({
    name: z.string().trim().min(1).max(100),
    email: z.email().max(200).nullable(),
    phone: z.string().trim().max(40).nullable(),
    locale: z.enum(LOCALES),
    timeZone: z
      .string()
      .max(64)
      .nullable()
      .describe('IANA time zone, e.g. Asia/Shanghai; null follows the company'),
  })
  .partial()
  .strict();

export const MeResponse = z.object({
  id: z.number(),
  username: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  locale: z.enum(LOCALES),
  /** The user's own IANA time zone; null follows the company's. */
  timeZone: z.string().nullable(),
  department: z.object({ id: z.number(), name: z.string() }).nullable(),
  roles: z.array(z.object({ id: z.number(), key: z.string().nullable(), name: z.string() })),
  isAdmin: z.boolean(),
  /** object → action → data scope: what the UI may offer. */
  permissions: z.record(z.string(), z.record(z.string(), z.string())),
  authenticatedBy: z.enum(['session', 'apiKey']),
});

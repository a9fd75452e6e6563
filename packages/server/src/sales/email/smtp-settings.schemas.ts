import { z } from 'zod';

export const SMTP_SECURITY = ['starttls', 'tls', 'none'] as const;

/** The SMTP account emails are sent through, as stored (the password in clear: see docs/nurturing.md). */
export const SmtpSettingsStored = z.object({
  host: z.string(),
  port: z.number().int().min(1).max(65_535),
  security: z.enum(SMTP_SECURITY),
  user: z.string(),
  password: z.string(),
  fromAddress: z.string(),
  fromName: z.string(),
  publicUrl: z.string(),
});
export type SmtpSettings = z.infer<typeof SmtpSettingsStored>;

export const DEFAULT_SMTP_SETTINGS: SmtpSettings = {
  host: '',
  port: 587,
  security: 'starttls',
  user: '',
  password: '',
  fromAddress: '',
  fromName: '',
  publicUrl: '',
};

const HOST =
  /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,62})?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,62})?)*\.?$|^\[?[0-9a-fA-F:.]+\]?$/;

/** What the API shows: everything but the password, of which only whether one is set. */
export const SmtpSettingsSchema = z
  .object({
    host: z.string().describe('SMTP server host name; empty: not set up'),
    port: z.number(),
    security: z
      .enum(SMTP_SECURITY)
      .describe('`tls`: TLS from the start (port 465); `starttls`: upgrade required (587); `none`: plain'),
    user: z.string().describe('Login; empty: no authentication'),
    passwordSet: z.boolean().describe('Whether a password is stored (it is never returned)'),
    fromAddress: z.string(),
    fromName: z.string(),
    publicUrl: z
      .string()
      .describe(
        'The address recipients reach this server at, for unsubscribe links (https://crm.example.com)',
      ),
    configured: z.boolean().describe('Host, sender address and public address are set: emails can be sent'),
  })
  .meta({ id: 'SmtpSettings' });
export type SmtpSettingsOutput = z.infer<typeof SmtpSettingsSchema>;

export const UpdateSmtpSettingsBody = z.strictObject({
  host: z
    .string()
    .trim()
    .max(253)
    .refine((value) => value === '' || HOST.test(value), { message: 'Not a host name' })
    .optional(),
  port: z.number().int().min(1).max(65_535).optional(),
  security: z.enum(SMTP_SECURITY).optional(),
  user: z.string().trim().max(320).optional(),
  password: z
    .string()
    .max(1000)
    .nullable()
    .optional()
    .describe('A new password; null or "" removes it; left out: unchanged'),
  fromAddress: z.union([z.literal(''), z.email().max(320)]).optional(),
  fromName: z.string().trim().max(200).optional(),
  publicUrl: z
    .union([
      z.literal(''),
      z
        .url({ protocol: /^https?$/ })
        .max(500)
        .transform((url) => url.replace(/\/+$/, '')),
    ])
    .optional(),
});
export type UpdateSmtpSettingsInput = z.infer<typeof UpdateSmtpSettingsBody>;

export const TestEmailBody = z.strictObject({
  to: z.email().max(320).describe('Where the test email goes'),
});

export const TestEmailResultSchema = z.object({
  messageId: z.string().nullable(),
  response: z.string().nullable().describe('The SMTP server’s answer to the message'),
});

import { LOCALES } from '@lodestar/shared';
import { z } from 'zod';

/** Company profile shown on documents and in the app header. */
export const CompanySettingsSchema = z.object({
  name: z.string(),
  shortName: z.string(),
  address: z.string(),
  phone: z.string(),
  taxId: z.string().describe('Unified social credit code (统一社会信用代码)'),
  logoUrl: z.string().nullable(),
});
export type CompanySettings = z.infer<typeof CompanySettingsSchema>;

/** Regional defaults: language for new users, time zone for dates and reminders, currency for amounts. */
export const LocaleSettingsSchema = z.object({
  defaultLocale: z.enum(LOCALES),
  timezone: z.string().describe('IANA time zone, e.g. Asia/Shanghai'),
  currency: z.string().describe('ISO 4217 code, e.g. CNY'),
});
export type LocaleSettings = z.infer<typeof LocaleSettingsSchema>;

export const SettingsSchema = z.object({ company: CompanySettingsSchema, locale: LocaleSettingsSchema });
export type Settings = z.infer<typeof SettingsSchema>;

/** The stored setting keys; each holds one JSON object in the `settings` table. */
export const SETTING_KEYS = ['company', 'locale'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

export const DEFAULT_SETTINGS: Settings = {
  company: { name: '', shortName: '', address: '', phone: '', taxId: '', logoUrl: null },
  locale: { defaultLocale: 'zh-CN', timezone: 'Asia/Shanghai', currency: 'CNY' },
};

/** Stored values are checked field by field against these, so a bad or outdated value falls back to its default. */
export const SETTING_SCHEMAS = { company: CompanySettingsSchema, locale: LocaleSettingsSchema } as const;

const LogoUrlInput = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => /^https?:\/\//i.test(value) || /^\/(?!\/)/.test(value), {
    message: 'Use an http(s) URL or a path starting with /',
  });

export const UpdateSettingsBody = z
  .object({
    company: z
      .object({
        name: z.string().trim().max(200),
        shortName: z.string().trim().max(50),
        address: z.string().trim().max(500),
        phone: z.string().trim().max(50),
        taxId: z.string().trim().max(50),
        logoUrl: LogoUrlInput.nullable(),
      })
      .partial()
      .strict(),
    locale: z
      .object({
        defaultLocale: z.enum(LOCALES),
        timezone: z.string().trim().min(1).max(64),
        currency: z
          .string()
          .trim()
          .regex(/^[A-Z]{3}$/, 'Use a three-letter upper-case ISO 4217 code, e.g. CNY'),
      })
      .partial()
      .strict(),
  })
  .partial()
  .strict();
export type UpdateSettingsInput = z.infer<typeof UpdateSettingsBody>;

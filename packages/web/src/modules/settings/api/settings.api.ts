import type { Locale } from '@lodestar/shared';
import { api } from '../../../api/client.ts';

export interface CompanyProfile {
  name: string;
  shortName: string;
  address: string;
  phone: string;
  taxId: string;
  logoUrl: string | null;
}

export interface LocaleSettings {
  defaultLocale: Locale;
  timezone: string;
  currency: string;
}

/** Company-wide settings (`GET /settings`). */
export interface CompanySettings {
  company: CompanyProfile;
  locale: LocaleSettings;
}

export interface SettingsChanges {
  company?: Partial<CompanyProfile>;
  locale?: Partial<LocaleSettings>;
}

export const settingsApi = {
  get: () => api.get<CompanySettings>('/settings'),
  getPublic: () => api.get<CompanySettings>('/settings/public'),
  update: (changes: SettingsChanges) => api.patch<CompanySettings>('/settings', changes),
};

export const SETTINGS_QUERY_KEY = ['settings'] as const;
export const PUBLIC_SETTINGS_QUERY_KEY = ['settings', 'public'] as const;

import { useQuery } from '@tanstack/react-query';
import { emailApi, SMTP_SETTINGS_QUERY_KEY } from '../api/email.api.ts';

/** The SMTP account emails go out through (settings administrators). */
export function useSmtpSettings() {
  return useQuery({ queryKey: SMTP_SETTINGS_QUERY_KEY, queryFn: emailApi.smtpSettings });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  emailApi,
  SMTP_SETTINGS_QUERY_KEY,
  type SmtpSettings,
  type SmtpSettingsInput,
} from '../api/email.api.ts';

/** Changes the SMTP account. */
export function useUpdateSmtpSettings() {
  const client = useQueryClient();
  return useMutation<SmtpSettings, unknown, SmtpSettingsInput>({
    mutationFn: (input) => emailApi.updateSmtpSettings(input),
    onSuccess: (saved) => client.setQueryData(SMTP_SETTINGS_QUERY_KEY, saved),
  });
}

import { useQuery } from '@tanstack/react-query';
import { EMAIL_TEMPLATES_QUERY_KEY, emailApi } from '../api/email.api.ts';

/** Every email template, by name. */
export function useEmailTemplates(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: EMAIL_TEMPLATES_QUERY_KEY,
    queryFn: async () => (await emailApi.templates()).items,
    enabled: options.enabled ?? true,
  });
}

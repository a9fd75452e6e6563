import { useQuery } from '@tanstack/react-query';
import { SETTINGS_QUERY_KEY, settingsApi } from '../api/settings.api.ts';

/** All company settings, for the settings page. */
export function useCompanySettings() {
  return useQuery({ queryKey: SETTINGS_QUERY_KEY, queryFn: settingsApi.get });
}

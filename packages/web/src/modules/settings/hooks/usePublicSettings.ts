import { useQuery } from '@tanstack/react-query';
import { PUBLIC_SETTINGS_QUERY_KEY, settingsApi } from '../api/settings.api.ts';

/** Company name and regional settings every signed-in user may read. */
export function usePublicSettings() {
  return useQuery({
    queryKey: PUBLIC_SETTINGS_QUERY_KEY,
    queryFn: settingsApi.getPublic,
    staleTime: 5 * 60_000,
    retry: false,
  });
}

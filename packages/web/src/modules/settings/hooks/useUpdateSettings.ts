import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SETTINGS_QUERY_KEY, type SettingsChanges, settingsApi } from '../api/settings.api.ts';

/** Saves company settings; every reader of them refreshes. */
export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: SettingsChanges) => settingsApi.update(changes),
    onSuccess: (settings) => {
      queryClient.setQueryData(SETTINGS_QUERY_KEY, settings);
      void queryClient.invalidateQueries({ queryKey: SETTINGS_QUERY_KEY });
    },
  });
}

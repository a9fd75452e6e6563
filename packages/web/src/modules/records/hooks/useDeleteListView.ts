import { useMutation, useQueryClient } from '@tanstack/react-query';
import { VIEWS_QUERY_KEY, viewsApi } from '../api/views.api.ts';

/** Deletes a view. */
export function useDeleteListView(object: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => viewsApi.remove(object, id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...VIEWS_QUERY_KEY, object] }),
  });
}

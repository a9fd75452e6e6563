import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ListViewInput, VIEWS_QUERY_KEY, viewsApi } from '../api/views.api.ts';

/** Saves a new view (no `id`) or changes an existing one. */
export function useSaveListView(object: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: number; input: Partial<ListViewInput> }) =>
      id === undefined ? viewsApi.create(object, input as ListViewInput) : viewsApi.update(object, id, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...VIEWS_QUERY_KEY, object] }),
  });
}

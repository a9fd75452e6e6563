import { useMutation, useQueryClient } from '@tanstack/react-query';
import { TAG_GROUPS_QUERY_KEY, tagGroupsApi } from '../api/tag-groups.api.ts';

/** Deletes a group (the server refuses one a field uses), then refreshes the groups. */
export function useDeleteTagGroup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => tagGroupsApi.delete(id),
    onSuccess: () => client.invalidateQueries({ queryKey: TAG_GROUPS_QUERY_KEY }),
  });
}

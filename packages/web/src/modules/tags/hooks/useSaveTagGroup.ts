import { useMutation, useQueryClient } from '@tanstack/react-query';
import { TAG_GROUPS_QUERY_KEY, type TagGroupInput, tagGroupsApi } from '../api/tag-groups.api.ts';

/** Creates a group (no `id`) or changes one, then refreshes the groups. */
export function useSaveTagGroup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number | null; input: TagGroupInput }) =>
      id === null
        ? tagGroupsApi.create(input)
        : tagGroupsApi.update(id, { label: input.label, tags: input.tags }),
    onSuccess: () => client.invalidateQueries({ queryKey: TAG_GROUPS_QUERY_KEY }),
  });
}

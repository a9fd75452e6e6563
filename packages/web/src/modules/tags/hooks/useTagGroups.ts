import { useQuery } from '@tanstack/react-query';
import { TAG_GROUPS_QUERY_KEY, tagGroupsApi } from '../api/tag-groups.api.ts';

/** Every tag group (any signed-in user may read them), cached for a minute. */
export function useTagGroups() {
  return useQuery({ queryKey: TAG_GROUPS_QUERY_KEY, queryFn: tagGroupsApi.list, staleTime: 60_000 });
}

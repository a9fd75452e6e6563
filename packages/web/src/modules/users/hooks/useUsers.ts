import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { USERS_QUERY_KEY, type UserListQuery, usersApi } from '../api/users.api.ts';

/** One page of users matching the filters. */
export function useUsers(query: UserListQuery, enabled = true) {
  return useQuery({
    queryKey: [...USERS_QUERY_KEY, 'list', query],
    queryFn: () => usersApi.list(query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

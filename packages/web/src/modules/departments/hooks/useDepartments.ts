import { useQuery } from '@tanstack/react-query';
import { DEPARTMENTS_QUERY_KEY, departmentsApi } from '../api/departments.api.ts';

/** All departments, flat. */
export function useDepartments(enabled = true) {
  return useQuery({
    queryKey: DEPARTMENTS_QUERY_KEY,
    queryFn: async () => (await departmentsApi.list()).items,
    enabled,
  });
}

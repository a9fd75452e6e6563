import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DEPARTMENTS_QUERY_KEY, departmentsApi } from '../api/departments.api.ts';

/** Deletes an empty department (the server refuses one with users or sub-departments). */
export function useDeleteDepartment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => departmentsApi.remove(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DEPARTMENTS_QUERY_KEY }),
  });
}

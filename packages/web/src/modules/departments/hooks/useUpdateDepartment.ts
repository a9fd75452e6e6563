import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DEPARTMENTS_QUERY_KEY, type DepartmentInput, departmentsApi } from '../api/departments.api.ts';

/** Renames, moves or changes the head of a department. Users lists show department names, so they refresh too. */
export function useUpdateDepartment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: number; changes: DepartmentInput }) =>
      departmentsApi.update(id, changes),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: DEPARTMENTS_QUERY_KEY });
      void queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
}

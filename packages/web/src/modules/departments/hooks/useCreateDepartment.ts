import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DEPARTMENTS_QUERY_KEY, type DepartmentInput, departmentsApi } from '../api/departments.api.ts';

/** Creates a department. */
export function useCreateDepartment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DepartmentInput & { name: string }) => departmentsApi.create(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DEPARTMENTS_QUERY_KEY }),
  });
}

import { useMutation } from '@tanstack/react-query';
import { recordsApi } from '../../records/api/records.api.ts';
import { useInvalidateActivity } from '../../timeline/hooks/useInvalidateActivity.ts';

/** Marks a task done (or open again) at the version the user saw. */
export function useSetTaskStatus() {
  const invalidate = useInvalidateActivity();
  return useMutation({
    mutationFn: ({ id, version, status }: { id: number; version: number; status: 'done' | 'open' }) =>
      recordsApi.update('task', id, version, { status }),
    onSuccess: invalidate,
  });
}

import { useMutation } from '@tanstack/react-query';
import { recordsApi } from '../../records/api/records.api.ts';
import { useInvalidateActivity } from '../../timeline/hooks/useInvalidateActivity.ts';

/** Moves a ticket to another status (with a resolution when resolving) at the version the user saw. */
export function useMoveTicket() {
  const invalidate = useInvalidateActivity();
  return useMutation({
    mutationFn: ({ id, version, values }: { id: number; version: number; values: Record<string, unknown> }) =>
      recordsApi.update('ticket', id, version, values),
    onSuccess: invalidate,
  });
}

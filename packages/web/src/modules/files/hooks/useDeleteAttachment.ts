import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ATTACHMENTS_QUERY_KEY, filesApi } from '../api/files.api.ts';

/** Removes an attachment from a record and refreshes the record's list. */
export function useDeleteAttachment(object: string, id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (fileId: number) => filesApi.deleteAttachment(object, id, fileId),
    onSuccess: () => client.invalidateQueries({ queryKey: [...ATTACHMENTS_QUERY_KEY, object, id] }),
  });
}

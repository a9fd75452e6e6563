import { useQuery } from '@tanstack/react-query';
import { ATTACHMENTS_QUERY_KEY, filesApi } from '../api/files.api.ts';

/** The attachments of a record, oldest first. */
export function useRecordAttachments(object: string, id: number) {
  return useQuery({
    queryKey: [...ATTACHMENTS_QUERY_KEY, object, id],
    queryFn: async () => (await filesApi.listAttachments(object, id)).data,
  });
}

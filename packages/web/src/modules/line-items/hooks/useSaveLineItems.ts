import { useMutation, useQueryClient } from '@tanstack/react-query';
import { RECORDS_QUERY_KEY } from '../../records/api/records.api.ts';
import { type LineItemDraft, lineItemsApi, lineItemsKey } from '../api/line-items.api.ts';

/** Replaces a record's lines; the saved lines are cached under the record's new version, whose totals reload. */
export function useSaveLineItems(object: string, id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ lines, version }: { lines: LineItemDraft[]; version: number }) =>
      lineItemsApi.replace(object, id, lines, version),
    onSuccess: async (saved) => {
      queryClient.setQueryData(lineItemsKey(object, id, saved.version), saved);
      await queryClient.invalidateQueries({ queryKey: [...RECORDS_QUERY_KEY, object] });
    },
  });
}

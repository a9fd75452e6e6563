import { useMutation, useQueryClient } from '@tanstack/react-query';
import { LINE_ITEMS_QUERY_KEY } from '../../line-items/api/line-items.api.ts';
import { RECORDS_QUERY_KEY } from '../../records/api/records.api.ts';
import { QUOTES_QUERY_KEY, type QuoteAction, quotesApi } from '../api/quotes.api.ts';

/**
 * Takes an action on a quote at the version the user saw (a stale page is a 409, not a surprise); then its
 * lines (which lock or unlock), revisions and the opportunity (accept sets its amount) reload.
 */
export function useQuoteAction(quoteId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, version }: { action: QuoteAction; version: number }) =>
      quotesApi.act(quoteId, action, version),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: LINE_ITEMS_QUERY_KEY }),
        queryClient.invalidateQueries({ queryKey: [...QUOTES_QUERY_KEY, quoteId] }),
        queryClient.invalidateQueries({ queryKey: [...RECORDS_QUERY_KEY, 'quote'] }),
        queryClient.invalidateQueries({ queryKey: [...RECORDS_QUERY_KEY, 'opportunity'] }),
      ]);
    },
  });
}

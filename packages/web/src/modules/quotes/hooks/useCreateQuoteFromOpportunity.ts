import { useMutation, useQueryClient } from '@tanstack/react-query';
import { RECORDS_QUERY_KEY } from '../../records/api/records.api.ts';
import { type NewQuoteInput, quotesApi } from '../api/quotes.api.ts';

/** Starts a draft quote from an opportunity (its customer, contact, price list and lines). */
export function useCreateQuoteFromOpportunity(opportunityId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewQuoteInput) => quotesApi.fromOpportunity(opportunityId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...RECORDS_QUERY_KEY, 'quote'] }),
  });
}

import { useQuery } from '@tanstack/react-query';
import { quoteRevisionsKey, quotesApi } from '../api/quotes.api.ts';

/** One sent revision as it was frozen (a revision never changes, so it is read once). */
export function useQuoteRevision(quoteId: number, revision: number) {
  return useQuery({
    queryKey: [...quoteRevisionsKey(quoteId), revision],
    queryFn: () => quotesApi.revision(quoteId, revision),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

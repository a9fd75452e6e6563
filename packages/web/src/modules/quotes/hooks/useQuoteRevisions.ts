import { useQuery } from '@tanstack/react-query';
import { quoteRevisionsKey, quotesApi } from '../api/quotes.api.ts';

/** The revisions a quote was sent in, oldest first. */
export function useQuoteRevisions(quoteId: number) {
  return useQuery({ queryKey: quoteRevisionsKey(quoteId), queryFn: () => quotesApi.revisions(quoteId) });
}

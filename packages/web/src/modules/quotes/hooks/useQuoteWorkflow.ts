import { useQuery } from '@tanstack/react-query';
import type { RecordData } from '../../records/api/records.api.ts';
import { quotesApi, quoteWorkflowKey } from '../api/quotes.api.ts';

/** The quote's status, discount rule and the viewer's actions, as of the record version shown. */
export function useQuoteWorkflow(quote: RecordData) {
  return useQuery({
    queryKey: quoteWorkflowKey(quote.id, quote.version),
    queryFn: () => quotesApi.workflow(quote.id),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { QUOTE_SETTINGS_KEY, QUOTES_QUERY_KEY, type QuoteSettings, quotesApi } from '../api/quotes.api.ts';

/** Changes the company's quote rules; quote pages re-read whether their discounts need approval. */
export function useUpdateQuoteSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<QuoteSettings>) => quotesApi.updateSettings(input),
    onSuccess: async (saved) => {
      queryClient.setQueryData(QUOTE_SETTINGS_KEY, saved);
      await queryClient.invalidateQueries({ queryKey: QUOTES_QUERY_KEY });
    },
  });
}

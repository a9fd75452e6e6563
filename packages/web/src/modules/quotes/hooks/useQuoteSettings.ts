import { useQuery } from '@tanstack/react-query';
import { QUOTE_SETTINGS_KEY, quotesApi } from '../api/quotes.api.ts';

/** The company's quote rules: the discount approval threshold and the default validity. */
export function useQuoteSettings() {
  return useQuery({ queryKey: QUOTE_SETTINGS_KEY, queryFn: quotesApi.settings });
}

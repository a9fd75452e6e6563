import { useDebouncedValue } from '../../../ui/useDebouncedValue.ts';
import { useRecords } from '../../records/hooks/useRecords.ts';

/** Catalogue products matching what was typed (name or code), searched on the server. */
export function useProductSearch(search: string) {
  const q = useDebouncedValue(search.trim());
  return useRecords('product', { q: q || undefined, sort: 'code,name', limit: 20 });
}

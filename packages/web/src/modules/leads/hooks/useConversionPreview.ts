import { useQuery } from '@tanstack/react-query';
import { leadConversionApi } from '../api/lead-conversion.api.ts';

/** The conversion preview of a lead, loaded when the dialog opens. */
export function useConversionPreview(leadId: number, enabled: boolean) {
  return useQuery({
    queryKey: ['leads', 'conversion', leadId],
    queryFn: () => leadConversionApi.preview(leadId),
    enabled,
    staleTime: 0,
  });
}

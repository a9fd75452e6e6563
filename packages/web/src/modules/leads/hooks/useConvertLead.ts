import { useMutation, useQueryClient } from '@tanstack/react-query';
import { RECORDS_QUERY_KEY } from '../../records/api/records.api.ts';
import { type ConversionChoice, leadConversionApi } from '../api/lead-conversion.api.ts';

/** Converts a lead; the lead, accounts, contacts and opportunities lists all change. */
export function useConvertLead(leadId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (choice: ConversionChoice) => leadConversionApi.convert(leadId, choice),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: RECORDS_QUERY_KEY }),
  });
}

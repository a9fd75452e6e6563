import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  BUSINESS_CALENDAR_KEY,
  type BusinessCalendar,
  businessCalendarApi,
} from '../api/business-calendar.api.ts';

/** Changes the business calendar. */
export function useUpdateBusinessCalendar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<BusinessCalendar>) => businessCalendarApi.update(input),
    onSuccess: (saved) => queryClient.setQueryData(BUSINESS_CALENDAR_KEY, saved),
  });
}

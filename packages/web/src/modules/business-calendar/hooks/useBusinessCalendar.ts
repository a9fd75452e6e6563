import { useQuery } from '@tanstack/react-query';
import { BUSINESS_CALENDAR_KEY, businessCalendarApi } from '../api/business-calendar.api.ts';

/** The company's business calendar. */
export function useBusinessCalendar() {
  return useQuery({ queryKey: BUSINESS_CALENDAR_KEY, queryFn: businessCalendarApi.get });
}

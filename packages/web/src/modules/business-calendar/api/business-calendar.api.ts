import { api } from '../../../api/client.ts';

export interface DatedName {
  date: string;
  name: string;
}

/** Working days (1 = Monday … 7 = Sunday) and hours, public holidays and adjusted working days (调休). */
export interface BusinessCalendar {
  weekdays: number[];
  hours: Array<{ start: string; end: string }>;
  holidays: DatedName[];
  workdays: DatedName[];
}

export const BUSINESS_CALENDAR_KEY = ['business-calendar'] as const;

export const businessCalendarApi = {
  get: () => api.get<BusinessCalendar>('/business-calendar'),
  update: (input: Partial<BusinessCalendar>) => api.patch<BusinessCalendar>('/business-calendar', input),
};
